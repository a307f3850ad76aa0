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
        return news.indices.map { index in
            var shared: [Int: Int] = [:]
            for slug in Set(news[index].post.tags.map(Tag.slug)) {
                for other in byTag[slug, default: []].prefix(window + 1) where other != index { shared[other, default: 0] += 1 }
            }
            // Ties: the lower index is the newer post (then the smaller slug), as `news` is ordered.
            return shared.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(count).map(\.key)
        }
    }
}
