/// Merges adjacent cells of a partition into bands of at least `min_cell`, the way statistical
/// offices collapse small categories ("0〜3", 「1990年代以前」) instead of hiding them.
///
/// The scan runs from the last cell to the first and closes a band as soon as it reaches
/// `min_cell`; what is left below `min_cell` at the start of a group joins the band after it.
/// A reader who knows this rule learns only that the cells a band closed over before its last
/// one were below `min_cell` together — never a small count (docs/CONTENT.md, "Aggregates and
/// privacy"). The cell scanned first in a band (the one at its end: 「未回答」 is placed there)
/// can be anything from 0 to `min_cell − 1`.
enum Banding {
    /// Bands as index ranges in order. `groups[i]` is cell i's group (non-decreasing, e.g. NPS
    /// detractors, passives, promoters): a band crosses into the next group only when a whole
    /// group is below `min_cell`. A band holding a cell of `wide` closes only at 2 × min_cell − 1:
    /// such a cell (「未回答」, listed only when not empty) is known to hold at least 1, so in a
    /// band of min_cell the cells scanned after it would be known to hold at most min_cell − 2.
    /// The cells must add up to at least `minCell`.
    static func bands(_ counts: [Int], groups: [Int]? = nil, wide: Set<Int> = [], minCell m: Int) -> [ClosedRange<Int>] {
        guard !counts.isEmpty else { return [] }
        let groups = groups ?? Array(repeating: 0, count: counts.count)
        var bands: [ClosedRange<Int>] = []
        var openHigh: Int?
        var openSum = 0
        var needed = m
        for i in counts.indices.reversed() {
            if openHigh != nil, groups[i] != groups[i + 1],
               let last = bands.last, groups[last.lowerBound] == groups[i + 1] {
                // Leaving a group with a remainder below min_cell: it joins the group's band after it.
                bands[bands.count - 1] = (i + 1)...last.upperBound
                openHigh = nil
                openSum = 0
                needed = m
            }
            if openHigh == nil { openHigh = i }
            openSum += counts[i]
            if wide.contains(i) { needed = 2 * m - 1 }
            if openSum >= needed {
                bands.append(i...openHigh!)
                openHigh = nil
                openSum = 0
                needed = m
            }
        }
        if let high = openHigh {
            if let last = bands.last {
                bands[bands.count - 1] = 0...last.upperBound
            } else {
                bands.append(0...high)
            }
        }
        return bands.reversed()
    }
}
