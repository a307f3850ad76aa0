import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaServe

/// The page `kizuna serve` shows while the last build failed: in the editor's language, every
/// located problem with its source line, readable on a 320 px phone, and safe whatever the
/// content says.
@Suite struct ErrorPageTests {
    static func page(_ diagnostics: [Diagnostic], language: EditorLanguage, lines: [String: [Substring]] = [:]) -> String {
        String(decoding: ErrorPage.html(diagnostics, version: 3, language: language, sourceLines: { lines[$0] }), as: UTF8.self)
    }

    @Test func theProblemsAreListedInTheEditorsLanguage() {
        let date = Diagnostic(.error, SourceLocation(path: "content/news/live.md", line: 3, column: 7),
                              FieldMessage.notDate(field: "date", .text("2026-11-xx")))
        let alt = Diagnostic(.warning, SourceLocation(path: "content/news/live.md", line: 5, column: 1), SiteLinkMessage.imageWithoutAlt)
        let lines: [String: [Substring]] = ["content/news/live.md": ["---", "title: ライブ", "date: 2026-11-xx", "---", "![](/static/x.png)"]]
        let japanese = Self.page([date, alt], language: .ja, lines: lines)
        #expect(japanese.contains("<html lang=\"ja\">"))
        #expect(japanese.contains("<title>サイトを作れませんでした（kizuna serve）</title>"))
        #expect(japanese.contains("<h1>エラーが1件あるため、サイトを作れませんでした。</h1>"))
        #expect(japanese.contains("<p class=\"where\">content/news/live.md:3:7: エラー：`date` の日付の書き方が違います（`2026-11-xx`）。`2024-05-31` の形で書いてください。</p>"))
        #expect(japanese.contains("<li class=\"warning\"><p class=\"where\">content/news/live.md:5:1: 警告：画像に代替テキストがありません。"))
        // The source line, the column marked (characters, as the terminal's caret counts them).
        #expect(japanese.contains("<pre><code>date: <mark>2</mark>026-11-xx</code></pre>"))
        #expect(japanese.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        let english = Self.page([date], language: .en, lines: lines)
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<h1>Build failed: 1 error</h1>"))
        #expect(english.contains("content/news/live.md:3:7: error: &#39;date&#39; must be a date like 2024-05-31, not &#39;2026-11-xx&#39;"))
        #expect(!english.contains("エラー"))
    }

    /// Paths, messages and source lines come from content: tags stay text, and control and bidi
    /// characters are shown escaped (a right-to-left override would reorder what the editor reads).
    @Test func hostileContentIsShownAsText() {
        let path = "content/news/<img src=x onerror=alert(1)>.md"
        let message = LocalizedText(en: "</p><script>alert(2)</script>", ja: "</p><script>alert(3)</script>")
        let line: Substring = "title: </code></pre><script>alert(4)</script>\u{202E}gnp.exe\u{1B}[2J"
        for language in EditorLanguage.allCases {
            let html = Self.page([Diagnostic(.error, SourceLocation(path: path, line: 1, column: 8), message)], language: language,
                                 lines: [path: [line]])
            #expect(html.components(separatedBy: "<script").count == 2, "only the reload script: \(html)")
            #expect(!html.contains("<img") && !html.contains("</code></pre><script"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains("\\u{202E}gnp.exe\\u{1B}[2J") && !html.contains("\u{202E}") && !html.contains("\u{1B}"))
            #expect(html.contains("<mark>&lt;</mark>/code&gt;"))
        }
    }

    @Test func aLongListSaysHowManyMoreThereAre() {
        let many = (1...(ErrorPage.limit + 3)).map {
            Diagnostic(.error, SourceLocation(path: "content/news/x.md", line: $0, column: 1), FieldMessage.empty(field: "title"))
        }
        let html = Self.page(many, language: .ja)
        #expect(html.components(separatedBy: "<li class=\"error\">").count == ErrorPage.limit + 1)
        #expect(html.contains("<li class=\"more\">ほかに3件あります（表示を省きました）。</li>"))
    }
}

/// The error page in a real browser, as an editor on a phone sees it: Chromium at 320 CSS
/// pixels, a problem with a long path and a long source line without spaces. Nothing may be
/// wider than the screen (no sideways scrolling, nothing cut off).
@Suite(.serialized) struct ErrorPageInABrowserTests {
    @Test func theErrorPageFitsA320PixelScreen() async throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let server = try ServeTests.Server(["--content", work.path + "/content", "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00", "--lang", "ja"])
        defer { server.stop() }
        let base = try await server.await(#"(http://127\.0\.0\.1:[0-9]+/\S*) で表示しています"#)
        #expect(server.printed.contains("作りました：ページ"))

        let name = "2026-11-kansai-roundtable-report-with-a-file-name-much-longer-than-a-phone-screen-is-wide"
        let value = "2026-11-" + String(repeating: "x", count: 160) + "<b>太字</b>"
        try Data("---\ntitle: 長い行\ndate: \(value)\n---\n".utf8).write(to: URL(fileURLWithPath: work.path + "/content/news/\(name).md"))
        let broken = try await ServeTests.poll(base + "news/") { $0.status == 500 }
        #expect(broken.status == 500)
        #expect(broken.body.contains("content/news/\(name).md:3:7: エラー：`date` の日"))
        #expect(!broken.body.contains("<b>太字</b>"))

        let shown = try pythonJSON(arguments: [Repo.root + "/Tests/Browser/page_width.py", base + "news/", "320"])
        let scrollWidth = try #require(shown["scrollWidth"] as? Int), viewport = try #require(shown["viewportWidth"] as? Int)
        #expect(viewport == 320)
        #expect(scrollWidth <= 320, "the error page is \(scrollWidth) px wide on a 320 px screen")
        #expect((shown["clipped"] as? [String]) == [], "content wider than its box (scrolled or cut off inside it): \(shown["clipped"] ?? "")")
        #expect(shown["lang"] as? String == "ja")
        let text = try #require(shown["text"] as? String)
        #expect(text.contains("エラーが1件あるため、サイトを作れませんでした。"))
        #expect(text.contains(name) && text.contains(String(repeating: "x", count: 160)), "the long path and line are there, wrapped")
    }
}
