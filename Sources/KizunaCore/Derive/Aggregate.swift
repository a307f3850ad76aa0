/// Counts by category with small cells suppressed: a count below `min_cell` could point at a
/// person, so it is kept only as "fewer than min_cell" and never written as a number.
public struct Aggregate: Sendable {
    public struct Bucket: Sendable {
        public var label: String
        /// nil when suppressed.
        public var count: Int?
        /// Hidden only so that a small cell cannot be worked out from the total: the count is not small.
        public var complementary = false
        /// Of `total` (respondents or members), nil when suppressed.
        public var share: Double?
    }

    public var buckets: [Bucket]
    /// nil when the total itself is below `min_cell`.
    public var total: Int?
    public var minCell: Int

    /// - Parameter total: what shares are of; defaults to the sum of the counts.
    init(_ pairs: [(label: String, count: Int)], minCell: Int, total: Int? = nil) {
        self.minCell = minCell
        let denominator = total ?? pairs.reduce(0) { $0 + $1.count }
        var hidden = Set(pairs.indices.filter { pairs[$0].count < minCell })
        // One hidden cell could be worked out as total minus the others: hide the next
        // smallest too (secondary suppression), so no single small count can be derived.
        if hidden.count == 1, pairs[hidden.first!].count > 0,
           let next = pairs.indices.filter({ !hidden.contains($0) }).min(by: { (pairs[$0].count, $0) < (pairs[$1].count, $1) }) {
            hidden.insert(next)
        }
        buckets = pairs.indices.map { i in
            let shown = !hidden.contains(i)
            return Bucket(
                label: pairs[i].label, count: shown ? pairs[i].count : nil,
                complementary: !shown && pairs[i].count >= minCell,
                share: shown && denominator > 0 ? Double(pairs[i].count) / Double(denominator) : nil)
        }
        self.total = denominator >= minCell ? denominator : nil
    }

    /// Largest first, ties by label, so the order never depends on dictionary order.
    init(counting counts: [String: Int], minCell: Int, total: Int? = nil) {
        let pairs = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (label: $0.key, count: $0.value) }
        self.init(pairs, minCell: minCell, total: total)
    }

    public var largestShown: Int { buckets.compactMap(\.count).max() ?? 0 }
}
