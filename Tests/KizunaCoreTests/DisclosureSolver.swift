/// An exact model of what a reader can work out from the figures a page prints, independent of
/// the build's own suppression code.
///
/// What the reader knows, per table:
/// - the printed counts; `<m` means 0…m−1; the hidden marker `—` means at least m (the docs say
///   so); "withheld" says nothing;
/// - the table's total (members, respondents) when it is printed;
/// - a partition table's cells add up to its total (an absent "not answered" row means nobody);
/// - a multi-answer row (and mentors) is the two-cell table [c, total − c]: printed only when both
///   are at least m, so a `—` row means the rest is below m;
/// - complementary cells are picked smallest first, so a `—` cell is no larger than any printed
///   cell of its table;
/// - a printed NPS score is round-half-away-from-zero of 100·(promoters − detractors)/answered.
/// From that it computes, by exact enumeration, the feasible range of every cell it cannot read.
struct ReaderTable: CustomStringConvertible {
    enum Cell: Equatable {
        case printed(Int)
        case small
        case hidden
        case withheld
    }

    enum Kind { case partition, twoCell }

    var name: String
    var kind: Kind
    /// For `twoCell`, the one printed cell; its partner (total − c) is implicit.
    var cells: [Cell]
    var total: Int
    /// A printed NPS score: cells 0…10 are the options, a twelfth cell "not answered".
    var nps: Int?

    var description: String { "\(name) \(cells) of \(total)" + (nps.map { " NPS \($0)" } ?? "") }
}

enum DisclosureSolver {
    struct Range: Equatable { var min: Int; var max: Int }

    /// Problems a reader could exploit; empty when the table is safe.
    static func problems(_ table: ReaderTable, minCell m: Int) -> [String] {
        var cells = table.cells
        var selectionRule = table.kind == .partition
        if table.kind == .twoCell {
            precondition(cells.count == 1)
            let partner: ReaderTable.Cell
            switch cells[0] {
            case .printed(let c): partner = .printed(table.total - c)
            case .small, .withheld: partner = .withheld
            case .hidden: partner = .small
            }
            cells.append(partner)
            selectionRule = false
        }
        var out: [String] = []
        for (i, cell) in cells.enumerated() {
            if case .printed(let c) = cell, c < m {
                out.append("\(table): cell \(i) is \(c), below \(m), and can be read off the page")
            }
        }
        guard let ranges = feasibleRanges(cells, total: table.total, minCell: m, selectionRule: selectionRule, nps: table.nps) else {
            return out + ["\(table): no values fit what the page shows"]
        }
        for (i, r) in ranges.sorted(by: { $0.key < $1.key }) where r.min == r.max {
            out.append("\(table): hidden cell \(i) can be worked out: \(r.min)")
        }
        let printed = cells.reduce(0) { if case .printed(let c) = $1 { return $0 + c } else { return $0 } }
        if !ranges.isEmpty, table.total - printed < m {
            out.append("\(table): the hidden cells add up to \(table.total - printed), below \(m)")
        }
        return out
    }

    /// Index of each cell the reader cannot read → its smallest and largest feasible value.
    /// nil when nothing fits.
    static func feasibleRanges(_ cells: [ReaderTable.Cell], total: Int, minCell m: Int, selectionRule: Bool, nps: Int?) -> [Int: Range]? {
        let printedValues = cells.compactMap { if case .printed(let c) = $0 { return c } else { return nil } }
        let rest = total - printedValues.reduce(0, +)
        let cap = selectionRule ? (printedValues.min() ?? total) : total
        var vars: [(index: Int, lo: Int, hi: Int)] = []
        for (i, cell) in cells.enumerated() {
            switch cell {
            case .printed: continue
            case .small: vars.append((i, 0, m - 1))
            case .hidden: vars.append((i, m, min(total, cap)))
            case .withheld: vars.append((i, 0, total))
            }
        }
        if vars.isEmpty {
            guard rest == 0 else { return nil }
            if let nps, score(cells.map { if case .printed(let c) = $0 { return c } else { return 0 } }) != nps { return nil }
            return [:]
        }
        var ranges: [Int: Range] = [:]
        if nps == nil {
            // Box bounds and one sum: a value is feasible iff the others can make up the rest.
            let sumLo = vars.reduce(0) { $0 + $1.lo }, sumHi = vars.reduce(0) { $0 + $1.hi }
            for v in vars {
                let othersLo = sumLo - v.lo, othersHi = sumHi - v.hi
                let feasible = (v.lo...max(v.lo, v.hi)).filter { v.lo <= v.hi && rest - $0 >= othersLo && rest - $0 <= othersHi }
                guard let lo = feasible.first, let hi = feasible.last else { return nil }
                ranges[v.index] = Range(min: lo, max: hi)
            }
            return ranges
        }
        // With an NPS equation: enumerate every assignment (branch and bound on the sum).
        var values = cells.map { if case .printed(let c) = $0 { return c } else { return 0 } }
        var nodes = 0
        func visit(_ k: Int, _ left: Int) {
            nodes += 1
            precondition(nodes < 20_000_000, "NPS enumeration too large")
            if k == vars.count {
                guard left == 0, score(values) == nps else { return }
                for v in vars {
                    let x = values[v.index]
                    ranges[v.index] = Range(min: min(ranges[v.index]?.min ?? x, x), max: max(ranges[v.index]?.max ?? x, x))
                }
                return
            }
            let restLo = vars[(k + 1)...].reduce(0) { $0 + $1.lo }, restHi = vars[(k + 1)...].reduce(0) { $0 + $1.hi }
            let v = vars[k]
            guard v.lo <= v.hi else { return }
            for x in v.lo...v.hi where left - x >= restLo && left - x <= restHi {
                values[v.index] = x
                visit(k + 1, left - x)
            }
        }
        visit(0, rest)
        return ranges.count == vars.count ? ranges : nil
    }

    /// NPS as the page rounds it, in exact integers: half away from zero.
    static func score(_ cells: [Int]) -> Int? {
        let answered = cells.prefix(11).reduce(0, +)
        guard answered > 0 else { return nil }
        let numerator = 100 * (cells[9] + cells[10] - cells[0...6].reduce(0, +))
        let magnitude = (2 * abs(numerator) + answered) / (2 * answered)
        return numerator < 0 ? -magnitude : magnitude
    }
}
