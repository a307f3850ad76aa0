import Foundation
import KizunaContent
import KizunaSite

/// The sharded search index (`SearchShards`) the search page reads: the same entries as
/// `index.json` (what the build publishes, for its audience), split so a query downloads only
/// the shards of its terms and of the results it shows. Shard counts come from the plan's page
/// count, so the routes are known before anything renders.
struct SearchShardFiles: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        let counts = SearchShards.counts(pages: plan.pages.count)
        return [Route(.searchManifest, format: .file, language: plan.language)]
            + (0..<counts.terms).map { Route(.searchTerms($0), format: .file, language: plan.language) }
            + (0..<counts.documents).map { Route(.searchDocuments($0), format: .file, language: plan.language) }
    }

    struct Manifest: Encodable {
        var version = 3
        var terms: Int
        var documents: Int
        var count: Int
    }

    struct Terms: Encodable { var terms: [String: String] }
    struct Documents: Encodable { var documents: [String: SearchShards.Document] }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let context = PageContext(views: site.views)
        let entries = site.plan.kinds.all.flatMap { SearchIndexFile.entries($0, context) }
        let counts = SearchShards.counts(pages: site.plan.pages.count)
        let shards = SearchShards(entries, terms: counts.terms, documents: counts.documents)
        try sink.write(OutputFile(.searchManifest, contents: .bytes(try Self.json(Manifest(terms: counts.terms, documents: counts.documents, count: shards.count)))))
        for (n, terms) in shards.termShards.enumerated() {
            try sink.write(OutputFile(.searchTerms(n), contents: .bytes(try Self.json(Terms(terms: terms)))))
        }
        for (n, documents) in shards.documentShards.enumerated() {
            try sink.write(OutputFile(.searchDocuments(n), contents: .bytes(try Self.json(Documents(documents: documents)))))
        }
    }

    /// Sorted keys (the same bytes every build), no control character (`ControlCharacters`).
    static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = ControlCharacters.replaced(inJSON: try encoder.encode(value))
        data.append(0x0A)
        return data
    }
}
