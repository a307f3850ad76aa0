import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A tag shows by its display name (site.yaml's `tags:`) on every kind that has tags, and the
/// search index finds it by that name.
@Suite struct TagNameTests {
    @Test func asksAndPostingsShowTheTagsDisplayName() throws {
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML + "tags:\n  kansai: 関西\n",
            "asks/q.yaml": "title: 大阪の相談\nposted: 2025-07-01\nrespond: mailto:a@example.com\naudience: public\ntags: [kansai]\n",
            "opportunities/o.yaml": "title: 大阪の営業\nkind: rehire\nposted: 2025-07-01\ndeadline: 2025-09-30\napply: https://jobs.example.com/o\naudience: public\ntags: [kansai]\n",
        ])
        let moment = try #require(Timestamp(iso: "2025-07-10T12:00:00+09:00", zone: SiteConfig.defaultTimeZone)).date
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", now: moment)).renderedFiles()
        let site = built.texts()
        for page in ["asks/q/index.html", "opportunities/index.html", "opportunities/rehire/index.html"] {
            let html = try #require(site[page], "\(page)")
            #expect(html.contains("関西"), "\(page)")
            #expect(!html.contains(">#kansai<") && !html.contains(">kansai<"), "\(page) shows the key")
        }
        let index = try #require(site["search/index.json"])
        #expect(index.components(separatedBy: "関西").count - 1 == 2, "both entries are found by the name: \(index)")
    }

    /// One map shape for tags, segments and industries: one name for every language, or one per
    /// language; the site's language picks, an English-only name is borrowed rather than the key.
    @Test func tagsSegmentsAndIndustriesAreNamedPerLanguage() throws {
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML + """
            tags:
              kansai: {ja: 関西, en: Kansai}
              Remote-Work: リモートワーク
              tokyo: {en: Tokyo}
            segments:
              hr-alumni: {ja: 人事部門の卒業生, en: HR alumni}
            industries:
              hr-services: {ja: 人材サービス, en: HR services}

            """,
            "news/n.md": "---\ntitle: 関西の集い\ndate: 2025-07-01\ntags: [kansai, remote-work, tokyo]\n---\n本文\n",
            "events/e.yaml": "title: 人事の卒業生の会\nstart: 2025-08-01T19:00:00+09:00\nend: 2025-08-01T21:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/e\naudience: public\nsegments: [hr-alumni]\n",
            "alumni/p.yaml": "name: 山田花子\njoined: 2010\nindustry: hr-services\nconsent:\n  directory: true\n  fields: [name, joined, industry]\n  stats: true\n",
        ])
        let moment = try #require(Timestamp(iso: "2025-07-10T12:00:00+09:00", zone: SiteConfig.defaultTimeZone)).date
        let (built, warnings) = try Build(settings(content: dir.path, output: dir.path + "-site", audience: .members, now: moment)).renderedFiles()
        let site = built.texts()
        let post = try #require(site["news/n/index.html"])
        #expect(post.contains("関西") && post.contains("リモートワーク") && post.contains("Tokyo"))
        #expect(!post.contains(">Kansai<") && !post.contains(">kansai<"))
        let event = try #require(site["events/e/index.html"])
        #expect(event.contains("人事部門の卒業生") && !event.contains("HR alumni"))
        let profile = try #require(site["members/directory/p/index.html"] ?? site["directory/p/index.html"])
        #expect(profile.contains("人材サービス") && !profile.contains("hr-services"))
        // `tokyo` has only an English name: a Japanese site warns about it, once.
        let nameless = warnings.map(\.message).filter { $0.contains("has no display name") }
        #expect(nameless.count == 1 && nameless[0].contains("'tokyo'"), "\(nameless)")
    }

    @Test func theMapsAreCheckedAndEveryProblemLocated() throws {
        let lines = try buildErrors([
            "site.yaml": minimalSiteYAML + """
            tags:
              kansai: {ja: 関西, jp: Kansai, fr: Kansai}
              Kansai: 関西地方
            segments:
              関西 在住: 関西
              hr: [a, b]
            industries: [hr]

            """,
        ])
        #expect(lines == [
            "<dir>/site.yaml:5:20: error: the names of tag 'kansai' are given per language code (ja, en …), and 'jp' is not one",
            "<dir>/site.yaml:6:3: error: 'Kansai' is named twice in 'tags' (first at line 5)",
            "<dir>/site.yaml:8:3: error: segment '関西 在住' \(SlugProblem.of("関西 在住")?.english ?? "")",
            "<dir>/site.yaml:9:7: error: the display name of segment 'hr' must be text, or one per language ({ja: 人事部門の卒業生, en: HR alumni})",
            "<dir>/site.yaml:10:13: error: 'industries' must map each key to its display name, e.g. {hr-services: 人材サービス}",
        ], "\(lines)")
    }
}
