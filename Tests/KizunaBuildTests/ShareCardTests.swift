import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Open Graph and Twitter card meta: what a chat app or mail client shows when a page is shared.
@Suite struct ShareCardTests {
    func pages(_ files: [String: String], audience: Audience = .public) throws -> [String: String] {
        let dir = try TemporaryDirectory(files)
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience)).renderedFiles()
        return built.texts(htmlOnly: true)
    }

    static let site: [String: String] = [
        "site.yaml": minimalSiteYAML + "image: /static/share.png\ndescription: 卒業生のネットワーク\n",
        "static/share.png": "png",
        "static/news/photo.jpg": "jpg",
        "news/with-image.md": "---\ntitle: 写真つき\ndate: 2024-03-01T10:00:00+09:00\nupdated: 2024-03-02\ntags: [交流会, report]\nimage: /static/news/photo.jpg\nsummary: 要約です。\n---\n本文\n",
        "news/plain.md": "---\ntitle: 写真なし\ndate: 2024-02-01\n---\n本文です。\n",
    ]

    @Test func aPostIsAnArticleWithItsImageDatesAndTags() throws {
        let post = try #require(try pages(Self.site)["news/with-image/index.html"])
        for line in [
            #"<meta property="og:type" content="article">"#,
            #"<meta property="og:locale" content="ja_JP">"#,
            #"<meta property="og:description" content="要約です。">"#,
            #"<meta property="og:image" content="https://alumni.example.com/static/news/photo.jpg">"#,
            #"<meta property="article:published_time" content="2024-03-01T10:00:00+09:00">"#,
            #"<meta property="article:modified_time" content="2024-03-02T00:00:00+09:00">"#,
            #"<meta property="article:tag" content="交流会">"#,
            #"<meta property="article:tag" content="report">"#,
            #"<meta name="twitter:card" content="summary_large_image">"#,
        ] {
            #expect(post.contains(line + "\n"), "missing \(line)")
        }
    }

    @Test func otherPagesAreWebsitesWithTheSiteImage() throws {
        let built = try pages(Self.site)
        let plain = try #require(built["news/plain/index.html"])
        // A post without an image still shares the site's.
        #expect(plain.contains(#"<meta property="og:image" content="https://alumni.example.com/static/share.png">"#))
        #expect(plain.contains(#"<meta property="og:description" content="本文です。">"#))
        let home = try #require(built["index.html"])
        #expect(home.contains(#"<meta property="og:type" content="website">"#))
        #expect(home.contains(#"<meta property="og:description" content="卒業生のネットワーク">"#))
        #expect(home.contains(#"<meta name="twitter:card" content="summary_large_image">"#))
        #expect(!home.contains("article:published_time"))
    }

    @Test func withoutAnyImageTheCardIsASummary() throws {
        var site = Self.site
        site["site.yaml"] = minimalSiteYAML + "language: en\n"
        let home = try #require(try pages(site)["index.html"])
        #expect(home.contains(#"<meta name="twitter:card" content="summary">"#))
        #expect(home.contains(#"<meta property="og:locale" content="en_US">"#))
        #expect(!home.contains("og:image"))
    }

    @Test func aMembersBuildKeepsNoindex() throws {
        let post = try #require(try pages(Self.site, audience: .members)["news/with-image/index.html"])
        #expect(post.contains(#"<meta name="robots" content="noindex, nofollow">"#))
        #expect(post.contains(#"<meta property="og:type" content="article">"#))
    }

    @Test func theSiteImageIsChecked() throws {
        let bad = try diagnostics(for: ["site.yaml": minimalSiteYAML + "image: share.png\n"])
        #expect(bad == ["<dir>/site.yaml:4:8: error: 'image' must be a site path starting with '/' (such as /static/share.png) or an http(s) address"])
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML + "image: /static/missing.png\n"])
        #expect(throws: BuildFailure.self) { try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles() }
        do {
            _ = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles()
        } catch {
            #expect(error.diagnostics.map(\.location.line) == [4])
            #expect(error.diagnostics.first?.message.contains("'image' points to /static/missing.png") == true)
        }
    }
}
