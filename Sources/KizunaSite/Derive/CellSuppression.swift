import KizunaContent
/// Decides which counts of a table a page may print, so that a reader who sees the page (the
/// printed counts, the markers of hidden ones and the table's total) can neither work out a count
/// below `min_cell` nor show that the hidden counts of a table hold fewer than `min_cell` people.
///
/// What the reader is assumed to know, for each hidden cell: `<m` means 0…m−1; the hidden marker
/// means at least m; the hidden cells of a table add up to the total minus the printed ones; and
/// complementary cells are picked smallest first (ties by position), so each is no larger than
/// any printed cell of its table. From that alone the reader's feasible range of every cell is an
/// interval, computed exactly below; a cell whose interval is one value is "worked out".
enum CellSuppression {
    /// Marks for the cells of a partition table: the cells are disjoint and add up to a total the
    /// reader knows (members, respondents). Cells below `minCell` are hidden; then further cells,
    /// smallest first, ties by index, until the hidden ones are not alone, hold at least `minCell`
    /// together and none of them can be worked out. nil when even hiding every cell is not enough
    /// (or the total itself is small): then the table is withheld as a whole.
    static func partition(_ counts: [Int], minCell m: Int) -> [ShownCount]? {
        // min_cell 1 asks for no suppression: "<1" would print 0 anyway.
        guard m > 1 else { return counts.map(ShownCount.count) }
        guard counts.reduce(0, +) >= m else { return nil }
        var hidden = Set(counts.indices.filter { counts[$0] < m })
        var candidates = counts.indices.filter { counts[$0] >= m }
            .sorted { (counts[$0], $0) < (counts[$1], $1) }[...]
        while !isProtected(counts, hidden: hidden, minCell: m) {
            guard let next = candidates.popFirst() else { return nil }
            hidden.insert(next)
        }
        return counts.indices.map { i in
            hidden.contains(i) ? (counts[i] < m ? .small : .complementary) : .count(counts[i])
        }
    }

    /// Whether hiding `hidden` protects the table, by the reader's knowledge described above.
    static func isProtected(_ counts: [Int], hidden: Set<Int>, minCell m: Int) -> Bool {
        if hidden.isEmpty { return true }
        // A lone hidden cell is the total minus the printed ones.
        if hidden.count == 1 { return false }
        let sum = hidden.reduce(0) { $0 + counts[$1] }
        if sum < m { return false }
        let printed = counts.indices.filter { !hidden.contains($0) }
        let order = hidden.sorted()
        let bounds = order.map { i -> (lo: Int, hi: Int) in
            if counts[i] < m { return (0, m - 1) }
            // Picked smallest first: no larger than a printed cell, and smaller than a printed
            // cell that comes before it (that one would have won the tie).
            let cap = printed.map { counts[$0] - ($0 < i ? 1 : 0) }.min() ?? sum
            return (m, min(cap, sum))
        }
        let sumLo = bounds.reduce(0) { $0 + $1.lo }
        let sumHi = bounds.reduce(0) { $0 + $1.hi }
        for b in bounds {
            let lowest = max(b.lo, sum - (sumHi - b.hi))
            let highest = min(b.hi, sum - (sumLo - b.lo))
            if lowest >= highest { return false }
        }
        return true
    }

    /// The mark of `count` out of `total` when the table is [count, total − count] and only the
    /// first cell is printed: mentors among members, one option of a multi-answer question.
    /// Printed only when both cells are at least `minCell`.
    static func twoCell(_ count: Int, of total: Int, minCell m: Int) -> ShownCount {
        guard m > 1 else { return .count(count) }
        if total < m { return .withheld }
        if count >= m && total - count >= m { return .count(count) }
        if count < m { return .small }
        // count ≥ m and the rest is small: the reader knows count is in max(m, total−m+1)…total,
        // a single value when total == m. Then say nothing at all.
        return total > m ? .complementary : .withheld
    }
}
