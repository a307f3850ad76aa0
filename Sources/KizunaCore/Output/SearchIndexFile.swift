import Foundation
import KizunaContent
import KizunaSite

/// `/search/index.json`: what the search page's script searches, made at build time so search
/// needs no server. Only what the build publishes, as the pages show it: open postings and
/// asks, and in a members build the directory's consented fields — never a field a member did
/// not agree to show, and never a members-only item in a public build (derive decided both).
struct SearchIndexFile: OutputGenerator {
    func routes(for site: DerivedSite, theme: Theme) -> [Route] {
        [Route(.searchIndex, format: .file, language: site.site.language)]
    }

    struct Entry: Encodable {
        /// What kind of page, as the page shows it ("お知らせ", "イベント" …).
        var kind: String
        var title: String
        var url: String
        /// The day it is dated (yyyy-mm-dd), when it has one.
        var date: String?
        /// Searched and shown under the title.
        var text: String
    }

    struct Index: Encodable {
        var version = 1
        var entries: [Entry]
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let d = site.derived, t = site.theme.strings, zone = d.site.timeZone
        func url(_ target: RouteTarget) -> String { site.routes.url(target) }
        func day(_ date: Date) -> String { LocalDate(date, zone: zone).description }
        func joined(_ parts: [String?]) -> String { parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ") }

        var entries: [Entry] = []
        for p in d.news {
            entries.append(Entry(kind: t["search.kind.news"], title: p.post.title, url: url(.newsPost(p.post.slug)), date: day(p.post.date.date),
                                 text: joined([p.summary, p.post.tags.map(d.site.tagName).joined(separator: " ")])))
        }
        for e in d.allEvents {
            entries.append(Entry(kind: t["search.kind.event"], title: e.event.title, url: url(.event(e.event.slug)), date: day(e.event.start.date),
                                 text: joined([e.event.venue?.name, e.event.segments.map(d.site.segmentLabel).joined(separator: " ")])))
        }
        for o in d.openOpportunities {
            entries.append(Entry(kind: t["opportunity.kind.\(o.opportunity.kind.rawValue)"], title: o.opportunity.title,
                                 url: url(.opportunity(o.opportunity.slug)), date: o.opportunity.posted.description,
                                 text: joined([o.opportunity.summary, o.opportunity.location, o.opportunity.tags.joined(separator: " ")])))
        }
        for a in d.openAsks {
            entries.append(Entry(kind: t["search.kind.ask"], title: a.ask.title, url: url(.ask(a.ask.slug)), date: a.ask.posted.description,
                                 text: a.ask.tags.joined(separator: " ")))
        }
        for s in d.surveys {
            entries.append(Entry(kind: t["search.kind.survey"], title: s.survey.title, url: url(.survey(s.survey.slug)), date: nil,
                                 text: s.survey.summary ?? ""))
        }
        for p in d.pages {
            entries.append(Entry(kind: t["search.kind.page"], title: p.page.title, url: url(.page(p.page.slug)), date: nil,
                                 text: p.page.description ?? ""))
        }
        // Only PublishedProfile reaches here: consented fields, listed members, members builds.
        for p in d.directory ?? [] {
            entries.append(Entry(kind: t["search.kind.profile"], title: p.name, url: url(.profile(p.slug)), date: nil,
                                 text: joined([p.nameEN, p.industry, p.role, p.company, p.interests.joined(separator: " ")])))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // No control character reaches the search page, raw or escaped (`ControlCharacters`).
        var data = ControlCharacters.replaced(inJSON: try encoder.encode(Index(entries: entries)))
        data.append(0x0A)
        try sink.write(OutputFile(path: RouteTarget.searchIndex.file, contents: .bytes(data)))
    }
}
