import Foundation
import KizunaContent
import KizunaSite

/// `digest/<yyyy-mm>/index.txt` beside each month's digest page, in each language: the same
/// digest as plain text for mail clients and mailing lists (`DigestText`). Made from the page's
/// view, so it holds only what the build publishes.
struct DigestTextFiles: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        plan.derived.digests.map { Route(.digestText($0.month), format: .file, language: plan.language, inSitemap: false) }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        for digest in site.derived.digests {
            try sink.write(OutputFile(.digestText(digest.month), contents: .bytes(Data(site.views.digestText(digest).utf8))))
        }
    }
}
