import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The news feeds: Atom read by a real parser (Python's feedparser, Debian's python3-feedparser),
/// JSON Feed checked for the fields and types version 1.1 requires, and the W3C feed rules
/// feedparser does not enforce checked here.
@Suite struct FeedTests {
    static let small = Repo.fixtures + "/sites/small"

    func files(content: String = small, audience: Audience = .public) throws -> [String: Data] {
        let (files, _) = try Build(settings(content: content, output: NSTemporaryDirectory() + "unused-" + UUID().uuidString,
                                            audience: audience)).renderedFiles()
        return files.bytes
    }

    /// feedparser's reading of an Atom document: its bozo flag and what it found.
    func parse(_ atom: Data) throws -> [String: Any] {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/feed.xml"
        try atom.write(to: URL(fileURLWithPath: path))
        let script = """
        import feedparser, json, sys
        d = feedparser.parse(sys.argv[1])
        print(json.dumps({"bozo": d.bozo, "problem": str(d.get("bozo_exception", "")), "title": d.feed.get("title"),
          "language": d.feed.get("language"), "links": [l["href"] for l in d.feed.get("links", [])],
          "entries": [{"id": e.id, "title": e.title, "link": e.link, "updated": e.updated, "published": e.published,
                       "author": e.get("author"), "tags": [t["label"] for t in e.get("tags", [])],
                       "content": e.content[0].value, "content_type": e.content[0].type, "summary": e.summary}
                      for e in d.entries]}))
        """
        return try pythonJSON(script, path)
    }

    func entries(_ parsed: [String: Any]) -> [[String: Any]] { parsed["entries"] as? [[String: Any]] ?? [] }

    @Test func theAtomFeedParsesWithoutProblems() throws {
        let site = try files()
        let parsed = try parse(try #require(site["news/feed.xml"]))
        #expect(parsed["bozo"] as? Bool == false, "\(parsed["problem"] ?? "")")
        #expect(parsed["title"] as? String == "テスト商事 アルムナイのお知らせ")
        #expect(parsed["language"] as? String == "ja")
        #expect(parsed["links"] as? [String] == ["https://alumni.example.org/portal/news/feed.xml", "https://alumni.example.org/portal/news/"])
        let list = entries(parsed)
        // Public build: the published public post only (not the draft, the future one or the members-only one).
        #expect(list.map { $0["id"] as? String } == ["https://alumni.example.org/portal/news/first-meetup/"])
        let entry = try #require(list.first)
        #expect(entry["title"] as? String == "初の交流会を開催しました <速報>")
        #expect(entry["updated"] as? String == "2026-10-25T18:00:00+09:00")
        #expect(entry["author"] as? String == "運営事務局")
        #expect(entry["tags"] as? [String] == ["イベントレポート", "交流会"], "tags by their display names")
        #expect(entry["content_type"] as? String == "text/html")
        #expect((entry["content"] as? String)?.contains("<table>") == true)
    }

    @Test func everyTagHasAnAtomFeed() throws {
        let site = try files()
        for tag in ["event-report", "交流会"] {
            let data = try #require(site["news/tags/\(tag)/feed.xml"], "no feed for \(tag)")
            let parsed = try parse(data)
            #expect(parsed["bozo"] as? Bool == false)
            #expect(entries(parsed).count == 1)
        }
        let page = String(decoding: try #require(site["news/tags/event-report/index.html"]), as: UTF8.self)
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"タグ「イベントレポート」のお知らせ\" href=\"/portal/news/tags/event-report/feed.xml\">"))
    }

    @Test func membersOnlyPostsAreOnlyInMembersFeeds() throws {
        let publicSite = try files(audience: .public)
        let membersSite = try files(audience: .members)
        for feed in ["news/feed.xml", "news/feed.json"] {
            let publicText = String(decoding: try #require(publicSite[feed]), as: UTF8.self)
            let membersText = String(decoding: try #require(membersSite[feed]), as: UTF8.self)
            #expect(!publicText.contains("members-update") && !publicText.contains("会員向けのお知らせ"))
            #expect(membersText.contains("members-update"))
        }
        // The members post's raw <script> was dropped by Markdown, and stays dropped in the feed.
        let membersFeed = try #require(membersSite["news/feed.xml"])
        let members = entries(try parse(membersFeed))
        #expect(members.map { $0["title"] as? String } == ["会員向けのお知らせ", "初の交流会を開催しました <速報>"])
        #expect(!members.contains { ($0["content"] as? String)?.contains("<script") == true })
    }

    @Test func theJSONFeedHasTheRequiredFieldsAndTypes() throws {
        let data = try #require(try files(audience: .members)["news/feed.json"])
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "テスト商事 アルムナイのお知らせ")
        #expect(feed["home_page_url"] as? String == "https://alumni.example.org/portal/news/")
        #expect(feed["feed_url"] as? String == "https://alumni.example.org/portal/news/feed.json")
        #expect(feed["language"] as? String == "ja")
        #expect((feed["authors"] as? [[String: Any]])?.first?["name"] as? String == "テスト商事株式会社")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 2)
        let dates = ISO8601DateFormatter()
        for item in items {
            // Version 1.1: id is a string; content_html or content_text; dates in RFC 3339.
            #expect(item["id"] is String && item["url"] is String && item["title"] is String)
            #expect(item["content_html"] is String)
            #expect(dates.date(from: item["date_published"] as? String ?? "") != nil)
            #expect(dates.date(from: item["date_modified"] as? String ?? "") != nil)
            #expect(item["tags"] is [String])
        }
        #expect(items.first?["summary"] as? String == "会員だけに届くお知らせです。")
    }

    /// A post linking every way a body can: a page by its file and by its path, a protocol-relative
    /// link before them (`//` must not excuse a root-relative link after it), a footnote, an image.
    static let linkingPost = """
        ---
        title: リンクのある記事
        date: 2026-11-10
        ---
        [配信元](//cdn.example.org/x.js)、[概要](../pages/about.md)、[お知らせ](/news/)、注釈[^1]。

        ![ロゴ](/static/logo.svg) と [外部](https://example.org/)。

        [^1]: 注です。

        """

    /// Every `href` and `src` value in `html`, each occurrence on its own.
    static func linkValues(_ html: String) -> [String] {
        [" href=\"", " src=\""].flatMap { attribute in
            html.components(separatedBy: attribute).dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
    }

    /// A value a feed reader away from the site can follow: not root-relative, not fragment-only.
    static func isAbsolute(_ value: String) -> Bool {
        !(value.hasPrefix("/") && !value.hasPrefix("//")) && !value.hasPrefix("#")
    }

    /// What the W3C feed validator checks and feedparser does not: URLs in content absolute,
    /// exactly one `id`, `updated`, `published` per entry, and one `updated` for the feed.
    @Test func feedsFollowTheRulesFeedparserLetsPass() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.small, toPath: dir.path + "/content")
        try Data(Self.linkingPost.utf8).write(to: URL(fileURLWithPath: dir.path + "/content/news/links.md"))
        let site = try files(content: dir.path + "/content", audience: .members)
        var checked: [String] = []
        for (path, data) in site where path.hasSuffix("feed.xml") {
            let xml = String(decoding: data, as: UTF8.self)
            let document = try XMLDocument(data: data)
            let feedUpdated = try document.nodes(forXPath: "/*[local-name()='feed']/*[local-name()='updated']")
            #expect(feedUpdated.count == 1, "\(path)")
            for entry in try document.nodes(forXPath: "//*[local-name()='entry']") {
                for name in ["id", "updated", "published", "title"] {
                    #expect(try entry.nodes(forXPath: "*[local-name()='\(name)']").count == 1, "\(path): \(name)")
                }
                let contents = try entry.nodes(forXPath: "*[local-name()='content']")
                let content = try #require(contents.first?.stringValue)
                let values = Self.linkValues(content)
                for value in values { #expect(Self.isAbsolute(value), "\(path): '\(value)' in content is not absolute") }
                checked += values
            }
            #expect(!xml.contains("href=\"/") && xml.contains("xml:lang=\"ja\""))
        }
        // JSON Feed carries the same bodies.
        let jsonData = try #require(site["news/feed.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: jsonData) as? [String: Any])
        for item in json["items"] as? [[String: Any]] ?? [] {
            let values = Self.linkValues(item["content_html"] as? String ?? "")
            for value in values { #expect(Self.isAbsolute(value), "feed.json: '\(value)' in content_html is not absolute") }
        }
        // The linking post was among the entries checked, each of its links made absolute.
        let post = "https://alumni.example.org/portal/news/links/"
        for value in ["//cdn.example.org/x.js", "https://alumni.example.org/portal/about/", "https://alumni.example.org/portal/news/",
                      post + "#fn-1", "https://alumni.example.org/portal/static/logo.svg", "https://example.org/"] {
            #expect(checked.contains(value), "\(value) is not in any feed entry")
        }
    }

    @Test func entryIdsSurviveRebuildsAndATitleEdit() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.small, toPath: dir.path + "/content")
        func feed() throws -> [[String: Any]] {
            let data = try #require(try files(content: dir.path + "/content")["news/feed.xml"])
            return entries(try parse(data))
        }
        func ids() throws -> [String] { try feed().compactMap { $0["id"] as? String } }
        let first = try ids()
        #expect(try ids() == first)
        let post = dir.path + "/content/news/first-meetup.md"
        let text = try String(contentsOfFile: post, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: 改題 ")
            .replacingOccurrences(of: "author:", with: "updated: 2026-11-20T09:00:00+09:00\nauthor:")
            .write(toFile: post, atomically: true, encoding: .utf8)
        #expect(try ids() == first)
        let entry = try #require(try feed().first)
        #expect(entry["updated"] as? String == "2026-11-20T09:00:00+09:00")
        #expect(entry["published"] as? String == "2026-10-25T18:00:00+09:00")
    }

    @Test func feedItemsLimitsTheEntriesAndUpdatedMayNotComeFirst() throws {
        var posts: [String: String] = ["site.yaml": minimalSiteYAML + "feed_items: 2\n"]
        for i in 1...4 { posts["news/p\(i).md"] = "---\ntitle: 記事\(i)\ndate: 2024-01-0\(i)\n---\n本文\n" }
        let dir = try TemporaryDirectory(posts)
        let data = try #require(try files(content: dir.path)["news/feed.xml"])
        let feed = entries(try parse(data))
        #expect(feed.compactMap { $0["title"] as? String } == ["記事4", "記事3"])

        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML, "news/x.md": "---\ntitle: x\ndate: 2024-02-01\nupdated: 2024-01-01\n---\n"])
        #expect(lines == ["<dir>/news/x.md:4:10: error: 'updated' is before the post's 'date'; it says when a published post was last changed"])
    }

    @Test func pagesLinkTheFeeds() throws {
        let site = try files()
        // A month's digest has the e-mail layout (no site chrome): every other page links the feeds.
        for (path, data) in site where path.hasSuffix(".html") && !(path.hasPrefix("digest/") && path != "digest/index.html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"テスト商事 アルムナイのお知らせ\" href=\"/portal/news/feed.xml\">"), "\(path)")
            #expect(html.contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"テスト商事 アルムナイのお知らせ（JSON Feed）\" href=\"/portal/news/feed.json\">"), "\(path)")
            #expect(html.contains("<a class=\"feed-link\" href=\"/portal/news/feed.xml\">お知らせのフィード</a>"), "\(path): footer")
        }
        let list = String(decoding: try #require(site["news/index.html"]), as: UTF8.self)
        #expect(list.contains("href=\"/portal/news/feed.json\">JSON Feed</a>"))
    }

    @Test func charactersXMLCannotCarryBecomeReplacementCharacters() {
        #expect(XMLEscape.text("a\u{1}b\u{B}c\td\u{FFFE}<\n") == "a\u{FFFD}b\u{FFFD}c\td\u{FFFD}&lt;\n")
    }
}
