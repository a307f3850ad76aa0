/// Markdown turned into language-neutral HTML, with what pages need besides the HTML itself.
/// Two things are left for later stages: links to other parts of the site (`links`, resolved
/// through the route table) and cmark-gfm's English words for footnotes. Render's
/// `BodyRenderer` writes both in one pass, in the link style of the page or feed.
public struct RenderedMarkdown: Sendable, Hashable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
    }

    /// A link or image to a content file (`../events/x.yaml`) or a site path (`/join/`). The HTML
    /// holds `slot(i)` in its place until the route table resolves it.
    public struct InternalLink: Sendable, Hashable {
        /// As written in the Markdown.
        public var destination: String
        /// Where it is written: the file's line and column, front matter counted.
        public var location: SourceLocation
        public var isImage: Bool
    }

    public var html: String
    public var headings: [Heading]
    /// The text without markup, blocks separated by newlines: for summaries and search.
    public var plainText: String
    /// Text of the top-level paragraphs only (no headings, lists or tables), for summaries.
    public var paragraphText: String
    /// In the order of their slots.
    public var links: [InternalLink] = []
    /// cmark-gfm wrote a footnotes section, whose words Render puts in the site's language.
    public var hasFootnotes = false
    /// Images whose alt text is empty (`![](x.png)`): a screen reader has nothing to say of them.
    public var imagesWithoutAlt: [SourceLocation] = []

    /// The placeholder an internal link's `href`/`src` holds, with its quotes: no destination a
    /// writer can type renders to it (see `MarkdownRenderer.slotScheme`).
    package static func slot(_ index: Int) -> String { "\"\(MarkdownRenderer.slotScheme)\(index)\"" }
}
