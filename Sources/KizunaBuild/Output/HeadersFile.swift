import Foundation
import KizunaContent
import KizunaSite

/// `_headers` of a members build, for the hosts that read one (Netlify, Cloudflare Pages): every
/// page served behind the login is kept out of search engines and out of shared caches, even if
/// a page's own `<meta name="robots">` is never read (a PDF, a feed, an image). The nginx recipe
/// (docs/examples/nginx-members.conf) sets the same headers itself. A public build has none.
struct HeadersFile: OutputGenerator {
    var perLanguage: Bool { false }
    static let text = """
        # Members-only portal (kizuna build --audience members): served behind the network's login.
        /*
          X-Robots-Tag: noindex, nofollow
          Cache-Control: private, no-cache

        """

    func routes(for plan: SitePlan) -> [Route] {
        plan.derived.options.audience == .members ? [Route(.headersFile, format: .file, language: plan.language, inSitemap: false)] : []
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        guard site.derived.options.audience == .members else { return }
        try sink.write(OutputFile(RouteTarget.headersFile, contents: .bytes(Data(Self.text.utf8))))
    }
}
