/// A news post: `content/news/<slug>.md`, front matter plus GitHub-flavoured Markdown.
public struct NewsPost: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    public var slug: String
    public var title: String
    public var date: Timestamp
    public var tags: [String]
    public var summary: String?
    public var author: String?
    public var draft: Bool
    public var audience: Audience
    public var image: String?
    public var body: MarkdownSource
    public var at: FieldLocations
    /// When the post was last changed in substance (`updated:`), for feeds; never before `date`.
    public var updated: Timestamp? = nil
}

/// Markdown text and where it starts in its file (front matter comes first).
public struct MarkdownSource: Sendable {
    public var text: String
    public var location: SourceLocation
    /// Columns every line is indented by in its file (a YAML block scalar), for locating links.
    public var indent: Int

    public init(text: String, location: SourceLocation, indent: Int = 0) {
        self.text = text
        self.location = location
        self.indent = indent
    }
}
