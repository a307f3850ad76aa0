import KizunaContent
import KizunaSite
/// What outputs write from: the derived site, its route table (every URL), the theme, and
/// what every output shares, each made once per build: the site's clock, dates and numbers in
/// the site's language (`format`), bodies in either link style (`bodies`), and the HTML
/// pages' typed views (`views`, for `HTMLPages` only: feeds and calendars do not need them).
public struct RenderedSite: Sendable {
    public let derived: DerivedSite
    public let routes: RouteTable
    public let theme: Theme
    public let links: LinkResolver
    public let clock: SiteClock
    public let format: DisplayFormat
    let bodies: BodyRenderer
    let views: ViewBuilder

    var strings: Strings { theme.strings }

    init(derived: DerivedSite, routes: RouteTable, links: LinkResolver, theme: Theme, cardCache: ResultCache? = nil) {
        self.derived = derived
        self.routes = routes
        self.theme = theme
        self.links = links
        clock = derived.clock
        format = DisplayFormat(strings: theme.strings, zone: clock.zone)
        bodies = BodyRenderer(routes: routes, links: links, strings: theme.strings, allowRawHTML: derived.site.allowRawHTML)
        views = ViewBuilder(derived: derived, routes: routes, links: links, theme: theme, format: format, bodies: bodies, cardCache: cardCache)
    }
}
