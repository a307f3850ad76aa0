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
    var strings: Strings { format.strings }
    var site: SiteConfig { derived.site }
    var clock: SiteClock { derived.clock }

    // Items by slug, for the page of each route.
    let newsIndex: [String: Int]
    private(set) var newsCards: [String: Cached<NewsPostView>]
    let tagsBySlug: [String: TagGroup]
    let eventsBySlug: [String: PublishedEvent]
    let opportunitiesBySlug: [String: PublishedOpportunity]
    let profilesBySlug: [String: PublishedProfile]
    let surveysBySlug: [String: SurveyReport]
    let asksBySlug: [String: PublishedAsk]
    let pagesBySlug: [String: PublishedPage]

    /// `site`, `urls`, `footer_pages`, `t`: what every page and card sees (read only once made).
    let sharedBox: SharedValues
    var shared: [String: Any] { sharedBox.values }

    struct SharedValues: @unchecked Sendable {
        let values: [String: Any]
    }

    init(derived: DerivedSite, routes: RouteTable, links: LinkResolver, theme: Theme, cardCache: ResultCache? = nil) {
        self.derived = derived
        self.routes = routes
        self.links = links
        format = DisplayFormat(strings: theme.strings, zone: derived.site.timeZone)
        sharedBox = SharedValues(values: Self.sharedContext(derived, routes, theme))
        newsIndex = Dictionary(derived.news.enumerated().map { ($1.post.slug, $0) }, uniquingKeysWith: { a, _ in a })
        tagsBySlug = Dictionary(derived.tags.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        eventsBySlug = Dictionary(derived.allEvents.map { ($0.event.slug, $0) }, uniquingKeysWith: { a, _ in a })
        opportunitiesBySlug = Dictionary(derived.allOpportunities.map { ($0.opportunity.slug, $0) }, uniquingKeysWith: { a, _ in a })
        profilesBySlug = Dictionary((derived.directory ?? []).map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        surveysBySlug = Dictionary(derived.surveys.map { ($0.survey.slug, $0) }, uniquingKeysWith: { a, _ in a })
        asksBySlug = Dictionary(derived.allAsks.map { ($0.ask.slug, $0) }, uniquingKeysWith: { a, _ in a })
        pagesBySlug = Dictionary(derived.pages.map { ($0.page.slug, $0) }, uniquingKeysWith: { a, _ in a })
        newsCards = [:]
        newsCards = Self.newsCards(self, theme, cache: cardCache)
    }

    func url(_ target: RouteTarget) -> String { routes.url(target) }

    /// Markdown's HTML with its internal links resolved and cmark-gfm's words in the site's language.
    /// - Parameter eagerImages: how many images at the top load at once; the browser fetches the
    ///   others only when they come near (`loading="lazy"`) and decodes them off the main thread.
    ///   A post with an `image:` above its body passes 0.
    func html(_ body: RenderedMarkdown) -> String { html(body, eagerImages: 1) }

    func html(_ body: RenderedMarkdown, eagerImages: Int) -> String {
        let html = Self.lazyImages(links.html(body), eager: eagerImages)
        guard body.hasFootnotes else { return html }
        return html.replacingAll([
            ("<section class=\"footnotes\" data-footnotes>",
             "<section class=\"footnotes\" data-footnotes>\n<h2 class=\"visually-hidden\">\(HTMLEscape.text(strings["markdown.footnotes"]))</h2>"),
            ("aria-label=\"Back to content\"", "aria-label=\"\(HTMLEscape.attribute(strings["markdown.back_to_content"]))\""),
        ])
    }

    /// Over UTF-8 bytes, and at once when there is no image: Foundation's
    /// `components(separatedBy:)` on every body was a twelfth of a large build.
    static func lazyImages(_ html: String, eager: Int) -> String {
        guard html.containsBytes("<img ") else { return html }
        let tag = Array("<img ".utf8), lazy = Array("<img loading=\"lazy\" decoding=\"async\" ".utf8)
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var seen = 0, i = 0
        while i < bytes.count {
            if bytes[i] == tag[0], i + tag.count <= bytes.count, bytes[i..<(i + tag.count)].elementsEqual(tag) {
                out.append(contentsOf: seen < eager ? tag : lazy)
                seen += 1
                i += tag.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
