import KizunaContent

extension StatsKind: PublishedKind {
    public func publication(of snapshot: StatsSnapshot, in build: BuildScope) -> Publication { .published }

    /// The newest snapshot not after "now"; nil before the first one.
    public func publish(_ items: [StatsSnapshot], _ context: PublishContext) -> NetworkStats? {
        let clock = context.clock
        return items.last { $0.date.start(in: clock.zone) <= clock.now }.map { NetworkStats($0, minCell: context.site.minCell) }
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [] }
    public func bodies(of published: NetworkStats?) -> [RenderedMarkdown] { [] }
}
