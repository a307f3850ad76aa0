import KizunaContent
import KizunaSite
/// What outputs write from: the plan (the derived site, its kinds and planned pages), the route
/// table (every URL), the theme, and the typed views of its items and pages.
public struct RenderedSite: Sendable {
    public let plan: SitePlan
    public let routes: RouteTable
    public let links: LinkResolver
    let views: ViewBuilder

    public var derived: DerivedSite { plan.derived }
    public var theme: Theme { plan.theme }

    init(plan: SitePlan, routes: RouteTable, links: LinkResolver, cardCache: ResultCache? = nil) {
        self.plan = plan
        self.routes = routes
        self.links = links
        views = ViewBuilder(derived: plan.derived, routes: routes, links: links, theme: plan.theme, cardCache: cardCache)
    }
}
