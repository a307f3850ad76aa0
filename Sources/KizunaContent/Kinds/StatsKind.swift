/// The network's counts as published over time: `content/stats/<date>.yaml`, written by
/// `kizuna stats snapshot`. No page of its own: the network page shows the newest.
public struct StatsKind: ItemKind {
    public init() {}
    public var name: String { "stats" }
    public var folder: String { "stats" }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "stats snapshot" }
    public var japaneseItemName: String { "スナップショット" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> StatsSnapshot? { StatsSnapshot.read(reader, slug: slug) }

    /// Oldest first.
    public func ordered(_ items: [StatsSnapshot]) -> [StatsSnapshot] { items.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) } }

    public func check(_ snapshots: [StatsSnapshot], in content: Content, _ d: inout Diagnostics) {
        var days: [LocalDate: SourceLocation] = [:]
        for snapshot in snapshots {
            if let earlier = days[snapshot.date] {
                d.error(snapshot.at["date"], StatsMessage.sameDate("\(snapshot.date)", path: earlier.path))
            }
            days[snapshot.date] = snapshot.at.file
        }
    }
}

extension StatsSnapshot: ContentItem {}
