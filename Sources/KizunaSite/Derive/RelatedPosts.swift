import KizunaContent

/// Up to three posts that share tags with each post: most shared tags first, then the newer, then
/// by slug, so the choice never depends on anything but the content. Each post looks only at
/// the newest `window` posts of each of its tags, so the cost stays linear in the number of
/// posts even when one tag is on thousands of them (a post's tags are few).
public enum RelatedPosts {
    public static let count = 3
    public static let window = 100

    /// For each post of `news` (newest first, then by slug, as derived), the indices of its related posts.
    public static func find(_ news: [PublishedPost]) -> [[Int]] {
        var byTag: [String: [Int]] = [:]
        for (index, post) in news.enumerated() {
            for slug in Set(post.post.tags.map(Tag.slug)) { byTag[slug, default: []].append(index) }
        }
        // Shared-tag counts in one array reused for every post, reset through the list of
        // indices touched; then the best three picked without sorting every candidate.
        var shared = [Int](repeating: 0, count: news.count)
        var touched: [Int] = []
        return news.indices.map { index in
            for slug in Set(news[index].post.tags.map(Tag.slug)) {
                for other in byTag[slug, default: []].prefix(window + 1) where other != index {
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            // Better: more shared tags; on a tie the lower index, the newer post (then the smaller slug).
            var best: [Int] = []
            for candidate in touched {
                let position = best.firstIndex { shared[candidate] > shared[$0] || (shared[candidate] == shared[$0] && candidate < $0) } ?? best.count
                if position < count {
                    best.insert(candidate, at: position)
                    if best.count > count { best.removeLast() }
                }
            }
            for other in touched { shared[other] = 0 }
            touched.removeAll(keepingCapacity: true)
            return best
        }
    }
}
