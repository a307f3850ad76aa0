import KizunaContent

/// The events a build publishes, upcoming and past.
public struct PublishedEvents: Sendable {
    /// Soonest first.
    public var upcoming: [PublishedEvent]
    /// Newest first, in pages when there are more than the events page shows.
    public var past: Paginated<PublishedEvent>
}

extension EventKind: PublishedKind {
    public func publish(_ items: [Event], _ context: PublishContext) -> PublishedEvents {
        let now = context.clock.now, members = context.options.audience == .members
        let events = items.map { event in
            PublishedEvent(event: event, description: event.description.map { context.markdown.render($0) }, isPast: event.finish.date < now,
                           joinURL: members ? event.onlineURL?.url : nil)
        }
        let upcoming = events.filter { !$0.isPast }.sorted { ($0.event.start, $0.event.slug) < ($1.event.start, $1.event.slug) }
        let past = events.filter(\.isPast).sorted { ($0.event.start, $1.event.slug) > ($1.event.start, $0.event.slug) }
        return PublishedEvents(upcoming: upcoming, past: Paginated(past, perPage: context.site.newsPerPage))
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [.event(slug), .eventCalendar(slug)] }
    public var listPrefixes: [String] { ["events/segments/", RouteTarget.pastEvents(page: 1).path, RouteTarget.digests.path] }
    public func bodies(of published: PublishedEvents) -> [RenderedMarkdown] {
        (published.upcoming + published.past.items).compactMap(\.description)
    }
}
