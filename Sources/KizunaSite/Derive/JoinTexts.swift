import KizunaContent

/// The Markdown texts of site.yaml's `join:` (the `/join/` and `/welcome/` pages), rendered once
/// in Derive like every body, so their links are checked and written from the route table.
public struct JoinTexts: Sendable {
    public var who: RenderedMarkdown?
    public var offers: RenderedMarkdown?
    public var steps: RenderedMarkdown?
    public var change: RenderedMarkdown?
    public var access: RenderedMarkdown?

    init(_ join: SiteConfig.Join, markdown: MarkdownRenderer) {
        who = join.who.map { markdown.render($0) }
        offers = join.offers.map { markdown.render($0) }
        steps = join.steps.map { markdown.render($0) }
        change = join.change.map { markdown.render($0) }
        access = join.access.map { markdown.render($0) }
    }

    /// Every text, for the link check.
    public var all: [RenderedMarkdown] { [who, offers, steps, change, access].compactMap { $0 } }
}
