import KizunaContent
/// One file of the built site, known before anything is rendered: where it goes, in which
/// language, what it comes from and whether the sitemap lists it. Every output declares its
/// routes; the route table checks them against each other and answers every "what is the URL
/// of …" question, and an output writes only the files it declared.
public struct Route: Sendable {
    public enum Format: String, Sendable {
        /// A page rendered through the theme's templates.
        case html
        /// Any other file: XML, text, a copied file.
        case file
    }

    public var target: RouteTarget
    public var format: Format
    /// The language of the page or file (site.yaml's `language`). A build plans its pages once
    /// per language; today a site has one.
    public var language: String
    /// The content file this route comes from, when there is one (for errors and links).
    public var source: SourceLocation?
    /// Listed in sitemap.xml.
    public var inSitemap: Bool

    public init(_ target: RouteTarget, format: Format = .html, language: String, source: SourceLocation? = nil, inSitemap: Bool? = nil) {
        self.target = target
        self.format = format
        self.language = language
        self.source = source
        self.inSitemap = inSitemap ?? (format == .html)
    }

    public var path: String { target.path }
    public var file: String { target.file }
}
