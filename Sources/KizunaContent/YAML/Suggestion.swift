/// The likely intended word for a misspelt one (`deadine` → `deadline`, `titel` → `title`):
/// the nearest by edit distance, counting a swap of two neighbours as one edit, and only when it
/// is near enough to be a slip rather than another word.
public enum Suggestion {
    /// The candidate nearest to `word`, or nil when none is within reach (one edit for words of
    /// up to seven letters, two for longer ones; ties go to the first candidate).
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let typed = Array(word.lowercased().unicodeScalars)
        let reach = typed.count <= 7 ? 1 : 2
        var best: (word: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = Self.distance(typed, Array(candidate.lowercased().unicodeScalars), limit: reach)
            if distance <= reach, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.word
    }

    /// Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
    /// neighbours), stopping early above `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
                rowBest = min(rowBest, current[j])
            }
            if rowBest > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
