/// One file of a kind's folder, loaded: what every kind's item has, so the loader, the
/// validator and the link check can treat all kinds alike.
public protocol ContentItem: Sendable {
    /// The file name without extension, or its `slug:`: unique within the kind, the item's URL.
    var slug: String { get }
    /// Where the item and each of its fields were written.
    var at: FieldLocations { get set }
    /// The editor's own fields (`extra:`), for templates.
    var extra: ExtraFields { get set }
}

/// An item an editor can restrict to members (`audience: members`) or hold back (`draft: true`).
public protocol AudienceItem: ContentItem {
    var audience: Audience { get }
    var draft: Bool { get }
}

/// An item with `tags:`, shown by their display names (site.yaml's `tags:`).
public protocol TaggedItem: ContentItem {
    var tags: [String] { get }
}
