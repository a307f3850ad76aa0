import Foundation

/// A file of the finished site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes(Data)
        /// Copied from a file on disk (static files, theme assets) without reading it into memory here.
        case copy(from: String)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}

/// Render stage: page contexts through the theme's templates, plus sitemap, robots.txt,
/// static files and theme assets.
public struct SiteRenderer: Sendable {
    public var theme: Theme

    public init(theme: Theme) { self.theme = theme }

    public func render(_ derived: DerivedSite) -> [OutputFile] {
        let paths = SitePaths(site: derived.site)
        let format = DisplayFormat(strings: theme.strings, zone: derived.site.timeZone)
        let builder = ContextBuilder(derived: derived, paths: paths, format: format)
        let specs = pages(builder)
        let common = commonContext(builder)
        var files: [OutputFile] = specs.map { spec in
            var context = common
            for (key, value) in spec.context { context[key] = value }
            context["page"] = pageContext(spec, paths: paths, site: derived.site)
            context["nav"] = navigation(builder, current: spec.section)
            let html = theme.render(spec.template, context)
            return OutputFile(path: spec.filePath, contents: .bytes(Data(html.utf8)))
        }
        files.append(OutputFile(path: "sitemap.xml", contents: .bytes(Data(Sitemap.xml(specs.filter(\.inSitemap).map { paths.absolute($0.path) }).utf8))))
        files.append(OutputFile(path: "robots.txt", contents: .bytes(Data(robots(derived, paths).utf8))))
        files += derived.staticFiles.map { OutputFile(path: "static/" + $0.path, contents: .copy(from: $0.sourcePath)) }
        files += theme.assets.map { OutputFile(path: "assets/" + $0.path, contents: .copy(from: $0.sourcePath)) }
        return files
    }

    func commonContext(_ c: ContextBuilder) -> [String: Any] {
        let site = c.site
        var siteContext: [String: Any] = [
            "title": site.title,
            "lang": site.language,
            "base": c.paths.basePath,
            "url": site.baseURL,
            "members_build": c.derived.options.audience == .members,
            "year": String(Calendar.gregorian(site.timeZone).component(.year, from: c.now)),
        ]
        if let description = site.description { siteContext["description"] = description }
        if let org = site.organization {
            var o: [String: Any] = ["name": org.name]
            if let url = org.url { o["url"] = url.url }
            if let logo = org.logo { o["logo"] = c.paths.sitePath(logo) }
            siteContext["organization"] = o
        }
        return [
            "site": siteContext,
            "t": c.strings.templateDictionary,
            "footer_pages": c.derived.pages.filter { $0.page.menu != nil }.map {
                ["title": $0.page.title, "url": c.link(SitePaths.page($0.page.slug))]
            },
        ]
    }

    func pageContext(_ spec: PageSpec, paths: SitePaths, site: SiteConfig) -> [String: Any] {
        var page: [String: Any] = [
            "title": spec.title,
            "full_title": spec.path.isEmpty ? site.title : spec.title + " | " + site.title,
            "url": paths.url(spec.path),
            "canonical": paths.absolute(spec.path),
            "section": spec.section,
        ]
        if let description = spec.description ?? site.description { page["description"] = description }
        return page
    }

    func navigation(_ c: ContextBuilder, current: String) -> [[String: Any]] {
        var sections = ["news", "events", "opportunities"]
        if c.derived.directory != nil { sections.append("directory") }
        sections += ["network", "surveys", "asks"]
        return sections.map { section in
            ["label": c.strings["nav.\(section)"], "url": c.link(section + "/"), "current": section == current, "section": section]
        }
    }

    /// A members build is served behind the network's login: ask crawlers to stay out entirely.
    func robots(_ derived: DerivedSite, _ paths: SitePaths) -> String {
        if derived.options.audience == .members {
            return "# Members-only portal: not for search engines.\nUser-agent: *\nDisallow: /\n"
        }
        return "User-agent: *\nAllow: /\n\nSitemap: \(paths.absolute("sitemap.xml"))\n"
    }
}

/// sitemap.xml (sitemaps.org 0.9) of the pages worth indexing.
enum Sitemap {
    static func xml(_ urls: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { out += "  <url><loc>\(HTMLEscape.text(url))</loc></url>\n" }
        return out + "</urlset>\n"
    }
}
