/// A kind of content file (news posts, events, profiles …) as the Load and Validate stages see
/// it: its folder, how one file is read, and the rules across its files. The later stages add
/// their part of the same definition (`PublishedKind` in KizunaSite, `PageKind` in KizunaBuild);
/// `ContentKinds` lists the kinds a build reads.
public protocol ItemKind: Sendable {
    associatedtype Item: ContentItem
    /// One item, as `kizuna new` names it: `news`, `event`, `profile`.
    var name: String { get }
    /// The folder under content/ that holds the kind: `news`, `events`, `alumni`.
    var folder: String { get }
    /// Markdown with front matter, or YAML.
    var format: ItemFormat { get }
    /// One item in a message: "news post", "event".
    var itemName: String { get }
    /// The same in Japanese messages: 「お知らせ」, 「イベント」.
    var japaneseItemName: String { get }
    /// The fields a translation (`<slug>.en.yaml` beside `<slug>.yaml`) may change, as key paths
    /// (`venue.name`, `questions.*.text`: `*` is each item of a list); a Markdown kind's body is
    /// translated too. Everything else is the original's in every language. Empty: the kind is
    /// the same in every language and has no translations (profiles, stats snapshots).
    var textFields: [String] { get }
    /// Reads one file's fields; nil when a required one is missing (the reader holds why).
    /// `body` is the Markdown after the front matter, for Markdown kinds only.
    func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Item?
    /// The order the rest of the build sees the items in (default: file name order).
    func ordered(_ items: [Item]) -> [Item]
    /// A translation as read over its original, with what the kind keeps of the original beyond
    /// its non-text fields (default: nothing more; a survey keeps its options' keys).
    func translation(_ item: Item, of original: Item) -> Item
    /// Rules across the kind's files and the rest of the content (all reported at once).
    func check(_ items: [Item], in content: Content, _ d: inout Diagnostics)
}

extension ItemKind {
    public func ordered(_ items: [Item]) -> [Item] { items }
    public func translation(_ item: Item, of original: Item) -> Item { item }
    public var textFields: [String] { [] }
    public func check(_ items: [Item], in content: Content, _ d: inout Diagnostics) {}

    /// One item in a message, in both languages.
    public var itemNames: LocalizedText { LocalizedText(en: itemName, ja: japaneseItemName) }

    /// `news/<slug>.md`, relative to the content folder.
    public func relativePath(slug: String) -> String { "\(folder)/\(slug).\(format.fileExtension)" }
}

/// How a kind's files are written.
public enum ItemFormat: Sendable {
    /// `---` front matter, then the Markdown body.
    case markdown
    /// One YAML mapping.
    case yaml

    public var extensions: Set<String> {
        switch self {
        case .markdown: ["md"]
        case .yaml: ["yaml", "yml"]
        }
    }

    /// The extension `kizuna new` writes.
    public var fileExtension: String { self == .markdown ? "md" : "yaml" }
}
