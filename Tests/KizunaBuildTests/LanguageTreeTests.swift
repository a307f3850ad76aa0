import Foundation
import Testing
@testable import KizunaBuild
@testable import KizunaContent

/// A portal in several languages as the engine builds it: the root language where a one-language
/// site is, each other language's tree under its folder with its own feeds, calendars and search
/// index, the root's static files and assets shared, untranslated items shown or left out as
/// site.yaml says, the sitemap's alternates reciprocal, the same numbers in every language.
/// (The theme's language switch and hreflang markup are the theme's tests.)
@Suite struct LanguageTreeTests {
    static let base = "https://alumni.example.org/portal/"
    /// Files of the root only, which every language links where the root's pages do.
    static let shared: Set<String> = ["assets/directory.js", "assets/search.js", "assets/style.css", "robots.txt", "sitemap.xml", "static/logo.svg"]

    /// A public post of the small fixture that no file translates.
    static let untranslatedPost = "---\ntitle: 二つ目のお知らせ\ndate: 2026-11-10\n---\n二つ目です。\n"
    /// first-meetup in English, linking to the untranslated post both ways an editor may.
    static let translatedPost = "---\ntitle: Our first get-together\n---\nWe met in October. See [the second post](/news/second/) and [again](second.md).\n"

    /// The English names of the small fixture's tags not written in ASCII (else `check` warns
    /// that English pages show them as written).
    static let englishTagNames = "  交流会: {en: Get-togethers}\n  人事: {en: HR}\n"

    /// The small fixture with site.yaml's `language: ja` line replaced, tag names added and files added.
    func smallSite(language: String, tagNames: String = "", _ files: [String: String] = [:]) throws -> TemporaryDirectory {
        let content = try TemporaryDirectory()
        try FileManager.default.removeItem(atPath: content.path)
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: content.path)
        var site = try String(contentsOfFile: content.path + "/site.yaml", encoding: .utf8)
        #expect(site.contains("language: ja\n"))
        site = site.replacingOccurrences(of: "language: ja\n", with: language)
        #expect(site.contains("  mentor: メンター\n"))
        site = site.replacingOccurrences(of: "  mentor: メンター\n", with: "  mentor: メンター\n" + tagNames)
        try site.write(toFile: content.path + "/site.yaml", atomically: true, encoding: .utf8)
        try content.write(files)
        return content
    }

    /// The small fixture in Japanese and English: a post and an event translated, one post not.
    func bilingual(_ untranslated: String) throws -> TemporaryDirectory {
        try smallSite(language: "languages: [ja, en]\nuntranslated: \(untranslated)\n", tagNames: Self.englishTagNames, [
            "news/second.md": Self.untranslatedPost,
            "news/first-meetup.en.md": Self.translatedPost,
            "events/winter-meetup.en.yaml": "title: Winter get-together\nvenue: {name: Head office 10F}\n",
            "pages/about.en.md": "---\ntitle: About this network\n---\nA network for **alumni** of Test Trading.\n",
        ])
    }

    func build(_ content: TemporaryDirectory, audience: Audience = .public) throws -> (files: [OutputFile], warnings: [Diagnostic]) {
        try Build(settings(content: content.path, output: content.path + "-site", audience: audience)).renderedFiles()
    }

    /// `languages: [ja]` is the one-language site `language: ja` makes, to the byte.
    @Test func oneListedLanguageIsTheOneLanguageSite() throws {
        let (one, _) = try build(try smallSite(language: "language: ja\n"))
        let (listed, warnings) = try build(try smallSite(language: "languages: [ja]\n"))
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(listed.map(\.path).sorted() == one.map(\.path).sorted())
        let before = one.bytes, after = listed.bytes
        #expect(!before.isEmpty)
        for (path, bytes) in before { #expect(after[path] == bytes, "\(path) differs") }
        #expect(!(before["sitemap.xml"].map { String(decoding: $0, as: UTF8.self) } ?? "").contains("xhtml"))
    }

    /// The root tree of a two-language site has the one-language site's files; English has
    /// the same pages and files under en/, all but what every language shares.
    @Test func eachOtherLanguageIsATreeUnderItsFolder() throws {
        let (files, warnings) = try build(try bilingual("show"))
        #expect(warnings.isEmpty, "\(warnings)")
        let paths = Set(files.map(\.path))
        let root = paths.filter { !$0.hasPrefix("en/") }
        let english = Set(paths.filter { $0.hasPrefix("en/") }.map { String($0.dropFirst(3)) })
        #expect(english == root.subtracting(Self.shared), "\(english.symmetricDifference(root.subtracting(Self.shared)))")
        #expect(Self.shared.isSubset(of: root))

        let (one, _) = try build(try smallSite(language: "language: ja\n", ["news/second.md": Self.untranslatedPost]))
        #expect(Set(one.map(\.path)) == root)
        // A language added changes no file of the root but its pages (their alternates) and the sitemap.
        let bytes = files.bytes
        let unchanged = one.bytes.filter { !$0.key.hasSuffix(".html") && $0.key != "sitemap.xml" }
        #expect(unchanged.count > 10)
        for (path, data) in unchanged { #expect(bytes[path] == data, "\(path) differs") }
        // A tag written in Japanese and named for English only (`交流会: {en: Get-togethers}`,
        // as `check` advises) keeps its name as written at the root.
        let category = #"<category term="交流会" label="%@" "#
        #expect(files.texts()["news/feed.xml"]?.contains(category.replacingOccurrences(of: "%@", with: "交流会")) == true)
        #expect(files.texts()["en/news/feed.xml"]?.contains(category.replacingOccurrences(of: "%@", with: "Get-togethers")) == true)

        let pages = files.texts()
        #expect(pages["index.html"]?.contains(#"<html lang="ja""#) == true)
        for (path, page) in pages where path.hasPrefix("en/") && path.hasSuffix(".html") {
            #expect(page.contains(#"<html lang="en""#), "\(path)")
            // Static files and theme assets are the root's: never copied under en/.
            #expect(!page.contains("/portal/en/static/") && !page.contains("/portal/en/assets/"), "\(path)")
        }
        #expect(pages["en/index.html"]?.contains("/portal/assets/style.css") == true)
        #expect(pages["en/news/first-meetup/index.html"]?.contains("Our first get-together") == true)
        #expect(pages["news/first-meetup/index.html"]?.contains("初の交流会を開催しました") == true)
        #expect(pages["news/first-meetup/index.html"]?.contains("Our first get-together") == false)
        #expect(pages["en/events/winter-meetup/index.html"]?.contains("Head office 10F") == true)
        #expect(pages["en/about/index.html"]?.contains("About this network") == true)
    }

    /// English feeds, calendars and search index name English pages only (the untranslated post
    /// shown in English is a page under en/ too); the root's name none of them.
    @Test func feedsCalendarsAndSearchIndexArePerLanguage() throws {
        let (files, _) = try build(try bilingual("show"))
        // Calendars fold long lines; a URL is read unfolded.
        let texts = files.texts().mapValues { $0.replacingOccurrences(of: "\r\n ", with: "") }
        let machineFiles = texts.filter { file in [".xml", ".json", ".ics"].contains { file.key.hasSuffix($0) } && file.key != "sitemap.xml" }
        let englishFiles = machineFiles.filter { $0.key.hasPrefix("en/") }
        for name in ["news/feed.xml", "news/feed.json", "events/calendar.ics", "events/winter-meetup.ics", "search/index.json", "opportunities/feed.xml"] {
            #expect(englishFiles["en/" + name] != nil, "en/\(name)")
        }
        let siteURL = /(?:https:\/\/alumni\.example\.org)?\/portal\/[^"<>\s\\&]*/
        for (path, text) in machineFiles {
            let urls = text.matches(of: siteURL).map { String($0.output) }
            // Search shards name no page (terms, the manifest) or may be empty (a document shard).
            #expect(!urls.isEmpty || path.contains("search/t/") || path.contains("search/d/") || path.hasSuffix("search/manifest.json"), "\(path)")
            for url in urls {
                let sitePath = url.replacingOccurrences(of: "https://alumni.example.org", with: "")
                if sitePath.hasPrefix("/portal/static/") || sitePath.hasPrefix("/portal/assets/") { continue }
                #expect(path.hasPrefix("en/") == sitePath.hasPrefix("/portal/en/"), "\(path): \(url)")
            }
        }
        #expect(texts["en/news/feed.xml"]?.contains("Our first get-together") == true)
        #expect(texts["en/news/feed.xml"]?.contains("初の交流会") == false)
        #expect(texts["en/search/index.json"]?.contains(#""url":"/portal/en/news/first-meetup/""#) == true)
        #expect(texts["en/events/calendar.ics"]?.contains("SUMMARY:Winter get-together") == true)
        #expect(texts["events/calendar.ics"]?.contains("SUMMARY:冬の交流会") == true)
    }

    /// `untranslated: show`: the post is in English lists and has its page under en/, which
    /// sends search engines to the original (canonical) and is no alternate in the sitemap.
    @Test func anUntranslatedItemShownIsAPageWhoseOriginalIsCanonical() throws {
        let (files, _) = try build(try bilingual("show"))
        let pages = files.texts()
        let page = try #require(pages["en/news/second/index.html"])
        #expect(page.contains("二つ目です。"))
        #expect(page.contains(#"<link rel="canonical" href="\#(Self.base)news/second/">"#), "\(page.prefix(2000))")
        #expect(pages["en/news/index.html"]?.contains(#"href="/portal/en/news/second/""#) == true)
        #expect(pages["en/news/feed.xml"]?.contains(Self.base + "en/news/second/") == true)
        // The translated post's links lead to the English page, which exists.
        let translated = try #require(pages["en/news/first-meetup/index.html"])
        #expect(translated.contains(#"<a href="/portal/en/news/second/">the second post</a> and <a href="/portal/en/news/second/">again</a>"#))
        let sitemap = try #require(pages["sitemap.xml"])
        #expect(!sitemap.contains(Self.base + "en/news/second/"))
        #expect(sitemap.contains("<url><loc>\(Self.base)news/second/</loc></url>"))
        #expect(try Sitemap(sitemap).pages[Self.base + "news/second/"]?.isEmpty == true)
    }

    /// `untranslated: hide`: nothing in English names the untranslated post, and the
    /// translated post's links to it lead to its page at the root, which exists.
    @Test func anUntranslatedItemHiddenIsLeftOutAndLinksGoToTheRoot() throws {
        let (files, warnings) = try build(try bilingual("hide"))
        #expect(warnings.isEmpty, "\(warnings)")
        let texts = files.texts()
        #expect(texts["news/second/index.html"] != nil)
        #expect(!texts.keys.contains { $0.hasPrefix("en/news/second") })
        for (path, text) in texts where path.hasPrefix("en/") {
            #expect(!text.contains("/portal/en/news/second/") && !text.contains("二つ目"), "\(path)")
        }
        let translated = try #require(texts["en/news/first-meetup/index.html"])
        #expect(translated.contains(#"<a href="/portal/news/second/">the second post</a> and <a href="/portal/news/second/">again</a>"#), "\(translated)")
        #expect(texts["en/news/feed.xml"]?.contains("Our first get-together") == true)
        #expect(texts["en/news/feed.xml"]?.contains(Self.base + "en/news/second/") == false)
        // Hidden, it is not in the English news pages: one post, one page of the list.
        #expect(texts["en/news/page/2/index.html"] == nil && texts["news/page/2/index.html"] != nil)
    }

    /// Whether untranslated items are shown or left out, no link of any page, in either
    /// language, leads to a file the build does not make.
    @Test(arguments: ["show", "hide"])
    func everyLinkOfEveryPageIsAFileOfTheBuild(_ untranslated: String) throws {
        let (files, _) = try build(try bilingual(untranslated))
        let paths = Set(files.map(\.path))
        var links = 0
        for (path, page) in files.texts(htmlOnly: true) {
            for match in page.matches(of: /(?:href|src|content)="(?:https:\/\/alumni\.example\.org)?\/portal\/([^"#?]*)/) {
                let target = String(match.output.1).removingPercentEncoding ?? String(match.output.1)
                let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                #expect(paths.contains(file), "\(path) links /portal/\(target)")
                links += 1
            }
        }
        #expect(links > 500)
    }

    /// A page of the root language where another language's tree goes is a located error;
    /// in a one-language site the same page is an ordinary page.
    @Test func aRootPageInALanguagesFolderIsALocatedError() throws {
        let page = "---\ntitle: 英語について\n---\n本文\n"
        let lines = try buildErrors(["site.yaml": minimalSiteYAML + "languages: [ja, en]\n", "pages/en.md": page])
        #expect(lines.contains { $0.hasPrefix("<dir>/pages/en.md:1:1: error: ") && $0.contains("en/index.html") && $0.contains("inside en/") }, "\(lines)")
        #expect(try buildErrors(["site.yaml": minimalSiteYAML, "pages/en.md": page]).isEmpty)
    }

    /// Every page with alternates is listed with all of them, itself among them, and each of its
    /// alternates is listed with the same set: hreflang pairs are reciprocal.
    @Test func theSitemapsAlternatesAreReciprocal() throws {
        let (files, _) = try build(try bilingual("show"))
        let texts = files.texts()
        let sitemap = try Sitemap(try #require(texts["sitemap.xml"]))
        let withAlternates = sitemap.pages.filter { !$0.value.isEmpty }
        #expect(withAlternates.count > 10)
        for (url, alternates) in withAlternates {
            let byLanguage = Dictionary(alternates.map { ($0.hreflang, $0.url) }, uniquingKeysWith: { a, _ in a })
            #expect(byLanguage.count == alternates.count, "\(url): a language twice")
            #expect(Set(byLanguage.keys) == ["ja", "en", "x-default"], "\(url)")
            #expect(byLanguage["x-default"] == byLanguage["ja"])
            #expect(alternates.contains { $0.url == url && $0.hreflang != "x-default" }, "\(url) is not among its alternates")
            for alternate in alternates where alternate.hreflang != "x-default" {
                let other = sitemap.pages[alternate.url]
                #expect(other.map { Set($0.map { "\($0.hreflang) \($0.url)" }) } == Set(alternates.map { "\($0.hreflang) \($0.url)" }), "\(url) → \(alternate.url)")
            }
        }
        // Every page listed exists; every page of either tree is listed, but the untranslated one.
        let listed = Set(sitemap.pages.keys.map { String($0.dropFirst(Self.base.count)).removingPercentEncoding ?? $0 })
        let built = Set(files.map(\.path).filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) })
        #expect(listed.isSubset(of: built), "\(listed.subtracting(built))")
        #expect(listed.contains("en/") && listed.contains("en/news/first-meetup/") && !listed.contains("en/news/second/"))
        // English lists what the root does but the three items it shows untranslated.
        let english = Set(listed.filter { $0.hasPrefix("en/") }.map { String($0.dropFirst(3)) })
        let root = listed.filter { !$0.hasPrefix("en/") }
        #expect(english.isSubset(of: root))
        #expect(root.subtracting(english) == ["news/second/", "opportunities/mentor-coach/", "surveys/annual-2026/"])
    }

    /// The example portal's network page and every survey: the same numbers, in the same order,
    /// in Japanese and in English (counts, shares, suppressed cells alike).
    @Test func aggregatesAreTheSameInEveryLanguage() throws {
        let output = NSTemporaryDirectory() + "kizuna-test-" + UUID().uuidString
        let (files, _) = try Build(settings(output: output, audience: .members)).renderedFiles()
        let pages = files.texts(htmlOnly: true)
        let surveys = pages.keys.filter { $0.hasPrefix("surveys/") && $0 != "surveys/index.html" }
        #expect(surveys.count >= 3)
        for path in ["network/index.html"] + surveys.sorted() {
            let japanese = Self.numbers(inMainOf: try #require(pages[path]))
            let english = Self.numbers(inMainOf: try #require(pages["en/" + path], "en/\(path)"))
            #expect(japanese.count > 10, "\(path)")
            #expect(japanese == english, "\(path)")
        }
    }

    /// The text nodes of a page's `<main>` that are a number and nothing else (`53`, `35.8%`, `+17`).
    static func numbers(inMainOf page: String) -> [String] {
        guard let start = page.range(of: "<main"), let end = page.range(of: "</main>") else { return [] }
        let main = page[start.lowerBound..<end.upperBound]
        return main.matches(of: />([^<]*)</).map { $0.output.1.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { $0.wholeMatch(of: /[+\-−]?[0-9][0-9,.]*%?/) != nil }
    }
}

/// sitemap.xml read back: each page's URL with its `xhtml:link` alternates.
struct Sitemap {
    var pages: [String: [(hreflang: String, url: String)]] = [:]

    init(_ xml: String) throws {
        for entry in xml.matches(of: /<url>(.*?)<\/url>/.dotMatchesNewlines()) {
            let body = String(entry.output.1)
            let loc = try #require(body.firstMatch(of: /<loc>([^<]*)<\/loc>/)).output.1
            #expect(pages[String(loc)] == nil, "\(loc) listed twice")
            pages[String(loc)] = body.matches(of: /<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)"\/>/).map {
                (hreflang: String($0.output.1), url: String($0.output.2))
            }
        }
    }
}
