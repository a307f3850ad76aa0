import Foundation
import KizunaContent
import KizunaSite

/// `/search/index.json`: what the search page's script searches, made at build time so search
/// needs no server. Only what the build publishes, as the pages show it: open postings and
/// asks, and in a members build the directory's consented fields — never a field a member did
/// not agree to show, and never a members-only item in a public build (derive decided both).
struct SearchIndexFile: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        [Route(.searchIndex, format: .file, language: plan.language)]
    }

    struct Index: Encodable {
        var version = 1
        var entries: [SearchEntry]
    }

    /// Each kind's entries, in the registry's order.
    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let context = PageContext(views: site.views)
        let entries = site.plan.kinds.all.flatMap { Self.entries($0, context) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // No control character reaches the search page, raw or escaped (`ControlCharacters`).
        var data = ControlCharacters.replaced(inJSON: try encoder.encode(Index(entries: entries)))
        data.append(0x0A)
        try sink.write(OutputFile(.searchIndex, contents: .bytes(data)))
    }

    static func entries<K: ContentKind>(_ kind: K, _ context: PageContext) -> [SearchEntry] {
        kind.searchEntries(of: context.site[kind], context).map { entry in
            var entry = entry
            entry.dateLabel = entry.date.flatMap { LocalDate(iso: Substring($0)) }.map(context.format.date)
            return entry
        }
    }
}
