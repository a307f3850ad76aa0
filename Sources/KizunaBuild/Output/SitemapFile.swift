import Foundation
import KizunaContent
import KizunaSite

/// sitemap.xml (sitemaps.org 0.9) of the routes marked for it, by absolute URL.
struct SitemapFile: OutputGenerator {
    var perLanguage: Bool { false }
    func routes(for plan: SitePlan) -> [Route] {
        [Route(.sitemap, format: .file, language: plan.language)]
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let text: String
        if site.languages.isMultilingual {
            text = Self.xml(site.languages.languages.flatMap { language in
                language.routes.routes.filter(\.inSitemap).map { route in
                    (language.routes.absoluteURL(route.target), site.languages.alternates(of: route, in: language.code))
                }
            })
        } else {
            text = Self.xml(site.routes.routes.filter(\.inSitemap).map { site.routes.absoluteURL($0.target) })
        }
        try sink.write(OutputFile(RouteTarget.sitemap, contents: .bytes(Data(text.utf8))))
    }

    /// Every language's pages, each with its translations as `xhtml:link` alternates (Google's
    /// sitemap form of hreflang): every version lists all, itself included.
    static func xml(_ pages: [(url: String, alternates: [(hreflang: String, url: String)])]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for page in pages {
            out += "  <url><loc>\(HTMLEscape.text(page.url))</loc>"
            for alternate in page.alternates {
                out += "\n    <xhtml:link rel=\"alternate\" hreflang=\"\(HTMLEscape.attribute(alternate.hreflang))\" href=\"\(HTMLEscape.attribute(alternate.url))\"/>"
            }
            out += page.alternates.isEmpty ? "</url>\n" : "\n  </url>\n"
        }
        return out + "</urlset>\n"
    }

    static func xml(_ urls: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { out += "  <url><loc>\(HTMLEscape.text(url))</loc></url>\n" }
        return out + "</urlset>\n"
    }
}
