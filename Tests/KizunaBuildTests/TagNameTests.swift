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
}
