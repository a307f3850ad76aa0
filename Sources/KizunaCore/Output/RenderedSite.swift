import KizunaContent
import KizunaSite
/// What outputs write from: the derived site, its route table (every URL), the theme, and
/// the typed views of its items and pages.
public struct RenderedSite: Sendable {
    public let derived: DerivedSite
    public let routes: RouteTable
    public let theme: Theme
    public let links: LinkResolver
    let views: ViewBuilder

    init(derived: DerivedSite, routes: RouteTable, links: LinkResolver, theme: Theme, cardCache: ResultCache? = nil) {
        self.derived = derived
        self.routes = routes
        self.theme = theme
        self.links = links
        views = ViewBuilder(derived: derived, routes: routes, links: links, theme: theme, cardCache: cardCache)
    }
}
