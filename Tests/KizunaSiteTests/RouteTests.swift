import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The route table: one owner of every URL, and two outputs never share a file.
@Suite struct RouteTests {
    @Test func collisionsAreLocatedAndNameBothSources() throws {
        let lines = try buildErrors([
            "site.yaml": minimalSiteYAML,
            "news/tags.md": "---\ntitle: タグについて\ndate: 2024-01-01\n---\n本文\n",
            "opportunities/rehire.yaml": "title: 再入社\nkind: rehire\nposted: 2024-01-01\naudience: public\napply: mailto:a@example.com\n",
            "pages/news.md": "---\ntitle: ニュース\n---\n本文\n",
            "pages/static.md": "---\ntitle: static\n---\n本文\n",
            "static/index.html": "<p>x</p>\n",
        ])
        #expect(lines == [
            "<dir>/news/tags.md:1:1: error: news post 'tags' writes news/tags/index.html, which is also written by the tag index; change its slug or file name",
            "<dir>/opportunities/rehire.yaml:1:1: error: opportunity 'rehire' writes opportunities/rehire/index.html, which is also written by the rehire board; change its slug or file name",
            "<dir>/pages/news.md:1:1: error: page 'news' writes news/index.html, which is also written by the news list; change its slug or file name",
            "<dir>/static/index.html:1:1: error: static file 'index.html' writes static/index.html, which is also written by page 'static' (<dir>/pages/static.md); change its slug or file name",
        ])
    }

    @Test func everyLinkOfEveryPageIsARoute() throws {
        let out = try TemporaryDirectory()
        for audience in Audience.allCases {
            let build = Build(settings(output: out.path + "/site", audience: audience))
            let files = try build.renderedFiles().files
            let written = Set(files.map(\.path))
            let regex = try NSRegularExpression(pattern: ##"(?:href|src)="(/[^"#?]*)"##)
            var checked = 0
            for file in files where file.path.hasSuffix(".html") {
                guard case .bytes(let data) = file.contents else { continue }
                let html = String(decoding: data, as: UTF8.self)
                for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                    var path = String(html[Range(match.range(at: 1), in: html)!].dropFirst())
                    path = path.removingPercentEncoding ?? path
                    if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
                    #expect(written.contains(path), "\(file.path) links to /\(path), which the \(audience) build does not write")
                    checked += 1
                }
            }
            #expect(checked > 500)
        }
    }

    @Test func urlsLiveUnderTheBasePath() throws {
        let dir = try TemporaryDirectory([
            "site.yaml": "title: t\nbase_url: https://example.com/alumni/\n",
            "news/a.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [交流会]\n---\n[登録](/join/)と[B](b.md)\n",
            "news/b.md": "---\ntitle: B\ndate: 2024-01-02\n---\nB\n",
            "pages/join.md": "---\ntitle: 参加\n---\n本文\n",
        ])
        let files = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files
        let page = try #require(files.first { $0.path == "news/a/index.html" })
        guard case .bytes(let data) = page.contents else { throw CocoaError(.fileReadUnknown) }
        let html = String(decoding: data, as: UTF8.self)
        #expect(html.contains("<a href=\"/alumni/join/\">登録</a>"))
        #expect(html.contains("<a href=\"/alumni/news/b/\">B</a>"))
        #expect(html.contains("href=\"/alumni/news/tags/%E4%BA%A4%E6%B5%81%E4%BC%9A/\""))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/alumni/assets/style.css\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.com/alumni/news/a/\">"))
        #expect(!html.contains("href=\"/news"))
    }
}

/// A pagination bar links a window of pages, so a list of n pages costs O(n), not O(n²).
@Suite struct PaginationTests {
    @Test(arguments: [
        (1, 1, "1"), (2, 7, "1 2 3 4 5 6 7"), (1, 500, "1 2 3 … 500"), (6, 500, "1 … 4 5 6 7 8 … 500"),
        (4, 500, "1 2 3 4 5 6 … 500"), (5, 500, "1 2 3 4 5 6 7 … 500"), (497, 500, "1 … 495 496 497 498 499 500"),
        (500, 500, "1 … 498 499 500"), (4, 8, "1 2 3 4 5 6 7 8"),
    ])
    func windows(current: Int, count: Int, expected: String) {
        let shown = ViewBuilder.pageWindow(current: current, count: count).map { $0.map(String.init) ?? "…" }.joined(separator: " ")
        #expect(shown == expected)
    }
}

/// Tag pages are paginated like the news list.
@Suite struct TagPaginationTests {
    @Test func aTagOnManyPostsHasPages() throws {
        var files = ["site.yaml": "title: t\nbase_url: https://example.com/\nnews_per_page: 2\n"]
        for i in 1...5 { files["news/p\(i).md"] = "---\ntitle: P\(i)\ndate: 2024-01-0\(i)\ntags: [交流会]\n---\n本文\n" }
        let dir = try TemporaryDirectory(files)
        let built = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files
        func page(_ path: String) -> String? {
            guard case .bytes(let data)? = built.first(where: { $0.path == path })?.contents else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        let first = try #require(page("news/tags/交流会/index.html"))
        let second = try #require(page("news/tags/交流会/page/2/index.html"))
        let third = try #require(page("news/tags/交流会/page/3/index.html"))
        #expect(page("news/tags/交流会/page/4/index.html") == nil)
        // Newest first, two a page; each page links its neighbours.
        #expect(first.contains(">P5</a>") && first.contains(">P4</a>") && !first.contains(">P3</a>"))
        #expect(third.contains(">P1</a>") && !third.contains(">P2</a>"))
        let encoded = "/news/tags/%E4%BA%A4%E6%B5%81%E4%BC%9A/"
        #expect(second.contains("<a rel=\"prev\" href=\"\(encoded)\">"))
        #expect(second.contains("<a rel=\"next\" href=\"\(encoded)page/3/\">"))
        #expect(second.contains("<title>タグ「交流会」のお知らせ（3ページ中2ページ目）｜t</title>"))
        let sitemap = try #require(page("sitemap.xml"))
        #expect(sitemap.contains("https://example.com\(encoded)page/3/"))
    }
}

/// A postponed event was not held: its page says so, and never that it has ended.
@Suite struct EventNoticeTests {
    @Test func aPastPostponedEventIsNotCalledEnded() throws {
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML,
            "events/p.yaml": "title: 交流会\nstart: 2020-01-01T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\nstatus: postponed\naudience: public\n",
            "events/h.yaml": "title: 交流会\nstart: 2020-02-01T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\naudience: public\n",
        ])
        let files = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files
        func page(_ path: String) -> String {
            guard case .bytes(let data)? = files.first(where: { $0.path == path })?.contents else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
        #expect(page("events/p/index.html").contains("延期になりました"))
        #expect(!page("events/p/index.html").contains("終了しました"))
        #expect(page("events/h/index.html").contains("終了しました"))
    }
}
