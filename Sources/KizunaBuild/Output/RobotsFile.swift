import Foundation
import KizunaContent
import KizunaSite

/// robots.txt: a public build points crawlers at the sitemap; a members build is served behind
/// the network's login and asks crawlers to stay out entirely, and so does a preview
/// (`--noindex`: a pull request's build, a staging host).
struct RobotsFile: OutputGenerator {
    var perLanguage: Bool { false }
    func routes(for plan: SitePlan) -> [Route] {
        [Route(.robots, format: .file, language: plan.language)]
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let text = site.derived.options.audience == .members
            ? "# Members-only portal: not for search engines.\nUser-agent: *\nDisallow: /\n"
            : site.derived.options.noindex
            ? "# A preview (kizuna build --noindex): not for search engines.\nUser-agent: *\nDisallow: /\n"
            : "User-agent: *\nAllow: /\n\nSitemap: \(site.routes.absoluteURL(.sitemap))\n"
        try sink.write(OutputFile(RouteTarget.robots, contents: .bytes(Data(text.utf8))))
    }
}
