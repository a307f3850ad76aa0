import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild

/// `extra:` is the one place for editors' own data: any kind takes it, templates read it with
/// its keys as written, a profile never shows it, and a link in it that would run code is refused.
@Suite struct ExtraFieldsTests {
    /// The default theme with one line added to the news post and event templates that shows `extra`.
    func themeShowingExtra() throws -> TemporaryDirectory {
        let theme = try TemporaryDirectory([:])
        try FileManager.default.removeItem(atPath: theme.path)
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: theme.path)
        let show = "{{#extra}}<p id=\"extra\">{{room}}|{{#speakers}}<i>{{.}}</i>{{/speakers}}|{{contact.name}}|{{zoomID}}</p>{{/extra}}"
        for (template, section) in [("news-post", "{{#post}}"), ("event", "{{#event}}")] {
            let path = theme.path + "/templates/\(template).mustache"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: section, with: section + show, options: [], range: text.range(of: section))
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        let base = theme.path + "/templates/layouts/base.mustache"
        let layout = try String(contentsOfFile: base, encoding: .utf8)
        try layout.replacingOccurrences(of: "<body", with: "{{#site.extra}}<!-- contact: {{contact}} -->{{/site.extra}}<body")
            .write(toFile: base, atomically: true, encoding: .utf8)
        return theme
    }

    @Test func everyKindHandsExtraToItsTemplates() throws {
        let theme = try themeShowingExtra()
        let extra = "extra:\n  room: 22階 <大会議室>\n  speakers: [山田, 佐藤]\n  contact: {name: 人事部}\n  zoomID: \"123\"\n"
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML + "extra:\n  contact: alumni@example.com\n",
            "news/n.md": "---\ntitle: お知らせ\ndate: 2025-07-01\n" + extra + "---\n本文\n",
            "events/e.yaml": "title: 交流会\nstart: 2025-08-01T19:00:00+09:00\nend: 2025-08-01T21:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/e\naudience: public\n" + extra,
            "alumni/p.yaml": "name: 山田花子\njoined: 2010\nconsent:\n  directory: true\n  fields: [name, joined]\n  stats: true\nextra:\n  phone: 090-0000-0000\n",
        ])
        var s = settings(content: dir.path, output: dir.path + "-site", audience: .members,
                         now: try #require(Timestamp(iso: "2025-07-10T12:00:00+09:00", zone: SiteConfig.defaultTimeZone)).date)
        s.themeDirectory = theme.path
        let (built, _) = try Build(s).renderedFiles()
        let site = built.texts()
        for page in ["news/n/index.html", "events/e/index.html"] {
            let html = try #require(site[page], "\(page)")
            // Keys as written (zoomID, not zoom_id); values escaped like every template value.
            #expect(html.contains("<p id=\"extra\">22階 &lt;大会議室&gt;|<i>山田</i><i>佐藤</i>|人事部|123</p>"), "\(page)")
            #expect(html.contains("<!-- contact: alumni@example.com -->"))
        }
        // A profile's extra is the editors' own record: never on any page.
        for (name, text) in site { #expect(!text.contains("090-0000-0000"), "\(name)") }
    }

    @Test func extraIsCheckedLikeEveryField() throws {
        let lines = try buildErrors([
            "site.yaml": minimalSiteYAML,
            "news/a.md": "---\ntitle: A\ndate: 2025-07-01\nextras: {room: 1}\n---\n本文\n",
            "news/b.md": "---\ntitle: B\ndate: 2025-07-01\nextra: [a, b]\n---\n本文\n",
            "news/c.md": "---\ntitle: C\ndate: 2025-07-01\nextra:\n  link: \" JavaScript:alert(1)\"\n  list: [https://example.com, \"data:text/html,x\"]\n---\n本文\n",
        ])
        #expect(lines == [
            "<dir>/news/a.md:4:1: error: unknown field 'extras': did you mean 'extra'?",
            "<dir>/news/b.md:4:8: error: 'extra' must be a mapping of your own fields (room: 22F), not a list",
            "<dir>/news/c.md:5:9: error: 'extra.link' starts with 'javascript:', a link that would run in readers' browsers; only https://, http:// and mailto: links are allowed",
            "<dir>/news/c.md:6:31: error: 'extra.list.1' starts with 'data:', a link that would run in readers' browsers; only https://, http:// and mailto: links are allowed",
        ], "\(lines)")
    }
}
