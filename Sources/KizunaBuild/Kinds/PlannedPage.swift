import KizunaContent
import KizunaSite

/// One page of the build, planned from the item it shows: its route, its template, and the
/// maker of its view, which holds the item (nothing is looked up again when it renders).
public struct PlannedPage: Sendable {
    public var route: Route
    public var template: String
    public var view: @Sendable (PageContext) -> PageView

    public init(route: Route, template: String, view: @escaping @Sendable (PageContext) -> PageView) {
        self.route = route
        self.template = template
        self.view = view
    }
}

/// What a kind plans its pages with: the derived site and the language of the pages.
public struct PagePlan: Sendable {
    public let site: DerivedSite
    public let language: String

    /// A page of `target` through `template`. A page is in the sitemap unless said otherwise.
    public func page(_ target: RouteTarget, _ template: String, source: SourceLocation? = nil, inSitemap: Bool = true,
                     view: @escaping @Sendable (PageContext) -> PageView) -> PlannedPage {
        PlannedPage(route: Route(target, language: language, source: source, inSitemap: inSitemap), template: template, view: view)
    }

    /// Every page of a build in one language: the home page, each kind's pages in the
    /// registry's order, the portal's own pages, the kinds whose pages sit at the site root,
    /// and the 404 page.
    public static func pages(of site: DerivedSite, kinds: ContentKinds, language: String) -> [PlannedPage] {
        let plan = PagePlan(site: site, language: language)
        var pages = [PortalPages.home(plan)]
        for kind in kinds.all where !kind.pagesAtSiteRoot { pages += plan.pages(of: kind) }
        pages += PortalPages.sections(plan)
        for kind in kinds.all where kind.pagesAtSiteRoot { pages += plan.pages(of: kind) }
        pages.append(PortalPages.notFound(plan))
        return pages
    }

    func pages<K: ContentKind>(of kind: K) -> [PlannedPage] { kind.pages(of: site[kind], self) }
}
