import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A portal in two languages as its readers meet it: golden pages of the `small` fixture with
/// its English translations (`Fixtures/sites/small-en`), and, over every page of the example
/// portal in both audiences, what must hold on each: reciprocal `hreflang` alternates, a
/// language switch and links that lead only to pages the build has, `lang` on pages and on
/// content shown untranslated, and a sitemap whose alternates agree with the pages.
@Suite struct BilingualSiteTests {
    // MARK: The fixture in two languages

    /// `sites/small` with `languages: [ja, en]` and `sites/small-en` laid over it.
    static func bilingualFixture(untranslated: String? = nil) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.removeItem(atPath: dir.path)
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: dir.path)
        let overlay = Repo.fixtures + "/sites/small-en"
        for relative in regularFiles(under: overlay).files where relative != "README.md" {
            try FileManager.default.copyItem(atPath: overlay + "/" + relative, toPath: dir.path + "/" + relative)
        }
        var site = try String(contentsOfFile: dir.path + "/site.yaml", encoding: .utf8)
        #expect(site.contains("language: ja\n"))
        site = site.replacingOccurrences(of: "language: ja\n", with: "languages: [ja, en]\n" + (untranslated.map { "untranslated: \($0)\n" } ?? ""))
        try site.write(toFile: dir.path + "/site.yaml", atomically: true, encoding: .utf8)
        return dir
    }

    static func build(_ content: String, audience: Audience = .public) throws -> [String: Data] {
        let out = try TemporaryDirectory()
        return try Build(settings(content: content, output: out.path + "/site", audience: audience)).renderedFiles().files.bytes
    }

    /// Recorded under `Fixtures/golden/bilingual/`: the English tree's pages of each kind (a
    /// translated post, an event, a posting, a free page, a survey shown untranslated), its feeds,
    /// calendar, search index and 404, the root pages that name their translations, and the
    /// one sitemap. Re-record with `KIZUNA_RECORD_GOLDEN=1`.
    static let goldenFiles = [
        "index.html", "news/first-meetup/index.html", "sitemap.xml", "robots.txt",
        "en/index.html", "en/news/index.html", "en/news/first-meetup/index.html", "en/events/index.html",
        "en/events/winter-meetup/index.html", "en/surveys/annual-2026/index.html", "en/surveys/index.html", "en/events/winter-meetup.ics",
        "en/opportunities/mentor-coach/index.html", "en/about/index.html", "en/join/index.html", "en/404.html",
        "en/news/feed.xml", "en/news/feed.json", "en/search/index.json",
    ]

    @Test func theEnglishTreeMatchesItsGoldenFiles() throws {
        let root = Repo.fixtures + "/golden/bilingual"
        let fixture = try Self.bilingualFixture()
        let rendered = try Self.build(fixture.path)
        if recordingGoldenFiles {
            for path in Self.goldenFiles {
                let data = try #require(rendered[path], "\(path) is not built")
                let url = URL(fileURLWithPath: root + "/" + path)
                if FileManager.default.contents(atPath: url.path) == data { continue }
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
                FileHandle.standardError.write(Data("golden/bilingual: recorded \(path)\n".utf8))
            }
            return
        }
        #expect(Set(snapshot(of: root).keys) == Set(Self.goldenFiles), "golden/bilingual holds other files than goldenFiles; re-record")
        for path in Self.goldenFiles {
            let data = try #require(rendered[path], "\(path) is not built")
            guard let expected = FileManager.default.contents(atPath: root + "/" + path) else {
                Issue.record("golden/bilingual/\(path) is missing; record it")
                continue
            }
            if data != expected { Issue.record(GoldenPageTests.firstDifference(path, actual: data, expected: expected)) }
        }
    }

    /// The English pages read in English and link in English: a translated Markdown link to
    /// another item's file leads to that item's English page, static files and assets stay at
    /// the site root, and the untranslated event is marked as Japanese on its page and card.
    @Test func theEnglishTreeIsInEnglishWithItsLinksUnderEn() throws {
        let fixture = try Self.bilingualFixture()
        let pages = try Self.build(fixture.path).mapValues { String(decoding: $0, as: UTF8.self) }
        let post = try #require(pages["en/news/first-meetup/index.html"])
        #expect(post.contains(#"<html lang="en">"#))
        #expect(post.contains("Our first meetup &lt;report&gt;"))
        #expect(post.contains(#"href="/portal/en/events/winter-meetup/""#), "the Markdown link to ../events/winter-meetup.yaml")
        #expect(post.contains(#"href="/portal/assets/style.css""#))
        #expect(!post.contains("初の交流会"))
        let untranslated = try #require(pages["en/surveys/annual-2026/index.html"])
        #expect(untranslated.contains("This page has not been translated into English yet. It is shown in Japanese."))
        #expect(untranslated.contains(#"<h1 lang="ja">"#))
        #expect(untranslated.contains(#"<link rel="canonical" href="https://alumni.example.org/portal/surveys/annual-2026/">"#))
        #expect(!untranslated.contains("hreflang=\"en\" href"), "an untranslated page names no translation")
        let surveys = try #require(pages["en/surveys/index.html"])
        #expect(surveys.contains("In Japanese"))
        #expect(try #require(pages["en/events/index.html"]).contains("Winter meetup"))
        let feed = try #require(pages["en/news/feed.xml"])
        #expect(feed.contains(#"xml:lang="en""#) && feed.contains("https://alumni.example.org/portal/en/news/first-meetup/"))
        let rootHome = try #require(pages["index.html"])
        #expect(rootHome.contains(#"<link rel="alternate" hreflang="en" href="https://alumni.example.org/portal/en/">"#))
    }

    /// `untranslated: hide`: the event without a translation has no English page and is in no
    /// English list; the English switch of its Japanese page goes to the English home, said so.
    @Test func hiddenUntranslatedItemsLeaveNoLinkBehind() throws {
        let fixture = try Self.bilingualFixture(untranslated: "hide")
        let pages = try Self.build(fixture.path).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(pages["en/surveys/annual-2026/index.html"] == nil)
        #expect(pages["en/events/winter-meetup/index.html"] != nil)
        #expect(!pages.filter { $0.key.hasPrefix("en/") }.values.contains { $0.contains("/en/surveys/annual-2026/") })
        let japanese = try #require(pages["surveys/annual-2026/index.html"])
        #expect(japanese.contains(#"<a href="/portal/en/" hreflang="en"><span lang="en">English</span>（トップページ）</a>"#))
        try Self.checkEveryPage(pages, base: "/portal/", origin: "https://alumni.example.org", languages: ["ja", "en"])
    }

    /// A Japanese tag with no English name shows as written on the English pages: a warning,
    /// once per tag and language, where the tag is first used; an ASCII tag reads as itself.
    @Test func aTagWithoutANameInALanguageIsWarnedAbout() throws {
        let fixture = try Self.bilingualFixture()
        let out = try TemporaryDirectory()
        let warnings = try Build(settings(content: fixture.path, output: out.path + "/site")).renderedFiles().warnings
        let named = warnings.filter { $0.message.contains("has no name in 'en'") }
        #expect(named.count == 2, "\(named.map(\.description))")
        #expect(named.contains { $0.location.path.hasSuffix("news/first-meetup.md") && $0.message.contains("'交流会'") })
        #expect(named.contains { $0.location.path.hasSuffix("asks/advice.yaml") && $0.message.contains("'人事'") })
        // Named for English: no warning.
        var site = try String(contentsOfFile: fixture.path + "/site.yaml", encoding: .utf8)
        site = site.replacingOccurrences(of: "tags:\n", with: "tags:\n  交流会: {ja: 交流会, en: Meetups}\n  人事: {ja: 人事, en: HR}\n")
        try site.write(toFile: fixture.path + "/site.yaml", atomically: true, encoding: .utf8)
        let after = try Build(settings(content: fixture.path, output: out.path + "/site")).renderedFiles().warnings
        #expect(!after.contains { $0.message.contains("has no name in") }, "\(after)")
    }

    // MARK: Every page of the example portal

    @Test(arguments: Audience.allCases)
    func everyPageOfTheExampleHoldsTogetherInBothLanguages(_ audience: Audience) throws {
        let pages = try Self.build(Repo.content, audience: audience).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(pages.keys.contains("en/index.html") && pages.keys.contains("index.html"))
        try Self.checkEveryPage(pages, base: "/", origin: "https://alumni.example.com", languages: ["ja", "en"])
    }

    /// What must hold on every page of a build in several languages, read from the files alone.
    static func checkEveryPage(_ files: [String: String], base: String, origin: String, languages: [String]) throws {
        let html = files.filter { $0.key.hasSuffix(".html") }
        var problems: [String] = []
        /// The file an absolute or root-relative URL of this site names, or nil for another site.
        func file(_ url: String) -> String? {
            var path = url
            if path.hasPrefix(origin) { path.removeFirst(origin.count) }
            guard path.hasPrefix(base) else { return nil }
            path = String(path.dropFirst(base.count))
            path = String(path.prefix { $0 != "#" && $0 != "?" })
            path = path.removingPercentEncoding ?? path
            if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
            return path
        }
        func language(ofFile path: String) -> String {
            let first = path.split(separator: "/").first.map(String.init) ?? ""
            return languages.dropFirst().contains(first) ? first : languages[0]
        }
        /// The page's path without its language folder (`en/news/x/index.html` → `news/x/index.html`).
        func bare(_ path: String) -> String {
            let lang = language(ofFile: path)
            return lang == languages[0] ? path : String(path.dropFirst(lang.count + 1))
        }
        let alternate = try Regex(#"<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">"#)
        let link = try Regex(#"(?:href|src|action)="([^"]+)""#)
        var alternatesByFile: [String: [String: String]] = [:]
        for (path, page) in html {
            var set: [String: String] = [:]
            for match in page.matches(of: alternate) { set[String(match.output[1].substring!)] = String(match.output[2].substring!) }
            alternatesByFile[path] = set
        }
        for (path, page) in html.sorted(by: { $0.key < $1.key }) {
            let lang = language(ofFile: path)
            if !page.contains("<html lang=\"\(lang)\">") { problems.append("\(path): not <html lang=\"\(lang)\">") }
            // Every link of the page names a file of the build (in its language's tree or the root's).
            for match in page.matches(of: link) {
                let url = String(match.output[1].substring!).replacingOccurrences(of: "&amp;", with: "&")
                guard url.hasPrefix("/") || url.hasPrefix(origin), let target = file(url) else { continue }
                if files[target] == nil && !target.hasPrefix("static/") && !target.hasPrefix("assets/") {
                    problems.append("\(path): links to \(url), which the build does not have")
                }
            }
            // Alternates: the page itself, every language's version, x-default the root's, and
            // every version naming the same set.
            let set = alternatesByFile[path] ?? [:]
            // A page shown untranslated is no translation: it names none (and so none names it).
            if page.contains("notice-untranslated") && !set.isEmpty { problems.append("\(path): shown untranslated, yet names alternates") }
            if !set.isEmpty {
                if set[lang].flatMap(file) != path { problems.append("\(path): its alternates do not name itself as \(lang)") }
                if set["x-default"] != set[languages[0]] { problems.append("\(path): x-default is not the \(languages[0]) page") }
                for (hreflang, url) in set where hreflang != "x-default" {
                    guard let other = file(url), html[other] != nil else {
                        problems.append("\(path): hreflang \(hreflang) names \(url), which the build does not have")
                        continue
                    }
                    if language(ofFile: other) != hreflang { problems.append("\(path): hreflang \(hreflang) names a page of another language") }
                    if alternatesByFile[other] != set { problems.append("\(path) and \(other) do not name the same alternates") }
                }
            }
            // The switch: every language once, the current one not a link.
            guard let start = page.range(of: "<nav class=\"lang-switch\""), let end = page[start.upperBound...].range(of: "</nav>") else {
                problems.append("\(path): no language switch")
                continue
            }
            let nav = String(page[start.lowerBound..<end.upperBound])
            if !nav.contains("<span aria-current=\"true\" lang=\"\(lang)\">") { problems.append("\(path): the switch does not mark \(lang) current") }
            for other in languages where other != lang {
                guard let href = nav.firstMatch(of: try Regex("<a href=\"([^\"]+)\" hreflang=\"\(other)\""))?.output[1].substring.map(String.init),
                      let target = file(href), html[target] != nil else {
                    problems.append("\(path): the switch has no working link to \(other)")
                    continue
                }
                // The same page in that language when it exists; else its home, said so.
                let counterpart = other == languages[0] ? bare(path) : other + "/" + bare(path)
                let exists = html[counterpart] != nil
                if exists && target != counterpart { problems.append("\(path): the switch to \(other) leads to \(target), not \(counterpart)") }
                if !exists && target != (other == languages[0] ? "index.html" : other + "/index.html") { problems.append("\(path): the switch to \(other) leads to \(target)") }
            }
            // Content shown untranslated is marked in its own language.
            if page.contains("notice-untranslated") && !page.contains("lang=\"\(languages[0])\"") {
                problems.append("\(path): shows an untranslated notice but no lang=\"\(languages[0])\" content")
            }
        }
        // The sitemap: every page it lists exists, with the alternates the page names.
        if let sitemap = files["sitemap.xml"] {
            let entry = try Regex(#"<url><loc>([^<]+)</loc>((?:\s*<xhtml:link [^>]+/>)*)"#)
            let xlink = try Regex(#"hreflang="([^"]+)" href="([^"]+)""#)
            var listed = 0
            for match in sitemap.matches(of: entry) {
                listed += 1
                let loc = String(match.output[1].substring!).replacingOccurrences(of: "&amp;", with: "&")
                guard let path = file(loc), let page = html[path] else {
                    problems.append("sitemap.xml lists \(loc), which the build does not have")
                    continue
                }
                var set: [String: String] = [:]
                for x in String(match.output[2].substring ?? "").matches(of: xlink) { set[String(x.output[1].substring!)] = String(x.output[2].substring!) }
                if set != (alternatesByFile[path] ?? [:]) { problems.append("sitemap.xml: the alternates of \(loc) differ from its page's") }
                if page.contains("notice-untranslated") { problems.append("sitemap.xml lists \(loc), a page shown untranslated") }
            }
            if listed < 10 { problems.append("sitemap.xml lists only \(listed) pages") }
        }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(30).joined(separator: "\n"))")
    }
}
