import KizunaContent

/// A content kind as the Derive and Route stages see it: the same definition as `ItemKind`,
/// plus whether the build publishes an item, what it publishes of the kind, and the routes and
/// Markdown that come of it. The render stage adds the pages and search entries (`NewFileKind`).
public protocol PublishedKind: ItemKind {
    /// What a build publishes of the kind: its items rendered, sorted and grouped for the pages.
    associatedtype Published: Sendable
    /// Whether this build publishes the item, or why not (`Publication`).
    func publication(of item: Item, in build: BuildScope) -> Publication
    /// What the build publishes, from the items `publication` let through (in the kind's order).
    func publish(_ items: [Item], _ context: PublishContext) -> Published
    /// The routes of one item by its slug (its page, an event's calendar file), known before it
    /// loads: a link to a file with errors is not called dead.
    func ownRoutes(slug: String) -> [RouteTarget]
    /// Where the lists an item of the kind can add live, as path prefixes: a tag, a segment, a
    /// month of the digest or one more page of a list exists only while some item makes it.
    var listPrefixes: [String] { get }
    /// Every Markdown body the build publishes of the kind: its links are checked.
    func bodies(of published: Published) -> [RenderedMarkdown]
    /// Site paths written in YAML fields (`image: /static/x.png`): each must name a file of the site.
    func sitePaths(of published: Published) -> [SitePathField]
}

extension PublishedKind where Item: AudienceItem {
    public func publication(of item: Item, in build: BuildScope) -> Publication { .of(item, in: build.options) }
}

extension PublishedKind {
    public var listPrefixes: [String] { [] }
    public func sitePaths(of published: Published) -> [SitePathField] { [] }
}

/// What decides publication: the build's options, in the site's settings (its zone).
public struct BuildScope: Sendable {
    public var options: BuildOptions
    public var site: SiteConfig

    /// The site's zone and the build's "now".
    public var clock: SiteClock { SiteClock(zone: site.timeZone, now: options.now) }

    public init(options: BuildOptions, site: SiteConfig) {
        self.options = options
        self.site = site
    }
}

/// What a kind publishes from: the build, the Markdown renderer and the whole content (an ask
/// names its asker's profile).
public struct PublishContext: Sendable {
    public var scope: BuildScope
    public var markdown: MarkdownRenderer
    public var content: Content

    public var options: BuildOptions { scope.options }
    public var site: SiteConfig { scope.site }
    public var clock: SiteClock { scope.clock }
}

/// A site path written in a YAML field, and where.
public struct SitePathField: Sendable {
    public var path: String
    public var field: String
    public var at: SourceLocation

    public init(path: String, field: String, at: SourceLocation) {
        self.path = path
        self.field = field
        self.at = at
    }
}
