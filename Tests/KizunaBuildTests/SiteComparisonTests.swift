import Foundation
import Testing
@testable import KizunaBuild
import KizunaContent
import KizunaSite

/// `kizuna diff`'s engine: two builds of the example, the second with one news post added, one
/// changed and one removed, compared as a pull request's preview is compared with main's build.
@Suite struct SiteComparisonTests {
    static func build(_ content: String, into output: String) throws {
        var settings = settings(content: content, output: output, now: fixedNow)
        settings.options.baseURL = try BaseURL.parse(ExampleEdits.baseURL).get()
        settings.options.noindex = true
        settings.useCache = false
        _ = try Build(settings).run()
    }

    @Test func twoBuildsOfTheExampleDifferInTheEditedPostsAndTheListsThatShowThem() throws {
        let work = try TemporaryDirectory()
        try ExampleEdits.write(to: work.path + "/edited")
        try Self.build(Repo.content, into: work.path + "/old")
        try Self.build(work.path + "/edited", into: work.path + "/new")
        let comparison = try SiteComparison.compare(old: work.path + "/old", new: work.path + "/new")

        // Exactly what the two outputs differ in, read from them apart from SiteComparison.
        let expected = ExampleEdits.expected(old: work.path + "/old", new: work.path + "/new")
        #expect(Set(comparison.pages.added.map(\.url)) == expected.pages["added"])
        #expect(Set(comparison.pages.changed.map(\.url)) == expected.pages["changed"])
        #expect(Set(comparison.pages.removed.map(\.url)) == expected.pages["removed"])
        #expect(Set(comparison.files.added) == expected.files["added"])
        #expect(Set(comparison.files.changed) == expected.files["changed"])
        #expect(Set(comparison.files.removed) == expected.files["removed"])
        let all = ExampleEdits.files(of: work.path + "/new")
        let sameBoth = Set(ExampleEdits.files(of: work.path + "/old").filter { all[$0.key] == $0.value }.keys)
        #expect(comparison.pages.unchanged == sameBoth.filter { $0.hasSuffix(".html") }.count)
        #expect(comparison.files.unchanged == sameBoth.filter { !$0.hasSuffix(".html") }.count)

        // The edited posts' own pages, and the lists that show them.
        let added = "/news/\(ExampleEdits.added)/", changed = "/news/\(ExampleEdits.changed)/", removed = "/news/\(ExampleEdits.removed)/"
        #expect(comparison.pages.added.first { $0.url == added }?.title == "プレビューの確かめ方を公開しました")
        #expect(comparison.pages.changed.contains { $0.url == changed })
        let removedSource = try String(contentsOfFile: Repo.content + "/news/\(ExampleEdits.removed).md", encoding: .utf8)
        let removedTitle = removedSource.split(separator: "\n").first { $0.hasPrefix("title: ") }.map { String($0.dropFirst(7)) }
        #expect(comparison.pages.removed.first { $0.url == removed }?.title == removedTitle)
        #expect(comparison.pages.changed.contains { $0.url == "/news/" })
        // The privacy tag had only the removed post: its page and feed go; the announcement tag
        // gains the new post and loses the removed one.
        #expect(comparison.pages.removed.contains { $0.url == "/news/tags/privacy/" })
        #expect(comparison.pages.changed.contains { $0.url == "/news/tags/announcement/" })
        #expect(comparison.files.changed.contains("news/feed.xml"))
        #expect(comparison.files.changed.contains("sitemap.xml"))
        // Pages that show no news are untouched, and so is every image.
        for url in ["/events/", "/opportunities/", "/referral/"] {
            #expect(all[String(url.dropFirst()) + "index.html"] != nil, "\(url) is not in the example")
            #expect(![comparison.pages.added, comparison.pages.changed, comparison.pages.removed].joined().contains { $0.url == url })
        }
        #expect(!comparison.files.changed.contains { $0.hasPrefix("static/") })

        // Sorted, and the same when run again.
        #expect(comparison.pages.changed.map(\.url) == comparison.pages.changed.map(\.url).sorted())
        #expect(comparison.files.changed == comparison.files.changed.sorted())
        #expect(try SiteComparison.compare(old: work.path + "/old", new: work.path + "/new") == comparison)

        // A site compared with itself is the same.
        let same = try SiteComparison.compare(old: work.path + "/new", new: work.path + "/new")
        #expect(same.isEmpty && same.pages.unchanged == all.keys.filter { $0.hasSuffix(".html") }.count)
        #expect(ComparisonReport(same).render(.text, .en).contains("The two sites are the same"))

        // The Markdown links the preview's pages, never a removed one.
        let markdown = ComparisonReport(comparison, link: try BaseURL.parse(ExampleEdits.baseURL).get()).render(.markdown, .ja)
        #expect(markdown.contains("- [プレビューの確かめ方を公開しました](<\(ExampleEdits.baseURL)news/\(ExampleEdits.added)/>) `\(added)`"), "\(markdown)")
        #expect(markdown.contains("`\(removed)`") && !markdown.contains("\(ExampleEdits.baseURL)news/\(ExampleEdits.removed)/"))
        #expect(markdown.contains("| 追加 | \(comparison.pages.added.count) | \(comparison.files.added.count) |"))
    }

    @Test func onlyFoldersKizunaBuiltAreCompared() throws {
        let work = try TemporaryDirectory(["plain/index.html": "<title>x</title>", "built/.kizuna-site": "kizuna-site 1\n"])
        #expect(throws: SiteComparison.Failure.notBuilt(work.path + "/plain")) {
            try SiteComparison.compare(old: work.path + "/plain", new: work.path + "/built")
        }
        #expect(throws: SiteComparison.Failure.notBuilt(work.path + "/missing")) {
            try SiteComparison.compare(old: work.path + "/built", new: work.path + "/missing")
        }
    }

    @Test func pagesAreAddressedByFolderAndTheRestByPath() throws {
        let work = try TemporaryDirectory([
            "old/.kizuna-site": "kizuna-site 1\n", "old/.kizuna-pages": "a", "old/index.html": "<title>Home</title>",
            "old/news/a/index.html": "<title>A &amp; B</title>", "old/feed.xml": "1", "old/gone/index.html": "<title>Gone</title>",
            "new/.kizuna-site": "kizuna-site 1\n", "new/.kizuna-pages": "b", "new/index.html": "<title>Home</title>",
            "new/news/a/index.html": "<head><meta property=\"og:title\" content=\"A &lt;&#x42;&gt;\"><title>A｜Site</title></head>",
            "new/feed.xml": "2", "new/404.html": "<p>no title</p>", "new/img/x.svg": "<svg/>",
        ])
        let c = try SiteComparison.compare(old: work.path + "/old", new: work.path + "/new")
        #expect(c.pages.added == [.init(url: "/404.html", title: nil)])
        #expect(c.pages.changed == [.init(url: "/news/a/", title: "A <B>")])
        #expect(c.pages.removed == [.init(url: "/gone/", title: "Gone")])
        #expect(c.pages.unchanged == 1)
        #expect(c.files == .init(added: ["img/x.svg"], changed: ["feed.xml"], removed: [], unchanged: 0))
    }

    /// A title is the editor's text: in Markdown it can open no link, cell, tag or code span, and
    /// mention nobody.
    @Test func aHostileTitleStaysTextInMarkdown() throws {
        let hostile = "[click](javascript:alert(1)) | <img src=x onerror=alert(1)> `code` *b* _i_ @octocat #1 ~~s~~ \\\n| --- |\u{202E}"
        let escaped = MarkdownText.escape(hostile)
        // Every ASCII punctuation character is escaped by a backslash, nothing spans lines, and
        // the mention is broken by a word joiner.
        var backslashes = 0
        for c in escaped {
            if c == "\\" { backslashes += 1 } else {
                if c.isASCII && (c.isPunctuation || c.isSymbol) { #expect(backslashes % 2 == 1, "\(c) unescaped in \(escaped)") }
                backslashes = 0
            }
        }
        #expect(!escaped.contains("\n") && !escaped.contains("\u{202E}"))
        #expect(escaped.contains("\\@\u{2060}octocat"))

        let comparison = SiteComparison(pages: .init(added: [.init(url: "/news/x/", title: hostile)]))
        let markdown = ComparisonReport(comparison, link: try BaseURL.parse("https://example.github.io/a/").get()).render(.markdown, .en)
        let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("- ") })
        #expect(line == "- [\(escaped)](<https://example.github.io/a/news/x/>) `/news/x/`")
        // A table row of the summary is untouched by titles.
        #expect(markdown.hasPrefix("| | Pages | Other files |\n| --- | ---: | ---: |\n| Added | 1 | 0 |\n"))
    }

    @Test func listsAreCappedAndJSONIsWhole() throws {
        let pages = (1...7).map { SiteComparison.Page(url: "/news/p\($0)/", title: "P\($0)") }
        let comparison = SiteComparison(pages: .init(changed: pages), files: .init(added: ["a.xml", "b.xml", "c.xml"]))
        let text = ComparisonReport(comparison, limit: 2).render(.text, .en)
        #expect(text.contains("  /news/p2/  P2\n  … and 5 more.\n"))
        #expect(!text.contains("/news/p3/"))
        #expect(text.contains("Other files added (3)\n  a.xml\n  b.xml\n  … and 1 more.\n"))
        let markdown = ComparisonReport(comparison, limit: 2).render(.markdown, .ja)
        #expect(markdown.contains("- P2 `/news/p2/`\n- ほかに5件あります。\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ComparisonReport(comparison, limit: 2).render(.json, .en).utf8)) as? [String: Any])
        let changed = try #require((json["pages"] as? [String: Any])?["changed"] as? [[String: Any]])
        #expect(changed.count == 7 && changed.last?["url"] as? String == "/news/p7/")
    }
}
