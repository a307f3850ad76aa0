/// Markdown turned into HTML, with what pages need besides the HTML itself.
public struct RenderedMarkdown: Sendable, Hashable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
    }

    public var html: String
    public var headings: [Heading]
    /// The text without markup, blocks separated by newlines: for summaries and search.
    public var plainText: String
    /// Text of the top-level paragraphs only (no headings, lists or tables), for summaries.
    public var paragraphText: String
}
