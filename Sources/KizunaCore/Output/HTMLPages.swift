import Foundation
import KizunaContent
import KizunaSite

/// The portal's pages: one per page route, each its view through the theme's template.
struct HTMLPages: OutputGenerator {
    func routes(for site: DerivedSite, theme: Theme) -> [Route] { PageRoutes.routes(for: site) }

    func files(for site: RenderedSite) throws(BuildFailure) -> [OutputFile] {
        let views = site.views
        let shared = sharedContext(site)
        // The navigation differs only in its current section: make each variant once.
        let items = navigation(site)
        var navigations: [String: Any] = [:]
        for section in Set(site.routes.routes.map(\.target.section)) {
            navigations[section] = items.map { item -> Any in
                var item = item
                item.current = item.section == section
                return TemplateContext.make(item)
            }
        }
        var problems = Diagnostics()
        var files: [OutputFile] = []
        for route in site.routes.routes where route.format == .html {
            guard let page = views.page(for: route) else {
                problems.error(route.source ?? site.derived.site.at.file, "nothing to show on \(route.target.described) (\(route.file))")
                continue
            }
            var context = TemplateContext.make(page.body) as? [String: Any] ?? [:]
            for (key, value) in shared { context[key] = value }
            context["meta"] = TemplateContext.make(meta(page, route, site))
            context["nav"] = navigations[route.target.section]
            switch site.theme.render(page.template, context) {
            case .success(let html): files.append(OutputFile(path: route.file, contents: .bytes(Data(html.utf8))))
            case .failure(let problem): problems.error(problem.location, "\(problem.message) (rendering \(route.file))")
            }
        }
        if problems.hasErrors { throw BuildFailure(problems.sorted) }
        return files
    }

    /// What every page sees: `site`, `urls`, `footer_pages` and the strings `t`.
    func sharedContext(_ site: RenderedSite) -> [String: Any] {
        let config = site.derived.site
        let views = site.views
        let routes = site.routes
        let siteView = SiteView(
            title: config.title, lang: config.language, url: config.baseURL,
            membersBuild: site.derived.options.audience == .members,
            year: String(Calendar.gregorian(config.timeZone).component(.year, from: site.derived.options.now)),
            description: config.description,
            organization: config.organization.map { .init(name: $0.name, url: $0.url?.url, logo: $0.logo.map(views.sitePath)) })
        let urls = URLsView(
            home: routes.url(.home), news: routes.url(.newsList(page: 1)), newsTags: routes.url(.newsTags),
            events: routes.url(.events), opportunities: routes.url(.opportunities),
            boards: Dictionary(uniqueKeysWithValues: Opportunity.Kind.allCases.map { ($0.rawValue, routes.url(.opportunityBoard($0))) }),
            directory: routes.contains(.directory) ? routes.url(.directory) : nil,
            network: routes.url(.network), surveys: routes.url(.surveys), asks: routes.url(.asks),
            pages: Dictionary(site.derived.pages.map { ($0.page.slug, routes.url(.page($0.page.slug))) }, uniquingKeysWith: { a, _ in a }),
            assets: Dictionary(site.theme.assets.map { (Self.assetKey($0.path), routes.url(.asset($0.path))) }, uniquingKeysWith: { a, _ in a }))
        return [
            "site": TemplateContext.make(siteView),
            "urls": TemplateContext.make(urls),
            "t": site.theme.strings.templateDictionary,
            "footer_pages": TemplateContext.make(site.derived.pages.filter { $0.page.menu != nil }.map {
                LinkView(title: $0.page.title, url: routes.url(.page($0.page.slug)))
            }),
        ]
    }

    /// `style.css` → `style_css`: Mustache reads a dot as a step into a dictionary.
    static func assetKey(_ path: String) -> String {
        String(path.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    func meta(_ page: PageView, _ route: Route, _ site: RenderedSite) -> MetaView {
        let config = site.derived.site
        return MetaView(
            title: page.title, fullTitle: route.target == .home ? config.title : page.title + " | " + config.title,
            url: site.routes.url(route.target), canonical: site.routes.absoluteURL(route.target),
            description: page.description ?? config.description, section: route.target.section,
            robots: site.derived.options.audience == .members ? "noindex, nofollow" : route.noindex ? "noindex" : nil)
    }

    /// The main sections, in order; the directory only when the build has it.
    func navigation(_ site: RenderedSite) -> [NavItemView] {
        let sections: [RouteTarget] = [.newsList(page: 1), .events, .opportunities, .directory, .network, .surveys, .asks]
        return sections.filter(site.routes.contains).map {
            NavItemView(label: site.theme.strings["nav.\($0.section)"], url: site.routes.url($0), current: false, section: $0.section)
        }
    }
}
