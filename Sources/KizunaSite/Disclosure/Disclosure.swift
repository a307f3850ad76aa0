import KizunaContent
/// The one place that decides what a page may print of an aggregate: the network at a glance,
/// the home page, survey reports and anything else that shows a count of people.
///
/// The promise (docs/CONTENT.md, "Aggregates and privacy"): from everything the pages of both
/// audiences show, a reader can neither work out a count below `min_cell` nor narrow it down
/// to fewer values than 「5未満」 itself allows, and no count a page does not print can be
/// worked out exactly. The rules keep to that by construction:
/// - **Partitions** are never shown with hidden cells: adjacent categories merge into bands
///   (`Banding`) until every printed figure is at least `min_cell`, so there is nothing for the
///   total minus the printed rows to give away. 「未回答」 and 「その他」 rows are listed only
///   when not empty, and are merged like any other category (a listed 「未回答」 below
///   `min_cell` widens its band, since it is known to hold at least 1).
/// - **Multi-answer rows** (interests, `multi` questions, mentors among members) are each the
///   two-cell table [c, total − c]: printed when both are at least `min_cell`, 「5未満」 when c
///   is, 「(total − min_cell + 1)以上」 when the rest is; a table whose total is below
///   2 × min_cell − 1 is withheld, because then one of the two cells is always small.
/// - **Totals** below `min_cell` are 「5未満」 and their tables are withheld.
/// A reader who knows these rules learns from them only that the categories a band closed over
/// were below `min_cell` together, which leaves every small count as vague as 「5未満」; the other
/// choices follow from the printed total. `DisclosureTests` checks it against every possible
/// table of small totals, reading only the built pages.
///
/// **What a reader already knows.** A member can count people off the directory: a cell's
/// `known` members are certainly in it (and, for a multi-answer row, `knownWithout` certainly
/// are not). A count then tells that reader only its rest, the people the directory does not
/// show, so every rule above is applied to the rests as well as to the counts: a band closes
/// when its rest reaches `min_cell`, a multi-answer row is printed when both its rests are at
/// least `min_cell`, and a table whose rest is below `min_cell` is withheld. With nobody known
/// the rests are the counts and the rules are the ones above.
public enum Disclosure {
    public struct Cell: Sendable {
        public var part: DisclosedTable.Part
        public var count: Int
        /// Cells of one group are banded together before any band crosses into the next group.
        public var group: Int
        /// Of `count`, people a reader knows to be in the cell (the directory shows them).
        public var known: Int
        /// Multi-answer rows: people a reader knows not to be in it.
        public var knownWithout: Int

        public init(_ part: DisclosedTable.Part, _ count: Int, group: Int = 0, known: Int = 0, knownWithout: Int = 0) {
            self.part = part
            self.count = count
            self.group = group
            self.known = known
            self.knownWithout = knownWithout
        }

        /// The people of the cell a reader cannot see elsewhere: what printing it tells.
        var rest: Int { count - known }
    }

    /// A count printed on its own: members counted, respondents.
    public static func total(_ n: Int, minCell m: Int) -> ShownCount {
        m > 1 && n < m ? .small : .count(n)
    }

    /// A partition: `cells` in the table's order, every person in exactly one. Cells with a
    /// count of 0 for `.other` and `.notAnswered` must be left out (those rows are listed only
    /// when not empty). With `foldIntoOther`, a band that holds `.other` or `.notAnswered` drops
    /// the labels of the categories merged into it: a value named on the page is held by at
    /// least `min_cell` people, so naming it beside a small remainder would bound the remainder.
    public static func partition(_ cells: [Cell], minCell m: Int, foldIntoOther: Bool = false) -> DisclosedTable {
        let total = cells.reduce(0) { $0 + $1.count }
        let rest = cells.reduce(0) { $0 + $1.rest }
        if m > 1 && (total < m || rest < m) { return .withheldTable(.partition, total: total, minCell: m) }
        func row(_ cells: ArraySlice<Cell>) -> DisclosedTable.Row {
            var parts = cells.map(\.part)
            if foldIntoOther, parts.count > 1, parts.contains(.other) || parts.contains(.notAnswered) {
                parts = [.other] + (parts.contains(.notAnswered) ? [.notAnswered] : [])
            }
            let count = cells.reduce(0) { $0 + $1.count }
            return DisclosedTable.Row(parts: parts, shown: .count(count), share: nil)
        }
        func table(_ rows: [DisclosedTable.Row]) -> DisclosedTable {
            var rows = rows
            // Everyone is in one row: the printed shares add up to 100.0%, as a reader expects.
            for (i, share) in tenthsOfPercent(rows.map { $0.shown.value ?? 0 }, of: total).enumerated() where total > 0 {
                rows[i].share = Double(share) / 1000
            }
            return DisclosedTable(kind: .partition, rows: rows, total: total, withheld: false, minCell: m)
        }
        guard m > 1 else { return table(cells.indices.map { row(cells[$0...$0]) }) }

        // 「未回答」 of at least min_cell is printed on a row of its own, never merged, when the
        // answers add up to min_cell too: they are then banded among themselves. When they do
        // not, everything is one row, or the answers' small total would show.
        let isOwnRow = { (cell: Cell) in cell.part == .notAnswered && cell.rest >= m }
        let notAnswered = cells.filter(isOwnRow).reduce(0) { $0 + $1.rest }
        if notAnswered > 0 && rest - notAnswered < m { return table([row(cells[...])]) }
        let banded = cells.filter { !isOwnRow($0) }
        // Below min_cell it is known to be at least 1 once listed: its band is made wider.
        let wide = Set(banded.indices.filter { banded[$0].part == .notAnswered })
        // Bands close on what a reader cannot count elsewhere; a band's rest of min_cell makes
        // its count at least min_cell too.
        let ranges = Banding.bands(banded.map(\.rest), groups: banded.map(\.group), wide: wide, minCell: m)
        return table(ranges.map { row(banded[$0]) } + cells.filter(isOwnRow).map { row([$0][...]) })
    }

    /// A multi-answer table: each cell out of `total` people.
    public static func multiAnswer(_ cells: [Cell], of total: Int, minCell m: Int) -> DisclosedTable {
        if m > 1 && total < 2 * m - 1 { return .withheldTable(.multiAnswer, total: total, minCell: m) }
        let rows = cells.map { cell in
            let shown = twoCell(cell.count, of: total, known: cell.known, knownWithout: cell.knownWithout, minCell: m)
            return DisclosedTable.Row(parts: [cell.part], shown: shown, share: shown.value.flatMap { share($0, of: total) })
        }
        return DisclosedTable(kind: .multiAnswer, rows: rows, total: total, withheld: false, minCell: m)
    }

    /// `count` out of `total` when only `count` is printed and `total − count` follows from it;
    /// `known` of the count and `knownWithout` of the rest are people a reader can already see.
    public static func twoCell(_ count: Int, of total: Int, known: Int = 0, knownWithout: Int = 0, minCell m: Int) -> ShownCount {
        guard m > 1 else { return .count(count) }
        let shown = twoCellOfCounts(count, of: total, minCell: m)
        guard known > 0 || knownWithout > 0 else { return shown }
        // The same two-cell rule on what the reader cannot see: both rests at least min_cell.
        let rest = twoCellOfCounts(count - known, of: total - known - knownWithout, minCell: m)
        switch (shown, rest) {
        case (.count, .count): return shown
        // 「5未満」 and 「N以上」 bound the count; they say no more than the rule on the rests when
        // nobody is known on the side they bound. Otherwise the figure is not given at all.
        case (.small, .small) where known == 0: return .small
        case (.atLeast, .atLeast) where knownWithout == 0: return shown
        default: return .withheld
        }
    }

    static func twoCellOfCounts(_ count: Int, of total: Int, minCell m: Int) -> ShownCount {
        // Below 2m − 1 one of the two cells is always small, whatever the count: say nothing.
        if total < 2 * m - 1 { return .withheld }
        if count < m { return .small }
        if total - count < m { return .atLeast(total - m + 1) }
        return .count(count)
    }

    /// Shares in tenths of a percent that add up to exactly 1000 (100.0%): each count's share
    /// rounded down, then the tenths left over go to the largest remainders (ties to the earlier
    /// row). So a partition's printed shares never add up to 99.9% or 100.1%; each is within 0.1
    /// of its exact value. The solver apportions the printed counts the same way.
    static func tenthsOfPercent(_ counts: [Int], of total: Int) -> [Int] {
        guard total > 0 else { return counts.map { _ in 0 } }
        let exact = counts.map { $0 * 1000 }
        var tenths = exact.map { $0 / total }
        let left = 1000 - tenths.reduce(0, +)
        let order = counts.indices.sorted { (exact[$0] % total, -$0) > (exact[$1] % total, -$1) }
        for i in order.prefix(max(0, left)) { tenths[i] += 1 }
        return tenths
    }

    static func share(_ count: Int, of total: Int) -> Double? {
        total > 0 ? Double(count) / Double(total) : nil
    }
}
