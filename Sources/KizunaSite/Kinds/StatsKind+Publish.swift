import KizunaContent

extension StatsKind: PublishedKind {
    public func publication(of snapshot: StatsSnapshot, in build: BuildScope) -> Publication { .published }

    /// The newest snapshot not after "now"; nil before the first one.
    public func publish(_ items: [StatsSnapshot], _ context: PublishContext) -> NetworkStats? {
        let clock = context.clock
        guard var snapshot = items.last(where: { $0.date.start(in: clock.zone) <= clock.now }) else { return nil }
        if !snapshot.recordsDirectory, let counts = snapshot.counts {
            // Written before snapshots recorded the directory: today's is the best guess of what
            // a member can count off it (documented in docs/CONTENT.md, "Snapshots").
            let counted = context.content[ProfileKind()].filter(\.consent.stats)
            snapshot.counts?.directory = DirectoryCounts(counted: counted).capped(by: counts)
        }
        return NetworkStats(snapshot, minCell: context.site.minCell)
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [] }
    public func bodies(of published: NetworkStats?) -> [RenderedMarkdown] { [] }
}
