import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Issue 16: NUL and VT in a title were written raw into HTML. Control characters (other than tab
/// and line feed) and noncharacters are refused at load with their line and column, and every
/// escaper turns one that still arrives into U+FFFD, so no output carries one raw.
@Suite struct ControlCharacterTests {
    /// The title of the report, and more of the kind: NUL, VT, ESC, DEL, NEL, CSI, noncharacters, CR.
    static let title = "総会\u{0}の\u{B}お\u{1B}知\u{7F}ら\u{85}せ\u{9B}です" + noncharacters + "\u{D}。"
    /// U+FFFE, U+FFFF, U+FDD0, U+1FFFE (Swift's literals do not take all of them).
    static let noncharacters = String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE].map { Unicode.Scalar($0)! }))
    static let refusedInTitle = 11

    /// What the test calls refused, written out here rather than taken from `ControlCharacters`,
    /// so the code and the test cannot share a blind spot.
    static func isRawControl(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFF >= 0xFFFE
    }

    /// The refused characters of an output file: every one, except the CRLF that ends each line
    /// of an iCalendar file. Invalid UTF-8 counts too (a lone byte of a noncharacter).
    static func rawControls(in data: Data, path: String) -> [String] {
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else { return ["\(path): not UTF-8"] }
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (i, c) in scalars.enumerated() where isRawControl(c) {
            if c == "\r", path.hasSuffix(".ics"), i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            found.append("\(path): U+\(String(c.value, radix: 16, uppercase: true)) at character \(i)")
        }
        return found
    }

    static let textFormats = ["html", "xml", "json", "ics", "txt", "svg", "webmanifest", "css", "js"]

    // MARK: Load

    @Test func aTitleWithControlsIsAnErrorAtEachOne() throws {
        // YAML escapes are the only way to write them: libyaml refuses them raw.
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "news/p.md": "---\ntitle: \"総会\\0の\\vお\\e知\\x7fら\\Nせ\\x9bです\\uFFFE\\U0001FFFE\\r\"\ndate: 2024-01-01\n---\n本文\n",
            "events/e.yaml": "title: 'ok'\nstart: 2024-01-01\nmode: online\nonline_url: https://x.example/\nvenue:\n  name: \"会\\a場\"\n",
        ])
        let tail = "which no page, feed or calendar can carry; delete it"
        #expect(lines == [
            "<dir>/events/e.yaml:6:11: error: '\\a' makes the invisible character U+0007 (bell), \(tail)",
            "<dir>/news/p.md:2:11: error: '\\0' makes the invisible character U+0000 (NUL), \(tail)",
            "<dir>/news/p.md:2:14: error: '\\v' makes the invisible character U+000B (vertical tab), \(tail)",
            "<dir>/news/p.md:2:17: error: '\\e' makes the invisible character U+001B (escape), \(tail)",
            "<dir>/news/p.md:2:20: error: '\\x7f' makes the invisible character U+007F (delete), \(tail)",
            "<dir>/news/p.md:2:25: error: '\\N' makes the invisible character U+0085 (next line), \(tail)",
            "<dir>/news/p.md:2:28: error: '\\x9b' makes the invisible character U+009B (control sequence introducer), \(tail)",
            "<dir>/news/p.md:2:34: error: '\\uFFFE' makes the invisible character U+FFFE (a noncharacter), \(tail)",
            "<dir>/news/p.md:2:40: error: '\\U0001FFFE' makes the invisible character U+1FFFE (a noncharacter), \(tail)",
            "<dir>/news/p.md:2:50: error: '\\r' makes the invisible character U+000D (carriage return), \(tail)",
        ])
    }

    @Test func tabsLineBreaksAndOrdinaryEscapesStayAllowed() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "news/p.md": "---\ntitle: \"a\\tb\\nc\\\\d\\\"e\\u00e9\\x41\\_\\L\"\ndate: 2024-01-01\n---\n本文\tです\n",
        ])
        #expect(lines.isEmpty)
    }

    @Test func aControlInAMarkdownBodyIsAnErrorAtIt() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "news/p.md": "---\ntitle: x\ndate: 2024-01-01\n---\n本文です。\n\n二段落目\u{B}と\u{1B}[31m赤\u{85}。\n",
            // Raw in YAML: libyaml refuses it; located at the character all the same.
            "pages/q.md": "---\ntitle: a\u{B}b\n---\n本文\n",
        ])
        #expect(lines == [
            "<dir>/news/p.md:7:5: error: invisible character U+000B (vertical tab); delete it",
            "<dir>/news/p.md:7:7: error: invisible character U+001B (escape); delete it",
            "<dir>/news/p.md:7:13: error: invisible character U+0085 (next line); delete it",
            "<dir>/pages/q.md:2:9: error: invisible character U+000B (vertical tab); delete it",
        ])
    }

    // MARK: Outputs

    /// Content from disk, its titles then given the controls in memory — what a loader that let
    /// them through would publish — through every stage and output, both audiences.
    @Test func aTitleWithControlsReachesNoOutputRaw() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.content, toPath: work.path + "/content")
        for audience in [Audience.public, .members] {
            var (content, loadDiagnostics) = ContentLoader(contentDirectory: work.path + "/content", kinds: ContentKinds.builtIn.items).load()
            #expect(!loadDiagnostics.hasErrors)
            content.site.title = Self.title
            for i in content[NewsKind()].indices { content[NewsKind()][i].title = Self.title; content[NewsKind()][i].tags.append(Self.title) }
            for i in content[EventKind()].indices { content[EventKind()][i].title = Self.title }
            for i in content[OpportunityKind()].indices { content[OpportunityKind()][i].title = Self.title }
            for i in content[FreePageKind()].indices { content[FreePageKind()][i].title = Self.title }
            for i in content[SurveyKind()].indices { content[SurveyKind()][i].title = Self.title }
            for i in content[AskKind()].indices { content[AskKind()][i].title = Self.title }
            for i in content[ProfileKind()].indices { content[ProfileKind()][i].name = Self.title }
            let files = try Self.outputs(of: content, audience: audience, contentDirectory: work.path + "/content")
            var formats: Set<String> = []
            for (path, data) in files.bytes where Self.textFormats.contains(URL(fileURLWithPath: path).pathExtension) {
                let problems = Self.rawControls(in: data, path: path)
                #expect(problems.isEmpty, "\(audience): \(problems.prefix(5))")
                // The title arrived, its characters replaced: the test looked at something.
                if String(decoding: data, as: UTF8.self).contains("総会\u{FFFD}の\u{FFFD}お") { formats.insert(URL(fileURLWithPath: path).pathExtension) }
            }
            #expect(formats.isSuperset(of: ["html", "xml", "json", "ics", "txt"]), "\(audience): \(formats.sorted())")
        }
    }

    /// Controls that pass the load: character references in Markdown (`&#11;`), which cmark-gfm
    /// decodes and writes raw. A real build on disk; every file it wrote is read back.
    @Test func characterReferencesInMarkdownReachNoOutputRaw() throws {
        let references = "&#0;&#11;&#x1B;&#127;&#x85;&#x9B;&#xFFFE;&#13;"
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.content, toPath: work.path + "/content")
        try work.write([
            "content/news/controls.md": """
                ---
                title: 参照の検査
                date: 2026-11-20
                tags: [検査]
                audience: public
                ---
                冒頭の段落\(references)です。

                ## 見出し\(references)

                ![画像\(references)](https://example.com/a.png "題\(references)") [リンク](https://example.com/ "題\(references)")

                | 表\(references) | b |
                |---|---|
                | \(references) | c |

                注[^1]。

                [^1]: 注の本文\(references)

                """,
            "content/events/controls.yaml": """
                title: 参照の検査会
                start: 2026-12-20T19:00:00+09:00
                mode: online
                online_url: https://meet.example.com/x
                audience: public
                description: |
                  説明\(references)です。

                """,
        ])
        let site = work.path + "/site"
        for audience in [Audience.public, .members] {
            _ = try Build(settings(content: work.path + "/content", output: site, audience: audience)).run()
            var replaced: Set<String> = []
            for (path, data) in snapshot(of: site) where Self.textFormats.contains(URL(fileURLWithPath: path).pathExtension) {
                let problems = Self.rawControls(in: data, path: path)
                #expect(problems.isEmpty, "\(audience): \(problems.prefix(5))")
                if String(decoding: data, as: UTF8.self).contains("\u{FFFD}\u{FFFD}\u{FFFD}") { replaced.insert(path) }
            }
            // The references arrived (as U+FFFD) in the post, both feeds, the calendar and the search index.
            for path in ["news/controls/index.html", "news/feed.xml", "news/feed.json", "events/controls/index.html", "search/index.json"] {
                #expect(replaced.contains(path), "\(audience): \(path) \(replaced.sorted().prefix(12))")
            }
            #expect(replaced.contains { $0.hasSuffix(".ics") }, "\(audience): no calendar")
        }
    }

    // MARK: Escapers

    /// Each escaper on its own: the same rule, U+FFFD, in HTML, XML, iCalendar and JSON.
    @Test func everyEscaperReplacesControls() throws {
        let replaced = "総会\u{FFFD}の\u{FFFD}お\u{FFFD}知\u{FFFD}ら\u{FFFD}せ\u{FFFD}です\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}。"
        #expect(HTMLEscape.text(Self.title) == replaced)
        #expect(HTMLEscape.text(Self.title + "<\"&'\t\n") == replaced + "&lt;&quot;&amp;&#39;\t\n")
        #expect(XMLEscape.text(Self.title) == replaced)
        #expect(ICalendarText.escape(Self.title) == replaced)
        #expect(EscapedHTML().escapeText(Self.title) == replaced)
        #expect(ControlCharacters.replaced(in: Self.title) == replaced)
        // Text with nothing to replace is returned as it is, fullwidth forms and emoji included.
        for ordinary in ["交流会（東京）！", "😀 𠮷野家", "\u{FFFC}\u{FFFD}\u{FDCF}\u{FDF0}\u{1FFFD}\u{A0}\u{A9}"] {
            #expect(HTMLEscape.text(ordinary) == ordinary)
        }

        struct Item: Encodable { var title: String }
        let json = ControlCharacters.replaced(inJSON: try JSONEncoder().encode(Item(title: Self.title + "\t\n\\b\\u000b")))
        let decoded = try JSONDecoder().decode([String: String].self, from: json)
        #expect(decoded["title"] == replaced + "\t\n\\b\\u000b", "escaped backslashes are text, not escapes")
        #expect(Self.rawControls(in: json, path: "x.json").isEmpty)

        let script = JSONLD.script(["name": Self.title])
        #expect(script == "{\"name\":\"\(replaced)\"}")
    }

    @Test func feedsCarryATitleWithoutItsControls() throws {
        let entry = Feed.Entry(id: "https://a.example/n/", url: "https://a.example/n/", title: Self.title, published: "2024-01-01T00:00:00+09:00",
                               updated: "2024-01-01T00:00:00+09:00", author: Self.title, summary: Self.title,
                               contentHTML: "<p>\(Self.title)</p>", tags: [(Self.title, "t", "https://a.example/t/")], image: nil)
        let feed = Feed(title: Self.title, subtitle: Self.title, language: "ja", feedURL: "https://a.example/feed.xml", homeURL: "https://a.example/",
                        author: Self.title, updated: "2024-01-01T00:00:00+09:00", entries: [entry])
        let atom = Data(AtomFeed.xml(feed).utf8)
        let json = try JSONFeed.data(feed)
        #expect(Self.rawControls(in: atom, path: "feed.xml").isEmpty)
        #expect(Self.rawControls(in: json, path: "feed.json").isEmpty)
        #expect(!String(decoding: json, as: UTF8.self).contains("\\u0000"), "escaped controls are replaced too")
        #expect(String(decoding: atom, as: UTF8.self).contains("<title>総会\u{FFFD}の"))
    }

    // MARK: Helpers

    /// The build's stages, as `Build` runs them, on content already loaded.
    static func outputs(of content: Content, audience: Audience, contentDirectory: String) throws -> [OutputFile] {
        let validated = try SiteValidator(kinds: ContentKinds.builtIn.items).validate(content).get()
        let (loadedTheme, themeProblems) = Theme.load(from: Repo.theme, language: content.site.language)
        #expect(!themeProblems.hasErrors)
        let theme = try #require(loadedTheme)
        let options = BuildOptions(audience: audience, now: fixedNow, drafts: false).settled(in: content.site.timeZone)
        let derived = SiteDeriver(options: options, kinds: ContentKinds.builtIn.published, markdownCache: nil).derive(validated)
        var problems = Diagnostics()
        let plan = SitePlan(derived: derived, theme: theme, kinds: .builtIn)
        let routes = RouteTable(Outputs.all.flatMap { $0.routes(for: plan) }, site: derived.site, diagnostics: &problems)
        let absent = AbsentContent(content: validated.content, kinds: ContentKinds.builtIn.published,
                                   scope: BuildScope(options: options, site: derived.site), routes: routes)
        let links = LinkResolver(routes: routes, absent: absent, kinds: ContentKinds.builtIn.published, contentDirectory: contentDirectory)
        problems.append(contentsOf: links.check(derived))
        #expect(!problems.hasErrors, "\(problems.all.prefix(3))")
        let site = RenderedSite(plan: plan, routes: routes, links: links, cardCache: nil)
        let files = CollectedFiles()
        for output in Outputs.all { try output.write(site, into: files) }
        return files.sorted
    }
}
