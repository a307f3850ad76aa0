/// Free pages such as about, privacy or join: `content/pages/<slug>.md` → `/<slug>/`.
public struct FreePageKind: ItemKind {
    public init() {}
    public var name: String { "page" }
    public var folder: String { "pages" }
    public var textFields: [String] { ["title", "description", "extra"] }
    public var format: ItemFormat { .markdown }
    public var itemName: String { "page" }
    public var japaneseItemName: String { "固定ページ" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Page? {
        body.flatMap { Page.read(reader, slug: slug, body: $0) }
    }
}

extension Page: AudienceItem {}
