import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// One renderer writes every body in either link style: root-relative on the pages, absolute in
/// the feeds and JSON-LD, in one pass over the bytes.
@Suite struct BodyRendererTests {
    static let post = """
    ---
    title: 端
    date: 2024-01-01
    ---
    ![図](../static/fig.svg) と [会](../events/open.yaml#access) と [上](#見出し)[^1]。![二](/static/fig.svg)

    <a href="/portal/join/">生</a> <img src="/portal/static/fig.svg" alt="生"> <a href="#x">f</a> <img src="//cdn.example/a.png" alt="c">

    ## 見出し

    [^1]: 注。[参加](../pages/join.md)

    """

    static func site(rawHTML: Bool, base: String = "https://alumni.example.com/portal/") -> [String: String] {
        [
            "site.yaml": "title: テスト アルムナイ\nbase_url: \(base)\nmin_cell: 5\nmarkdown: {raw_html: \(rawHTML)}\n",
            "static/fig.svg": ##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"/>"##,
            "events/open.yaml": "title: 交流会\nstart: 2030-01-01T19:00:00+09:00\nmode: online\naudience: public\nonline_url: https://meet.example.com/x\n",
            "pages/join.md": "---\ntitle: 参加\n---\n本文\n",
            "news/p.md": post,
        ]
    }

    func prepared(_ files: [String: String]) throws -> (site: RenderedSite, dir: TemporaryDirectory) {
        let dir = try TemporaryDirectory(files)
        let build = Build(settings(content: dir.path, output: dir.path + "-site"))
        return (try build.prepare(build.siteFile()).site, dir)
    }

    /// The two styles differ in their URLs only: root-relative ones get the origin and fragment
    /// links the post's URL; links to other hosts (`//cdn…`) and everything else stay.
    @Test(arguments: [false, true])
    func bothStylesComeFromOneRendering(rawHTML: Bool) throws {
        let (site, dir) = try prepared(Self.site(rawHTML: rawHTML))
        defer { _ = dir }
        let body = try #require(site.derived.news.first).body
        let page = site.bodies.html(body, .rootRelative)
        let feed = site.bodies.html(body, .absolute(page: .newsPost("p")))
        #expect(page.contains(##"<img src="/portal/static/fig.svg" width="64" height="32" alt="図" />"##))
        #expect(page.contains(##"<img loading="lazy" decoding="async" src="/portal/static/fig.svg" width="64" height="32" alt="二" />"##))
        #expect(page.contains(##"<a href="/portal/events/open/#access">会</a>"##))
        #expect(page.contains(##"<a href="/portal/join/">参加</a>"##))
        #expect(page.contains(##"<h2 class="visually-hidden">脚注</h2>"##) && page.contains(##"aria-label="本文に戻る""##))
        #expect(!page.contains("kizuna:link") && !page.contains("Back to content"))
        #expect(page.contains(##"<a href="/portal/join/">生</a>"##) == rawHTML)
        let expected = page
            .replacingOccurrences(of: ##" href="/"##, with: ##" href="https://alumni.example.com/"##)
            .replacingOccurrences(of: ##" src="/"##, with: ##" src="https://alumni.example.com/"##)
            .replacingOccurrences(of: " href=\"#", with: " href=\"https://alumni.example.com/portal/news/p/#")
            .replacingOccurrences(of: "https://alumni.example.com//cdn", with: "//cdn")
        #expect(feed == expected)
        #expect(feed != page)
        // The built files carry exactly these.
        let files = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files.texts()
        #expect(try #require(files["news/p/index.html"]).contains(page))
        let json = try JSONSerialization.jsonObject(with: Data(try #require(files["news/feed.json"]).utf8)) as? [String: Any]
        let items = try #require(json?["items"] as? [[String: Any]])
        #expect(items.first?["content_html"] as? String == feed)
    }

    /// A fragment link in a feed points into the page, its URL escaped as every attribute value
    /// is (a base path may hold `&`).
    @Test func thePageURLOfAFragmentIsEscaped() throws {
        let (site, dir) = try prepared(Self.site(rawHTML: false, base: "https://alumni.example.com/a&b/"))
        defer { _ = dir }
        let feed = site.bodies.html(try #require(site.derived.news.first).body, .absolute(page: .newsPost("p")))
        #expect(feed.contains(##"<a href="https://alumni.example.com/a&amp;b/news/p/#%E8%A6%8B%E5%87%BA%E3%81%97">上</a>"##))
        #expect(feed.contains(##"<a href="https://alumni.example.com/a&amp;b/events/open/#access">会</a>"##))
        #expect(!feed.contains("/a&b/"))
    }

    /// Google for Jobs shows a posting's description away from its page: its links are absolute,
    /// as in the opportunities feed.
    @Test func aJobPostingsDescriptionLinksAbsolutely() throws {
        var files = Self.site(rawHTML: false)
        files["opportunities/o.yaml"] = JobPostingTests.posting
            .replacingOccurrences(of: "法人営業の**提案資料**を作成していただきます。", with: "[説明会](../events/open.yaml)と[上](#top)[^1]。\n\n  [^1]: 注。")
        let dir = try TemporaryDirectory(files)
        let moment = try #require(Timestamp(iso: "2030-06-01T12:00:00+09:00", zone: TimeZone(identifier: "Asia/Tokyo")!)).date
        let built = try Build(settings(content: dir.path, output: dir.path + "-site", now: moment)).renderedFiles().files.texts()
        let html = try #require(built["opportunities/o/index.html"])
        let data = try #require(try JobPostingTests().jobPosting(html))
        let description = try #require(data["description"] as? String)
        #expect(description.contains(##"<a href="https://alumni.example.com/portal/events/open/">説明会</a>"##))
        #expect(description.contains(##"<a href="https://alumni.example.com/portal/opportunities/o/#top">上</a>"##))
        #expect(description.contains("脚注") && !description.contains(##"href="/"##) && !description.contains("href=\"#"))
        let feed = try #require(built["opportunities/feed.xml"])
        #expect(feed.contains("href=&quot;https://alumni.example.com/portal/events/open/&quot;"))
        #expect(!feed.contains("href=&quot;/") && !feed.contains("href=&quot;#"))
    }

    // MARK: The pass itself

    static func absolute(_ html: String, origin: String? = "https://a.example", page: String = "https://a.example/n/p/") -> String {
        BodyRenderer.write(html, slots: [], eagerImages: .max, footnotes: nil, absolute: .init(origin: origin, page: page))
    }

    /// Slots are filled in one pass (trying every slot at every quote took 78 s on a 1 MB post
    /// of 13,680 internal links): two-digit slots, slots side by side, a slot with no value.
    @Test func slotsAreFilledInOnePass() {
        let values = (0..<12).map { "\"/v\($0)/\"" }
        let html = (0..<12).map { "<a href=\(RenderedMarkdown.slot($0))>\($0)</a>" }.joined() + RenderedMarkdown.slot(1) + RenderedMarkdown.slot(11)
            + " " + RenderedMarkdown.slot(12) + " \"kizuna:link:\" \"kizuna:link:1x\" \"kizuna:link:"
        let expected = (0..<12).map { "<a href=\"/v\($0)/\">\($0)</a>" }.joined() + "\"/v1/\"\"/v11/\""
            + " \"kizuna:link:12\" \"kizuna:link:\" \"kizuna:link:1x\" \"kizuna:link:"
        #expect(BodyRenderer.write(html, slots: values, eagerImages: 1, footnotes: nil, absolute: nil) == expected)
        #expect(BodyRenderer.write(html, slots: [], eagerImages: 1, footnotes: nil, absolute: nil) == html)
    }

    /// In the absolute style an internal link's slot is written as it comes (absolute already),
    /// not given the origin or the page a second time; a slot without a value stays a slot.
    @Test func aSlotInTheAbsoluteStyleIsWrittenAsItComes() {
        let html = ##"<a href="kizuna:link:0">a</a><img src="kizuna:link:1" alt=""> <a href="kizuna:link:2">c</a>"##
        let slots = [##""https://a.example/x/""##, ##""https://a.example/i.png" width="2" height="1""##]
        #expect(BodyRenderer.write(html, slots: slots, eagerImages: 0, footnotes: nil, absolute: .init(origin: "https://a.example", page: "P"))
            == ##"<a href="https://a.example/x/">a</a><img loading="lazy" decoding="async" src="https://a.example/i.png" width="2" height="1" alt=""> <a href="kizuna:link:2">c</a>"##)
    }

    @Test func contentLinksBecomeAbsolute() {
        let html = ##"<a href="/portal/x/">x</a> <img src="/portal/static/a.png" alt=""> <a href="#fn-1">1</a> <a href="https://e.com/">e</a> <a href="//cdn/x">c</a>"##
        #expect(Self.absolute(html, page: "https://a.example/portal/news/p/") ==
            ##"<a href="https://a.example/portal/x/">x</a> <img src="https://a.example/portal/static/a.png" alt=""> <a href="https://a.example/portal/news/p/#fn-1">1</a> <a href="https://e.com/">e</a> <a href="//cdn/x">c</a>"##)
        // Without raw HTML there is no root-relative URL but a slot's: nothing else is touched.
        #expect(Self.absolute(html, origin: nil, page: "P") ==
            ##"<a href="/portal/x/">x</a> <img src="/portal/static/a.png" alt=""> <a href="P#fn-1">1</a> <a href="https://e.com/">e</a> <a href="//cdn/x">c</a>"##)
    }

    /// One pass over the body (issue 16: a search to the end of the body for each link took
    /// minutes on a body with thousands of footnotes): the edges of the rewrite.
    @Test func contentLinksBecomeAbsoluteAtTheEdges() {
        let page = "https://a.example/n/p/"
        #expect(Self.absolute(##"<a href="/">r</a><img src="#x"><a href=""></a> href="/x" <a href="/"##)
            == ##"<a href="https://a.example/">r</a><img src="#x"><a href=""></a> href="https://a.example/x" <a href="https://a.example/"##)
        #expect(Self.absolute(##"<a  href="/x"><a href='/x'><a data-href="/x"> src="##) == ##"<a  href="https://a.example/x"><a href='/x'><a data-href="/x"> src="##)
        let many = String(repeating: ##"<sup><a href="#fn-1">1</a></sup> "##, count: 3)
        #expect(Self.absolute(many) == String(repeating: ##"<sup><a href="\##(page)#fn-1">1</a></sup> "##, count: 3))
        #expect(Self.absolute("交流会 href=\"/会\"") == "交流会 href=\"https://a.example/会\"")
        #expect(Self.absolute("<img") == "<img" && Self.absolute(" href=\"") == " href=\"" && Self.absolute("\"kizuna:link:0\"") == "\"kizuna:link:0\"")
    }

    /// Images, footnote words and links in the same pass, in both styles; the footnote words only
    /// when cmark-gfm wrote footnotes (`footnotes` nil leaves a writer's look-alike alone).
    @Test func imagesAndFootnotesInTheSamePass() {
        let html = ##"<img src="a"><img src="b"><section class="footnotes" data-footnotes>"## + "\n" + ##"<a href="#r" aria-label="Back to content">↩</a></section><img src="c">"##
        let words = BodyRenderer.Footnotes(heading: "脚注", backToContent: "本文に戻る")
        #expect(BodyRenderer.write(html, slots: [], eagerImages: 2, footnotes: words, absolute: nil) == """
            <img src="a"><img src="b"><section class="footnotes" data-footnotes>
            <h2 class="visually-hidden">脚注</h2>
            <a href="#r" aria-label="本文に戻る">↩</a></section><img loading="lazy" decoding="async" src="c">
            """)
        #expect(BodyRenderer.write(html, slots: [], eagerImages: 0, footnotes: nil, absolute: .init(origin: nil, page: "P")) == """
            <img loading="lazy" decoding="async" src="a"><img loading="lazy" decoding="async" src="b"><section class="footnotes" data-footnotes>
            <a href="P#r" aria-label="Back to content">↩</a></section><img loading="lazy" decoding="async" src="c">
            """)
        #expect(BodyRenderer.write("<p>x</p>", slots: [], eagerImages: 0, footnotes: nil, absolute: nil) == "<p>x</p>")
    }
}
