import Foundation
import Testing
@testable import KizunaContent

/// The rules a cached body must obey are the renderer's own: everything it makes passes them
/// (else the cache would only cost time), and no shape that can run script does.
@Suite struct RenderedHTMLRulesTests {
    /// Shapes of everything the renderer makes: every extension, footnotes referred to twice,
    /// hostile info strings, titles, entities, dangerous and harmless schemes, raw HTML.
    static let shapes = [
        "- [ ] a\n- [x] b\n\n1. x\n2. y\n\n3) z\n\n* nested\n  - deeper\n    > quote\n",
        "| a | b | c | d |\n|:-|-:|:-:|---|\n| 1 | 2 | 3 | `|` |\n",
        "x[^1] y[^1] z[^n]\n\n[^1]: one\n[^n]: two [^1]\n",
        "```\"><script>alert(1)</script>\nx\n```\n\n~~~ js title=\"a\"\ny\n~~~\n\n    indented\n",
        "[a](https://e.example/?a=1&b='2' \"t \\\"q\\\" <x>\") ![i](x.png 'it''s') [m](mailto:a@b.jp) [t](tel:+81) [r][ref]\n\n[ref]: /x \"r\"\n",
        "[j](javascript:alert(1)) [v](vbscript:x) [f](file:///etc/passwd) ![d](data:image/png;base64,AA) ![e](data:text/html,x) [s](JaVaScRiPt:x)\n",
        "<script>x</script>\n\n<div onclick=\"x\">y</div>\n\ninline <b onmouseover=x>b</b> <!-- c --> <?pi ?> <![CDATA[ x ]]>\n",
        "# H *e* `c`\n\n## H\n\nSetext\n======\n\n---\n\n***\n\nline  \nbreak\\\nhard\n",
        "&lt; &amp; &#x41; &copy; \"q\" 'a' <https://auto.example/x?y=1> www.example.com/a_b a@example.jp https://example.com/aです。\n",
        "**strong** __s__ *em* _e_ ***both*** ~~del~~ ~single~ `co``de` \\* \\<x\\>\n",
        "[kizuna:link:0](kizuna:link:0) [x](KIZUNA:x) [/join](/join) [file](../events/x.yaml#top) ![img](../static/x.png)\n",
        "> 引用\n> > 入れ子\n\n日本語の段落です。\n改行します。\n",
    ]

    @Test func everythingTheRendererMakesIsAdmitted() throws {
        var texts = Self.shapes
        // The example portal, the test fixtures, and the fuzz inputs kept for Markdown.
        for folder in [Repo.content, Repo.fixtures + "/sites", Repo.root + "/Fuzz/regressions/markdown", Repo.root + "/docs"] {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let file as String in walker where file.hasSuffix(".md") || folder.hasSuffix("markdown") {
                if let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) { texts.append(text) }
            }
        }
        #expect(texts.count > 30)
        for raw in [false, true] {
            let renderer = MarkdownRenderer(allowRawHTML: raw)
            for text in texts {
                let html = renderer.render(text, at: SourceLocation(path: "content/news/x.md", line: 5)).html
                #expect(RenderedHTMLRules.admits(html, allowRawHTML: raw), "raw \(raw): \(html.prefix(400))")
            }
        }
    }

    @Test(arguments: [
        "<img src=x onerror=alert(1)>", "<img src=\"x\" onerror=\"alert(1)\" />", "<script>alert(1)</script>", "<SCRIPT>x</SCRIPT>",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JavaScript:alert(1)\">x</a>", "<a href=\"&#106;avascript:x\">x</a>",
        "<a href=\"&#x6A;avascript:x\">x</a>", "<a href=\" javascript:x\">x</a>", "<a href=\"java\tscript:x\">x</a>",
        "<a href=\"vbscript:x\">x</a>", "<a href=\"file:///etc\">x</a>", "<img src=\"data:text/html,x\" alt=\"\" />",
        "<iframe src=\"https://e.example/\"></iframe>", "<svg onload=alert(1)>", "<p style=\"color:red\">x</p>",
        "<td style=\"text-align: left;background:url(x)\">x</td>", "<input type=\"text\" />", "<input type=\"checkbox\" checked=\"checked\" autofocus />",
        "<p onclick=\"x\">x</p>", "<a href='x'>x</a>", "<a href=x>x</a>", "<p", "<p class=\"x\"", "<!-- x -->", "<!-- raw HTML omitted --><!---->",
        "<a href=\"x\" href=\"javascript:x\">", "<object data=\"x\"></object>", "<base href=\"https://evil.example/\">", "<meta http-equiv=\"refresh\">",
        "<a\thref=\"x\">x</a>", "<a  href=\"x\">x</a>", "< p>x</p>", "<p >x</p>", "<form action=\"x\"><button>x</button></form>",
    ])
    func scriptShapesAreRefused(html: String) {
        #expect(!RenderedHTMLRules.admits("<p>ok</p>\n" + html, allowRawHTML: false))
    }

    /// With raw HTML, the writer's own HTML is allowed; only GFM's filtered tags are not.
    @Test func withRawHTMLOnlyFilteredTagsAreRefused() {
        #expect(RenderedHTMLRules.admits("<img src=x onerror=alert(1)>", allowRawHTML: true))
        for tag in ["<script>", "</SCRIPT>", "<iframe src=x>", "<style>", "<textarea>", "<title>", "<xmp>", "<noembed>", "<noframes>", "<plaintext>"] {
            #expect(!RenderedHTMLRules.admits("<p>x</p>" + tag, allowRawHTML: true), "\(tag)")
        }
        #expect(RenderedHTMLRules.admits("&lt;script>x&lt;/script>", allowRawHTML: true))
    }
}
