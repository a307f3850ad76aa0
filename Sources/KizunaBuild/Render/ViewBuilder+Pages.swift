import KizunaContent
import KizunaSite
/// What the pages of several kinds share: the pagination bar of a list, the filters of the
/// boards and the segment links of the events.
extension ViewBuilder {
    /// The bar of page `n` of a list (nil when there is one page) and its "page n of m" label.
    func pagination<Element>(_ n: Int, of list: Paginated<Element>, target: (Int) -> RouteTarget) -> (PaginationView?, String) {
        let count = list.pageCount
        let label = strings.format("pagination.page_of", ["n": String(n), "total": String(count)])
        guard count > 1 else { return (nil, label) }
        return (PaginationView(
            current: n, total: count, label: label,
            pages: Self.pageWindow(current: n, count: count).map { page in
                page.map { .init(n: $0, url: url(target($0)), current: $0 == n, gap: false) }
                    ?? .init(n: 0, url: "", current: false, gap: true)
            },
            prevURL: n > 1 ? url(target(n - 1)) : nil,
            nextURL: n < count ? url(target(n + 1)) : nil), label)
    }

    /// A list's title on its page `n`: the title alone on the first, then with 「3ページ中2ページ目」.
    func pagedTitle(_ title: String, page n: Int, label: String) -> String {
        n == 1 ? title : strings.format("pagination.page_title", ["title": title, "page": label])
    }

    /// The page numbers a pagination bar links: the first, the last and two on each side of the
    /// current one, nil for a gap (`1 … 4 5 6 7 8 … 500`). Listing every page made each list page
    /// as long as the list, and the whole list quadratic in the number of posts.
    static func pageWindow(current: Int, count: Int, around: Int = 2) -> [Int?] {
        guard count > 2 * around + 3 else { return Array(1...max(count, 1)) }
        let low = max(2, current - around), high = min(count - 1, current + around)
        var pages: [Int?] = [1]
        if low > 2 { pages.append(low == 3 ? 2 : nil) }
        pages += (low...high).map { $0 }
        if high < count - 1 { pages.append(high == count - 2 ? count - 1 : nil) }
        pages.append(count)
        return pages
    }

    /// Remote first, then every tag of the build's opportunities by name.
    func opportunityFilters(current: RouteTarget?) -> [SegmentLink] {
        let names = Dictionary(derived.allOpportunities.flatMap(\.opportunity.tags).map { (Tag.slug($0), site.tagName($0)) }, uniquingKeysWith: { a, _ in a })
        return [SegmentLink(label: strings["opportunities.remote_title"], url: url(.opportunitiesRemote), current: current == .opportunitiesRemote)]
            + derived.opportunityTags.map { SegmentLink(label: "#" + (names[$0] ?? $0), url: url(.opportunityTag($0)), current: current == .opportunityTag($0)) }
    }

    /// Every segment with events, by its display name's order in site.yaml, then the rest by slug.
    func segmentLinks(current: String?) -> [SegmentLink] {
        let order = Dictionary(site.segments.keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return derived.eventSegments.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }.map {
            SegmentLink(label: site.segmentLabel($0), url: url(.eventSegment($0)), current: $0 == current)
        }
    }
}
