import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

@Suite struct MarkdownTests {
    let markdown = MarkdownRenderer()

    @Test func gfmExtensionsAreOn() {
        let html = markdown.render("""
        | 項目 | 数 |
        |---|---:|
        | 参加者 | 80 |

        ~~中止~~ と 10時~12時

        - [x] 申込
        - [ ] 入金

        脚注です[^1]

        [^1]: 注記
        """).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td style=\"text-align: right\">80</td>"))
        #expect(html.contains("<del>中止</del>"))
        // A single tilde is a Japanese range, not strikethrough.
        #expect(html.contains("10時~12時"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> 申込"))
        #expect(html.contains("class=\"footnotes\""))
        #expect(html.contains("href=\"#fn-1\""))
    }

    @Test func rawHTMLIsDroppedByDefault() {
        let html = markdown.render("<script>alert(1)</script>\n\n<b>太字</b> [x](javascript:alert(1))").html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("href=\"\""))
    }

    @Test func rawHTMLCanBeAllowedButDangerousTagsStayFiltered() {
        let html = MarkdownRenderer(allowRawHTML: true).render("<b>太字</b>\n\n<script>alert(1)</script>\n").html
        #expect(html.contains("<b>太字</b>"))
        #expect(html.contains("&lt;script>"))
    }

    /// cmark-gfm's tagfilter checks only the start of an HTML node; browsers end `<?x >` and
    /// `<![CDATA[ >` at the first `>`, so the `<script>` after it used to run.
    @Test func rawHTMLFiltersDangerousTagsAnywhereInANode() {
        let renderer = MarkdownRenderer(allowRawHTML: true)
        #expect(renderer.render("a <?x > <script>alert(1)</script> ?> b").html
            == "<p>a <?x > &lt;script>alert(1)&lt;/script> ?> b</p>\n")
        #expect(renderer.render("a <![CDATA[ > <SCRIPT src=x></Script > ]]> b").html
            == "<p>a <![CDATA[ > &lt;SCRIPT src=x>&lt;/Script > ]]> b</p>\n")
        #expect(renderer.render("<div>\n<iframe/src=x><scripts>\n</div>").html
            == "<div>\n&lt;iframe/src=x><scripts>\n</div>\n")
    }

    @Test func headingIDsKeepJapaneseAndAreUnique() {
        let rendered = markdown.render("## 参加者の声\n\n### 参加者の声\n\n## Q&A (2025年)\n\n## !!!\n")
        #expect(rendered.headings.map(\.id) == ["参加者の声", "参加者の声-1", "qa-2025年", "section"])
        #expect(rendered.html.contains("<h2 id=\"参加者の声\">参加者の声</h2>"))
        #expect(rendered.html.contains("<h3 id=\"参加者の声-1\">参加者の声</h3>"))
    }

    @Test func headingInlineMarkupIsKeptAndEscaped() {
        let rendered = markdown.render("## `code` と <i>生HTML</i> & **強調**\n")
        // The id comes from the visible text "code と 生HTML & 強調": spaces become '-', '&' goes.
        #expect(rendered.headings.map(\.id) == ["code-と-生html--強調"])
        #expect(rendered.headings.map(\.text) == ["code と 生HTML & 強調"])
        let html = rendered.html
        #expect(html.hasPrefix("<h2 id=\"code-と-生html--強調\">"))
        #expect(html.contains("<code>code</code> と "))
        #expect(html.contains("<strong>強調</strong></h2>"))
        #expect(html.contains(" &amp; "))
        #expect(!html.contains("<i>"))
    }

    @Test func autolinksStopAtJapaneseText() {
        let html = markdown.render("詳しくは https://example.com/guideをご覧ください。 www.example.com/aです").html
        #expect(html.contains("<a href=\"https://example.com/guide\">https://example.com/guide</a>をご覧ください。"))
        #expect(html.contains("<a href=\"http://www.example.com/a\">www.example.com/a</a>です"))
    }

    @Test(arguments: [
        ("https://example.com/a_b_c を参照", "<a href=\"https://example.com/a_b_c\">https://example.com/a_b_c</a> を参照"),
        ("see www.example.com.", "see <a href=\"http://www.example.com\">www.example.com</a>."),
        ("(www.example.com/a(b)) end", "(<a href=\"http://www.example.com/a(b)\">www.example.com/a(b)</a>) end"),
        ("www.google.com/search?q=commonmark&hl; x", "<a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl; x"),
        ("連絡先はinfo@example.comまで", "連絡先は<a href=\"mailto:info@example.com\">info@example.com</a>まで"),
        ("詳細はhttps://example.jp/eventsにて", "詳細は<a href=\"https://example.jp/events\">https://example.jp/events</a>にて"),
        ("www.a_b.example.com and www.example.a_b", "<a href=\"http://www.a_b.example.com\">www.a_b.example.com</a> and www.example.a_b"),
        ("xhttps://example.com and awww.example.com", "xhttps://example.com and awww.example.com"),
        ("[リンク](https://example.com/) と <https://example.org/>", "<a href=\"https://example.com/\">リンク</a> と <a href=\"https://example.org/\">https://example.org/</a>"),
        ("`https://example.com/code`", "<code>https://example.com/code</code>"),
        ("HTTPS://EXAMPLE.COM/X", "<a href=\"HTTPS://EXAMPLE.COM/X\">HTTPS://EXAMPLE.COM/X</a>"),
    ])
    func bareAddressesAreLinkedLikeGitHub(_ input: String, _ expected: String) {
        #expect(markdown.render(input).html == "<p>\(expected)</p>\n")
    }

    /// cmark-gfm's own autolink extension takes minutes on this (quadratic); ours is linear. The
    /// time limit only turns a hang into a failure (generous, for sanitizer builds); speed itself
    /// is measured in benchmarks.
    @Test(.timeLimit(.minutes(2))) func hostileAutolinkInputRendersInLinearTime() {
        let body = String(repeating: "www.a_", count: 100_000)
        let html = markdown.render(body).html
        #expect(html == "<p>\(body)</p>\n")
        let mixed = String(repeating: "www.www.", count: 50_000) + String(repeating: "a", count: 200_000) + "_x.y"
        #expect(!markdown.render(mixed).html.contains("<a "))
        let mails = String(repeating: "a@", count: 100_000) + "example.com"
        #expect(markdown.render(mails).html.hasSuffix("<a href=\"mailto:a@example.com\">a@example.com</a></p>\n"))
    }

    @Test func plainTextJoinsJapaneseLinesWithoutSpaces() {
        let rendered = markdown.render("# 見出し\n\n一行目の文章と\n二行目の文章。\n\nEnglish line\nnext line\n")
        #expect(rendered.plainText == "見出し\n一行目の文章と二行目の文章。\nEnglish line next line")
    }

    @Test func lineBreaksBetweenJapaneseTextLeaveNoSpace() {
        let html = markdown.render("担当しました。\n現在は**人事**\nです。\nThen English\nwords と\n日本語").html
        #expect(html == "<p>担当しました。現在は<strong>人事</strong>です。\nThen English\nwords と日本語</p>\n")
    }

    /// Derive's HTML does not depend on the theme: cmark-gfm's footnote words stay for Render
    /// to put in the site's language (see `LinkTests.footnotesSpeakTheSiteLanguage`).
    @Test func tablesScrollAndFootnotesAreLeftForRender() {
        let rendered = markdown.render("| a |\n|---|\n| 1 |\n\n注[^n]\n\n[^n]: 説明\n")
        #expect(rendered.html.contains("<div class=\"table-wrap\"><table>"))
        #expect(rendered.html.contains("</table></div>"))
        #expect(rendered.hasFootnotes)
        #expect(rendered.html.contains("aria-label=\"Back to content\""))
        #expect(!markdown.render("注はありません。\n").hasFootnotes)
    }

    @Test func paragraphTextLeavesOutHeadingsAndLists() {
        let rendered = markdown.render("冒頭の段落です。\n\n## 見出し\n\n- 項目\n\n次回は~~11月~~12月です。\n")
        #expect(rendered.paragraphText == "冒頭の段落です。\n次回は12月です。")
    }

    @Test func summariesCutAtSentenceEnds() {
        let text = String(repeating: "あ", count: 50) + "。" + String(repeating: "い", count: 100)
        #expect(Summary.derive(from: text) == String(repeating: "あ", count: 50) + "。")
        let long = String(repeating: "う", count: 200)
        #expect(Summary.derive(from: long) == String(repeating: "う", count: 120) + "…")
        #expect(Summary.derive(from: "短い。") == "短い。")
        #expect(Summary.derive(from: "一段落目。\n二段落目。\nEnglish one.\nEnglish two.") == "一段落目。二段落目。English one.")
    }

    /// cmark-gfm 0.29 is not thread-safe (global tables flip while parsing). Rendering from many
    /// tasks at once must give exactly what a serial run gives.
    @Test func concurrentRenderingMatchesSerial() async {
        let documents = (0..<1000).map { i in
            "# 文書\(i)\n\n~~削除\(i)~~ と https://example.com/\(i)です。\n\n| a | b |\n|---|---|\n| \(i) | ~~x~~ |\n\n"
                + "- [x] 完了\(i)\n- [ ] 未完了\n\n## [見出し](../events/e\(i).yaml)\n\n注[^\(i)]\n\n[^\(i)]: 脚注 www.example.org/\(i)\n"
        }
        let serial = documents.map { markdown.render($0).html }
        let renderer = markdown
        let concurrent = await withTaskGroup(of: (Int, String).self) { group in
            for (i, document) in documents.enumerated() {
                group.addTask { (i, renderer.render(document).html) }
            }
            var results = Array(repeating: "", count: documents.count)
            for await (i, html) in group { results[i] = html }
            return results
        }
        #expect(concurrent == serial)
        #expect(serial.allSatisfy { $0.contains("<del>") && $0.contains("<a href=") && $0.contains("checkbox") && $0.contains("data-footnotes") })
    }
}
