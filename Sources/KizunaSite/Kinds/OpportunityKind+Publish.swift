import KizunaContent

/// The postings a build publishes, newest posting first.
public struct PublishedOpportunities: Sendable {
    public var open: [PublishedOpportunity]
    /// Closed, filled or past deadline: detail pages stay, marked closed; never on the boards.
    public var closed: [PublishedOpportunity]
}

extension OpportunityKind: PublishedKind {
    public func publish(_ items: [Opportunity], _ context: PublishContext) -> PublishedOpportunities {
        let now = context.clock.now, zone = context.clock.zone
        let all = items.sorted { ($0.posted, $1.slug) > ($1.posted, $0.slug) }.map { o in
            PublishedOpportunity(opportunity: o, description: o.description.map { context.markdown.render($0) }, isOpen: o.isOpen(at: now, in: zone))
        }
        return PublishedOpportunities(open: all.filter(\.isOpen), closed: all.filter { !$0.isOpen })
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [.opportunity(slug)] }
    public var listPrefixes: [String] { ["opportunities/tags/", RouteTarget.digests.path] }
    public func bodies(of published: PublishedOpportunities) -> [RenderedMarkdown] {
        (published.open + published.closed).compactMap(\.description)
    }
}
