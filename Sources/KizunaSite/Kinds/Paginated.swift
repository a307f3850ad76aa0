/// A list cut into pages of `perPage` items: the news, a tag's posts, the past events. Pages
/// are numbered from 1; an empty list still has its first, empty page.
public struct Paginated<Element: Sendable>: Sendable {
    public let items: [Element]
    public let perPage: Int

    public init(_ items: [Element], perPage: Int) {
        self.items = items
        self.perPage = max(perPage, 1)
    }

    public var pageCount: Int { max(1, (items.count + perPage - 1) / perPage) }
    public var pages: ClosedRange<Int> { 1...pageCount }
    /// More items than one page holds.
    public var isPaged: Bool { items.count > perPage }

    /// The items of page `n`; empty past the last page.
    public func page(_ n: Int) -> ArraySlice<Element> {
        let start = min(items.count, max(n - 1, 0) * perPage)
        return items[start..<min(items.count, start + perPage)]
    }
}
