import Foundation
import KizunaContent
import KizunaSite

/// The portal's pages: one per planned page (`PagePlan`), each its view through its template.
struct HTMLPages: OutputGenerator {
    /// The pages rendered: all, or those a test picks.
    var only: (@Sendable (RouteTarget) -> Bool)? = nil

    func pages(_ plan: SitePlan) -> [PlannedPage] { only.map { keep in plan.pages.filter { keep($0.route.target) } } ?? plan.pages }

    func routes(for plan: SitePlan) -> [Route] { pages(plan).map(\.route) }

    /// Pages are rendered on every core, each written to the sink as soon as it is made. The
    /// files do not depend on the order the threads finish in; errors are sorted.
    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let context = SharedContext(pages: self, site: site)
        let pages = pages(site.plan)
        let outcome = RenderOutcome()
        // Pages whose fingerprint matches the previous build's are linked from it, not rendered.
        let reuse = context.engine == nil ? nil : DeclaredFiles.pageReuse(of: sink)
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: (pages.count + chunk - 1) / chunk) { index in
            for planned in pages[(index * chunk)..<min(pages.count, (index + 1) * chunk)] {
                guard !outcome.failedToWrite else { return }
                switch render(planned, site, context, reuse: reuse) {
                case .file(let file, let fingerprint):
                    do {
                        try sink.write(file)
                        if let fingerprint { reuse?.record(file.path, fingerprint: fingerprint) }
                    } catch {
                        outcome.record(error)
                    }
                case .reused:
                    break
                case .problem(let problem):
                    outcome.record(problem)
                }
            }
        }
        try outcome.check()
    }

    enum Page {
        case file(OutputFile, fingerprint: String?)
        case reused
        case problem(Diagnostic)
    }

    func render(_ planned: PlannedPage, _ site: RenderedSite, _ shared: SharedContext, reuse: (any PageReuse)? = nil) -> Page {
        let route = planned.route
        let page = planned.view(PageContext(views: site.views))
        var context = TemplateContext.make(page.body) as? [String: Any] ?? [:]
        let meta = TemplateContext.make(meta(page, route, site))
        var fingerprint: String?
        if reuse != nil, let engine = shared.engine {
            // What this page shows: its own view and meta; what every page shares is fingerprinted once.
            var hash = Hash128()
            hash.add(engine)
            hash.add(planned.template)
            hash.add(route.target.section)
            ContextFingerprint.add(context, to: &hash)
            ContextFingerprint.add(meta, to: &hash)
            fingerprint = hash.hex
            if let fingerprint, reuse?.reuse(route.file, fingerprint: fingerprint) == true { return .reused }
        }
        for (key, value) in shared.values { context[key] = value }
        context["meta"] = meta
        context["nav"] = shared.navigations[route.target.section]
        switch site.theme.render(planned.template, context) {
        case .success(let html): return .file(OutputFile(route.target, contents: .bytes(Data(html.utf8))), fingerprint: fingerprint)
        case .failure(let problem): return .problem(Diagnostic.error(problem.location, OutputMessage.renderFailed(problem.message, file: route.file)))
        }
    }

    /// What every page shares, made once: `site`, `urls`, `footer_pages`, the strings `t`, and
    /// the navigation for each section (it differs only in which section is current).
    struct SharedContext: @unchecked Sendable {
        // Dictionaries of strings, numbers and booleans, only read once made.
        let values: [String: Any]
        let navigations: [String: Any]
        /// The engine, the templates and everything shared, fingerprinted once; nil when the
        /// engine cannot be told (then no page is reused).
        let engine: String?

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
            if let binary = InputFingerprint.engine() {
                var hash = Hash128()
                hash.add(binary)
                hash.add(site.theme.templatesFingerprint)
                ContextFingerprint.add(values, to: &hash)
                ContextFingerprint.add(navigations, to: &hash)
                engine = hash.hex
            } else {
                engine = nil
            }
        }
    }

    func meta(_ page: PageView, _ route: Route, _ site: RenderedSite) -> MetaView {
        let config = site.derived.site
        let image = (page.article?.image ?? config.image).map(site.routes.absoluteURL(forSitePath:))
        let untranslated = route.source.flatMap { site.derived.untranslatedLanguage(of: $0) }
        var meta = MetaView(
            title: page.title,
            fullTitle: route.target == .home ? config.title : site.theme.strings.format("common.page_title", ["page": page.title, "site": config.title]),
            url: site.routes.url(route.target), canonical: site.routes.absoluteURL(route.target),
            description: page.description ?? config.description, section: route.target.section,
            robots: site.derived.options.audience == .members ? "noindex, nofollow" : site.derived.options.noindex ? "noindex" : nil,
            ogType: page.article == nil ? "website" : "article",
            // From the theme's strings, so that a language is a file of strings, not a change here.
            ogLocale: site.theme.strings["common.og_locale"],
            image: image, twitterCard: image == nil ? "summary" : "summary_large_image",
            article: page.article.map { .init(publishedTime: $0.published, modifiedTime: $0.modified, tags: $0.tags) })
        guard site.languages.isMultilingual else { return meta }
        let language = config.language
        meta.alternates = site.languages.alternates(of: route, in: language).map { .init(hreflang: $0.hreflang, href: $0.url) }
        meta.languages = .init(label: site.theme.strings["common.language_switch"], items: site.languages.choices(for: route, in: language).map {
            .init(lang: $0.code, name: $0.name, url: $0.url, absoluteURL: $0.absoluteURL, current: $0.current, home: $0.home)
        })
        if untranslated != nil {
            meta.untranslated = site.views.untranslatedView
            // The page repeats the root language's: search engines are sent there.
            if let root = site.languages.languages.first { meta.canonical = root.routes.absoluteURL(route.target) }
        }
        return meta
    }

    /// The main sections, each kind's page in the registry's order; the directory only when the build has it.
    func navigation(_ site: RenderedSite) -> [NavItemView] {
        site.plan.kinds.navigation.filter(site.routes.contains).map {
            NavItemView(label: site.theme.strings["nav.\($0.section)"], url: site.routes.url($0), current: false, section: $0.section)
        }
    }
}
