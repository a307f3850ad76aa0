import Foundation
import KizunaContent
import KizunaSite

/// Builds the typed view of every item and page from the derived site: URLs from the route
/// table, words from the theme's strings, dates and numbers in the site's language and time
/// zone. One builder per build; each kind of item has its view built in one place.
struct ViewBuilder: Sendable {
    let derived: DerivedSite
    let routes: RouteTable
    let links: LinkResolver
    let format: DisplayFormat
    let bodies: BodyRenderer
    var strings: Strings { format.strings }
    var site: SiteConfig { derived.site }
    var clock: SiteClock { derived.clock }

    /// What an item shown untranslated carries (its language, notice and badge): the same for
    /// every such item of the build, made once; nil when the build shows none.
    let untranslatedView: UntranslatedView?

    /// News posts by slug, for what names a post (related posts, an event's report).
    let newsIndex: [String: Int]
    private(set) var newsCards: [String: Cached<NewsPostView>]

    /// `site`, `urls`, `footer_pages`, `t`: what every page and card sees (read only once made).
    let sharedBox: SharedValues
    var shared: [String: Any] { sharedBox.values }

    struct SharedValues: @unchecked Sendable {
        let values: [String: Any]
    }

    init(derived: DerivedSite, routes: RouteTable, links: LinkResolver, theme: Theme, format: DisplayFormat, bodies: BodyRenderer,
         cardCache: ResultCache? = nil) {
        self.derived = derived
        self.routes = routes
        self.links = links
        self.format = format
        self.bodies = bodies
        untranslatedView = derived.untranslated.isEmpty ? nil : UntranslatedView(content: derived.site.defaultLanguage, strings: format.strings)
        sharedBox = SharedValues(values: Self.sharedContext(derived, routes, theme))
        newsIndex = Dictionary(derived.news.enumerated().map { ($1.post.slug, $0) }, uniquingKeysWith: { a, _ in a })
        newsCards = [:]
        newsCards = Self.newsCards(self, theme, cache: cardCache)
    }

    func url(_ target: RouteTarget) -> String { routes.url(target) }

    /// A body as the site's pages show it (`BodyRenderer`, root-relative links).
    func html(_ body: RenderedMarkdown) -> String { bodies.html(body, .rootRelative) }
}
