import Foundation
import KizunaContent
import KizunaSite

/// The portal's pages: one per page route, each its view through the theme's template.
struct HTMLPages: OutputGenerator {
    func routes(for site: DerivedSite, theme: Theme) -> [Route] { PageRoutes.routes(for: site) }

    /// Pages are rendered on every core, each written to the sink as soon as it is made. The
    /// files do not depend on the order the threads finish in; errors are sorted.
    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let context = SharedContext(pages: self, site: site)
        let routes = site.routes.routes.filter { $0.format == .html }
        let outcome = RenderOutcome()
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: (routes.count + chunk - 1) / chunk) { index in
            for route in routes[(index * chunk)..<min(routes.count, (index + 1) * chunk)] {
                guard !outcome.failedToWrite else { return }
                switch render(route, site, context) {
                case .file(let file):
                    do { try sink.write(file) } catch { outcome.record(error) }
                case .problem(let problem):
                    outcome.record(problem)
                }
            }
        }
        try outcome.check()
    }

    enum Page {
        case file(OutputFile)
        case problem(Diagnostic)
    }

    func render(_ route: Route, _ site: RenderedSite, _ shared: SharedContext) -> Page {
        guard let page = site.views.page(for: route) else {
            return .problem(Diagnostic.error(route.source ?? site.derived.site.at.file, "nothing to show on \(route.target.described) (\(route.file))"))
        }
        var context = TemplateContext.make(page.body) as? [String: Any] ?? [:]
        for (key, value) in shared.values { context[key] = value }
        context["meta"] = TemplateContext.make(meta(page, route, site))
        context["nav"] = shared.navigations[route.target.section]
        switch site.theme.render(page.template, context) {
        case .success(let html): return .file(OutputFile(path: route.file, contents: .bytes(Data(html.utf8))))
        case .failure(let problem): return .problem(Diagnostic.error(problem.location, "\(problem.message) (rendering \(route.file))"))
        }
    }

    /// What every page shares, made once: `site`, `urls`, `footer_pages`, the strings `t`, and
    /// the navigation for each section (it differs only in which section is current).
    struct SharedContext: @unchecked Sendable {
        // Dictionaries of strings, numbers and booleans, only read once made.
        let values: [String: Any]
        let navigations: [String: Any]

        init(pages: HTMLPages, site: RenderedSite) {
            values = site.views.shared
            let items = pages.navigation(site)
            var navigations: [String: Any] = [:]
            for section in Set(site.routes.routes.map(\.target.section)) {
                navigations[section] = items.map { item -> Any in
                    var item = item
                    item.current = item.section == section
                    return TemplateContext.make(item)
                }
            }
            self.navigations = navigations
        }
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
