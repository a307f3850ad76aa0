/// Events: `content/events/<slug>.yaml`.
public struct EventKind: ItemKind {
    public init() {}
    public var name: String { "event" }
    public var folder: String { "events" }
    public var textFields: [String] { ["title", "venue.name", "venue.address", "description", "report", "extra"] }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "event" }
    public var japaneseItemName: String { "イベント" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Event? { Event.read(reader, slug: slug) }

    public func check(_ events: [Event], in content: Content, _ d: inout Diagnostics) {
        // With site.yaml broken its segment labels are unknown: do not warn about every segment.
        let segments = content.siteLoaded ? Set(content.site.segments.keys) : []
        guard !segments.isEmpty else { return }
        for event in events {
            for segment in event.segments where !segments.contains(segment) {
                d.warning(event.at["segments"], EventMessage.unlabelledSegment(segment))
            }
        }
    }
}

extension Event: AudienceItem {}
