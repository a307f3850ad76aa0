/// Whether an NPS question may print its score. A printed score is one more equation on the rows
/// the page prints; it is printed only when it tells a reader nothing the rows do not: when every
/// way the printed rows can split gives the same rounded score.
///
/// Rows within one group (detractors 0–6, passives 7–8, promoters 9–10) fix their part of the
/// score. A band across a group boundary (a whole group below min_cell is merged into the next),
/// or 「未回答」 merged into a band (then below min_cell, or it would be a row of its own), can split
/// in several ways: each split the rules allow is tried, and if two give different scores the
/// score is withheld, since printing it would say which splits are possible. The example's
/// 243 respondents print their score this way although 「未回答」 is merged into the passives.
/// `Tests/DisclosureSolver/solver.py` checks the printed score from the pages alone, enumerating
/// the splits and what the score leaves of each (docs/CONTENT.md, "Aggregates and privacy").
enum NPSDisclosure {
    /// Splits tried at most; a table needing more keeps its score withheld.
    static let limit = 2_000_000

    /// The score to print for `table`, the disclosed rows of an 11-option question, or nil.
    static func score(_ table: DisclosedTable, respondents n: Int) -> Int? {
        // One row is the total again: the page shows no breakdown, and no score either.
        guard !table.withheld, table.rows.count > 1 else { return nil }
        var detractors = 0, promoters = 0, notAnswered = 0
        var free: [Row] = []
        for row in table.rows {
            guard let count = row.shown.value else { return nil }
            let groups = Set(row.categories.compactMap(Int.init).map(group))
            let holdsNotAnswered = row.parts.contains(.notAnswered)
            if groups.isEmpty && holdsNotAnswered {
                notAnswered += count
            } else if groups.count == 1 && !holdsNotAnswered {
                if groups == [0] { detractors += count } else if groups == [2] { promoters += count }
            } else {
                free.append(Row(count: count, groups: groups, notAnswered: holdsNotAnswered, minCell: table.minCell))
            }
        }
        // Counted before any split is made: a band of millions across three groups has more
        // splits than memory holds.
        var tried = 1
        for row in free {
            let (product, overflow) = tried.multipliedReportingOverflow(by: row.splitCountBound)
            guard !overflow, product <= limit else { return nil }
            tried = product
        }
        let splits = free.map(\.splits)

        var scores = Set<Int?>()
        func visit(_ i: Int, _ d: Int, _ p: Int, _ x: Int) {
            guard scores.count < 2 else { return }
            guard i < splits.count else {
                scores.insert(netPromoterScore(promoters: p, detractors: d, answered: n - x))
                return
            }
            for s in splits[i] { visit(i + 1, d + s.d, p + s.p, x + s.x) }
        }
        visit(0, detractors, promoters, notAnswered)
        guard scores.count == 1, let score = scores.first else { return nil }
        return score
    }

    /// A printed row that may split among groups and 「未回答」.
    struct Row {
        var count: Int
        var groups: Set<Int>
        var notAnswered: Bool
        var minCell: Int

        /// 「未回答」 merged into a band holds 1 to min_cell − 1 (a row of its own otherwise).
        var mostNotAnswered: Int { minCell > 1 ? min(count, minCell - 1) : count }

        /// At least as many as `splits` has, without making them.
        var splitCountBound: Int {
            let ways = count.addingReportingOverflow(1)
            guard !ways.overflow else { return .max }
            var bound = notAnswered ? max(1, mostNotAnswered) : 1
            for group in [0, 2] where groups.contains(group) {
                let (product, overflow) = bound.multipliedReportingOverflow(by: ways.partialValue)
                bound = overflow ? .max : product
            }
            return bound
        }

        /// (detractors, promoters, not answered) of each split the rules allow; passives take
        /// the rest.
        var splits: [(d: Int, p: Int, x: Int)] {
            var out: [(d: Int, p: Int, x: Int)] = []
            let most = mostNotAnswered
            for x in notAnswered ? Array(1...max(1, most)) : [0] where x <= count {
                let rest = count - x
                for d in groups.contains(0) ? Array(0...rest) : [0] {
                    for p in groups.contains(2) ? Array(0...(rest - d)) : [0] {
                        if rest - d - p > 0 && !groups.contains(1) { continue }
                        out.append((d, p, x))
                    }
                }
            }
            return out
        }
    }

    static func group(_ option: Int) -> Int { option <= 6 ? 0 : option <= 8 ? 1 : 2 }

    /// 100 × (promoters − detractors) / answered, rounded half away from zero, in integers.
    static func netPromoterScore(promoters: Int, detractors: Int, answered: Int) -> Int? {
        guard answered > 0 else { return nil }
        let numerator = 100 * (promoters - detractors)
        let magnitude = (2 * abs(numerator) + answered) / (2 * answered)
        return numerator < 0 ? -magnitude : magnitude
    }
}
