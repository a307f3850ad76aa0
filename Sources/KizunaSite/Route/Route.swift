import KizunaContent
/// One file of the built site, known before anything is rendered: where it goes, what it
/// shows, who it is for and how it is listed. Every output declares its routes; the route
/// table checks them against each other and answers every "what is the URL of …" question.
public struct Route: Sendable {
    public enum Format: String, Sendable {
        /// A page rendered through the theme's templates.
        case html
        /// Any other file: XML, text, a copied file.
        case file
    }

    public var target: RouteTarget
    public var format: Format
    /// The UI language of the page (site.yaml's `language`).
    public var language: String
    /// Who the item is for: a members-only item in a members build is `members`.
    public var audience: Audience
    /// The content file this route comes from, when there is one (for errors and links).
    public var source: SourceLocation?
    /// Listed in sitemap.xml.
    public var inSitemap: Bool
    /// Belongs in a feed of recent items (news posts; read by the feed outputs).
    public var inFeed: Bool
    /// Asks search engines not to index it (`<meta name="robots" content="noindex">`).
    public var noindex: Bool

    public init(_ target: RouteTarget, format: Format = .html, language: String, audience: Audience = .public,
                source: SourceLocation? = nil, inSitemap: Bool? = nil, inFeed: Bool = false, noindex: Bool = false) {
        self.target = target
        self.format = format
        self.language = language
        self.audience = audience
        self.source = source
        self.inSitemap = inSitemap ?? (format == .html && !noindex)
        self.inFeed = inFeed
        self.noindex = noindex
    }

    public var path: String { target.path }
    public var file: String { target.file }
}
