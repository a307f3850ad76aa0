import KizunaContent
import KizunaSite
/// What outputs write from: the plan (the derived site, its kinds and planned pages), the route
/// table (every URL), the theme, and what every output shares, each made once per build: the
/// site's clock, dates and numbers in the site's language (`format`), bodies in either link style
/// (`bodies`), and the HTML pages' typed views (`views`, for `HTMLPages` and the search index:
/// feeds and calendars do not need them).
public struct RenderedSite: Sendable {
    public let plan: SitePlan
    public let routes: RouteTable
    public let links: LinkResolver
    /// Every language of the build, for alternates and the language switch.
    public let languages: SiteLanguages
    public let clock: SiteClock
    public let format: DisplayFormat
    let bodies: BodyRenderer
    let views: ViewBuilder

    public var derived: DerivedSite { plan.derived }
    public var theme: Theme { plan.theme }
    var strings: Strings { theme.strings }

    init(plan: SitePlan, routes: RouteTable, links: LinkResolver, languages: SiteLanguages? = nil, cardCache: ResultCache? = nil) {
        self.plan = plan
        self.routes = routes
        self.links = links
        self.languages = languages ?? SiteLanguages([.init(code: plan.language, routes: routes, untranslated: [])])
        let derived = plan.derived, theme = plan.theme
        clock = derived.clock
        format = DisplayFormat(strings: theme.strings, zone: clock.zone)
        bodies = BodyRenderer(routes: routes, links: links, strings: theme.strings, allowRawHTML: derived.site.allowRawHTML)
        views = ViewBuilder(derived: derived, routes: routes, links: links, theme: theme, format: format, bodies: bodies, cardCache: cardCache)
    }
}
