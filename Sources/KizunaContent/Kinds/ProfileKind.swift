/// The directory's profiles: `content/alumni/<slug>.yaml`. Personal data: only what a member
/// consented to show ever leaves Derive (`PublishedProfile`).
public struct ProfileKind: ItemKind {
    public init() {}
    public var name: String { "profile" }
    public var folder: String { "alumni" }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "profile" }
    public var japaneseItemName: String { "プロフィール" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Profile? { Profile.read(reader, slug: slug) }
}

extension Profile: ContentItem {}
