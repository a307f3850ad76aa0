import KizunaContent

/// The asks a build publishes, newest first.
public struct PublishedAsks: Sendable {
    public var open: [PublishedAsk]
    public var closed: [PublishedAsk]
}

extension AskKind: PublishedKind {
    public func publish(_ items: [Ask], _ context: PublishContext) -> PublishedAsks {
        let now = context.clock.now, zone = context.clock.zone
        let members = context.options.audience == .members
        let profiles = Dictionary(context.content[ProfileKind()].map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let all = items.sorted { ($0.posted, $1.slug) > ($1.posted, $0.slug) }.map { ask -> PublishedAsk in
            // Names appear only in members builds, and only as the asker consented in the directory.
            let asker = ask.asker.flatMap { profiles[$0] }
            let name = members && asker?.isListed == true ? asker?.name : nil
            return PublishedAsk(ask: ask, body: ask.body.map { context.markdown.render($0) }, isOpen: ask.isOpen(at: now, in: zone), askerName: name)
        }
        return PublishedAsks(open: all.filter(\.isOpen), closed: all.filter { !$0.isOpen })
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [.ask(slug)] }
    public var listPrefixes: [String] { [RouteTarget.digests.path] }
    public func bodies(of published: PublishedAsks) -> [RenderedMarkdown] { (published.open + published.closed).compactMap(\.body) }
}
