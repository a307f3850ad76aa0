import KizunaContent

extension FreePageKind: PublishedKind {
    /// In menu order, then by slug.
    public func publish(_ items: [Page], _ context: PublishContext) -> [PublishedPage] {
        items.sorted { ($0.menu ?? Int.max, $0.slug) < ($1.menu ?? Int.max, $1.slug) }
            .map { PublishedPage(page: $0, body: context.markdown.render($0.body)) }
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [.page(slug)] }
    public func bodies(of published: [PublishedPage]) -> [RenderedMarkdown] { published.map(\.body) }
}
