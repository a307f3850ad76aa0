import Foundation
import KizunaContent
import KizunaSite

/// sitemap.xml (sitemaps.org 0.9) of the routes marked for it, by absolute URL.
struct SitemapFile: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        [Route(.sitemap, format: .file, language: plan.language)]
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let urls = site.routes.routes.filter(\.inSitemap).map { site.routes.absoluteURL($0.target) }
        try sink.write(OutputFile(RouteTarget.sitemap, contents: .bytes(Data(Self.xml(urls).utf8))))
    }

    static func xml(_ urls: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { out += "  <url><loc>\(HTMLEscape.text(url))</loc></url>\n" }
        return out + "</urlset>\n"
    }
}
