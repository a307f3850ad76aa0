import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Reading on: reading time, related posts, tag display names.
@Suite struct ReadingOnTests {
    @Test func readingTimeCountsJapaneseByCharactersAndEnglishByWords() {
        #expect(ReadingTime.minutes("") == 1)
        #expect(ReadingTime.minutes(String(repeating: "交流会のお知らせです。", count: 100)) == 2)  // 900 kana/kanji (+100 marks not counted)
        #expect(ReadingTime.minutes(String(repeating: "あ", count: 1500)) == 3)
        #expect(ReadingTime.minutes(String(repeating: "word ", count: 400)) == 2)
        #expect(ReadingTime.minutes(String(repeating: "don't re-hire ", count: 200)) == 2)  // 400 words
        // Mixed: 500 characters (one minute) and 200 words (one minute).
        #expect(ReadingTime.minutes(String(repeating: "あ", count: 500) + String(repeating: " word", count: 200)) == 2)
    }

    func post(_ slug: String, _ day: Int, _ tags: [String]) -> PublishedPost {
        let date = Timestamp(date: Date(timeIntervalSince1970: Double(day) * 86_400), hasTime: false)
        let post = NewsPost(slug: slug, title: slug, date: date, tags: tags, summary: nil, author: nil, draft: false,
                            audience: .public, image: nil, body: MarkdownSource(text: "", location: SourceLocation(path: "x")),
                            at: FieldLocations(file: SourceLocation(path: "x")))
        return PublishedPost(post: post, body: RenderedMarkdown(html: "", headings: [], plainText: "", paragraphText: ""), summary: "")
    }

    @Test func relatedPostsShareTheMostTagsThenAreNewerThenBySlug() {
        // Newest first, then by slug, as the deriver orders them.
        let news = [
            post("e", 9, ["a", "b"]), post("d", 8, ["a"]), post("b", 7, ["a", "b", "c"]), post("c", 7, ["a", "b"]),
            post("a", 6, ["c"]), post("z", 5, []),
        ]
        let related = RelatedPosts.find(news).map { $0.map { news[$0].post.slug } }
        #expect(related[0] == ["b", "c", "d"])   // b and c share two tags (b before c: same day, by slug); d shares one
        #expect(related[2] == ["e", "c", "d"])   // e and c share two (e newer); d and a share one each, and d is newer
        #expect(related[5] == [])
        // Ties at one shared tag go to the newer post: for "a" (tag c) only "b" shares anything.
        #expect(related[4] == ["b"])
        #expect(RelatedPosts.find(news).map { $0.map { news[$0].post.slug } } == related)
    }

    /// A tag on every post: each post looks at a bounded window of it, so the work per post does not grow.
    @Test func relatedPostsStayLinearWithAHugeTag() {
        let news = (0..<5_000).map { post(String(format: "p%05d", $0), 10_000 - $0, ["all"]) }
        let related = RelatedPosts.find(news)
        #expect(related.count == news.count && related.allSatisfy { $0.count == 3 })
        #expect(related[4_999] == [0, 1, 2])
        #expect(related[0] == [1, 2, 3])
    }

    @Test func tagsShowTheirDisplayNames() throws {
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML + "tags:\n  event-report: イベントレポート\n  mentor: {ja: メンター, en: Mentoring}\n",
            "news/p.md": "---\ntitle: 記事\ndate: 2024-01-01\ntags: [event-report, Mentor, その他]\n---\n本文\n",
        ])
        let (files, _) = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles()
        func text(_ path: String) -> String {
            guard case .bytes(let data)? = files.first(where: { $0.path == path })?.contents else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
        let post = text("news/p/index.html")
        #expect(post.contains(#"<a href="/news/tags/event-report/">#イベントレポート</a>"#))
        #expect(post.contains(#"<a href="/news/tags/mentor/">#メンター</a>"#))
        #expect(post.contains("#その他</a>"))
        #expect(post.contains(#"<meta property="article:tag" content="イベントレポート">"#))
        #expect(text("news/tags/event-report/index.html").contains("<h1>タグ「イベントレポート」のお知らせ</h1>"))
        #expect(text("news/feed.xml").contains(#"<category term="event-report" label="イベントレポート""#))

        let bad = try diagnostics(for: ["site.yaml": minimalSiteYAML + "tags:\n  x: [a]\n  y: {jp: z}\n"])
        #expect(bad == [
            "<dir>/site.yaml:5:6: error: the display name of tag 'x' must be text, or one per language ({ja: イベントレポート, en: Event report})",
            "<dir>/site.yaml:6:7: error: the names of tag 'y' are given per language code (ja, en …), and 'jp' is not one",
        ])
    }
}
