import Foundation
import KizunaContent
import KizunaSite

/// `/directory/data.json`: what the directory's script filters and finds, members builds only.
/// Made from `PublishedProfile` alone, so it holds only what the pages show: listed members and
/// the fields each consented to (the reading `name_kana` goes with `name`).
struct DirectoryDataFile: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        plan.derived.directory == nil ? [] : [Route(.directoryData, format: .file, language: plan.language)]
    }

    struct Data: Encodable {
        var version = 1
        var profiles: [Entry]
    }

    /// One listed profile. `facets` are the filters' keys (`decade`, `industry`, `role`,
    /// `interest`, `mentor`), as the filter pages and the query parameters spell them; `text` is
    /// the other words the search box finds (the name in Latin letters, the company …).
    struct Entry: Encodable {
        var url: String
        var name: String
        var nameKana: String?
        var joined: Int?
        var facets: [String: [String]]
        var text: String

        enum CodingKeys: String, CodingKey {
            case url, name, nameKana = "name_kana", joined, facets, text
        }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        guard let directory = site.derived.directory else { return }
        let views = site.views
        let entries = directory.map { p in
            var facets: [String: [String]] = [:]
            if let joined = p.joined { facets["decade"] = [DirectoryFacets.key(DirectoryFacets.decade(joined))] }
            if let industry = p.industry { facets["industry"] = [DirectoryFacets.key(industry)] }
            if let role = p.role { facets["role"] = [DirectoryFacets.key(role)] }
            if !p.interests.isEmpty { facets["interest"] = p.interests.map(DirectoryFacets.key) }
            if p.mentor == true { facets["mentor"] = ["yes"] }
            let words = [p.nameEN, p.industry.map(site.derived.site.industryName), p.role, p.company] + (p.departments + p.interests).map(Optional.some)
            return Entry(url: views.url(.profile(p.slug)), name: p.name, nameKana: p.nameKana, joined: p.joined,
                         facets: facets.filter { !$0.value.allSatisfy(\.isEmpty) }, text: words.compactMap { $0 }.joined(separator: " "))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = ControlCharacters.replaced(inJSON: try encoder.encode(Data(profiles: entries)))
        data.append(0x0A)
        try sink.write(OutputFile(.directoryData, contents: .bytes(data)))
    }
}
