import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaCore
@testable import KizunaSite

/// Inputs on which Debian's cmark-gfm 0.29.0.gfm.6 takes super-linear time (13 s to minutes on
/// 500 KB, measured with scripts/pathological-markdown.py). Each must be refused with a located
/// error at load, and the worst text that passes the limits must still render.
@Suite struct PathologicalMarkdownTests {
    static let megabyte = 1_000_000

    /// Name, the repeated unit (or a builder), and the message the limits give.
    static let cases: [(String, @Sendable (Int) -> String, String)] = [
        ("emphasis #389", { k in String(repeating: "*a ", count: k) + String(repeating: "_a*_ ", count: k) }, "'*' and '_' in one paragraph"),
        ("![[]()", { k in String(repeating: "![[]()", count: k) }, "'[' and ']' in one paragraph"),
        ("<?", { k in "a" + String(repeating: "<?", count: k) }, "'<' in one paragraph"),
        ("<!A", { k in "a" + String(repeating: "<!A ", count: k) }, "'<' in one paragraph"),
        ("<![CDATA[", { k in "a" + String(repeating: "<![CDATA[", count: k) }, "'<' in one paragraph"),
        ("nested lists + blank lines", { k in String(repeating: "- ", count: k) + "x" + String(repeating: "\n", count: k) }, "levels deep"),
        ("emphasis in deep quotes", { k in String(repeating: ">", count: k) + String(repeating: "a*", count: k) }, "levels deep"),
        ("indented nesting", { k in (0..<min(k, 700)).map { String(repeating: "  ", count: $0) + "* a\n" }.joined() + String(repeating: "\n", count: k) }, "levels deep"),
        ("wide header, empty rows", { k in "|" + String(repeating: "a|", count: 1000) + "\n|" + String(repeating: "-|", count: 1000) + "\n" + String(repeating: "x\n", count: k) }, "columns"),
        ("padded rows", { k in "|" + String(repeating: "a|", count: 90) + "\n|" + String(repeating: "-|", count: 90) + "\n" + String(repeating: "x\n", count: k) }, "rows of 90 columns"),
        ("CR line ends", { k in "|" + String(repeating: "a|", count: 90) + "\r|" + String(repeating: "-|", count: 90) + "\r" + String(repeating: "x\r", count: k) }, "rows of 90 columns"),
    ]

    static func sized(_ build: @Sendable (Int) -> String) -> String {
        var k = 1_000
        while build(k).utf8.count < megabyte / 2 { k *= 2 }
        return build(k)
    }

    @Test func everyKnownPatternIsALocatedErrorAtLoad() throws {
        for (name, build, message) in Self.cases {
            let text = Self.sized(build)
            let problems = MarkdownLimits.check(text)
            #expect(problems.contains { $0.message.contains(message) }, "\(name): \(problems.prefix(2))")
            // Through the loader: located in the file, the post not loaded.
            let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML, "news/p.md": "---\ntitle: x\ndate: 2024-01-01\n---\n" + text])
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("<dir>/news/p.md:") && $0.contains(": error: ") }, "\(name)")
        }
    }

    @Test func limitsInYAMLTextsPointIntoTheBlock() throws {
        let body = String(repeating: "<? ", count: 2_500)
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "events/e.yaml": "title: x\nstart: 2024-01-01\nmode: online\nonline_url: https://x.example/\ndescription: |\n  ok\n\n  \(body)\n",
        ])
        #expect(lines == ["<dir>/events/e.yaml:8:1: error: 'description': 2500 '<' in one paragraph; split the paragraph or put the text in a code block (at most 2000)"])
    }

    /// The most hostile text that passes: the limits reached in every paragraph of a 300 KB body.
    /// The time limit only turns a hang into a failure (generous: renders wait for one another on
    /// cmark's lock, and sanitizer builds are slow); the speed is measured by the script.
    @Test(.timeLimit(.minutes(2))) func theWorstTextWithinTheLimitsRenders() {
        let paragraphs = [
            String(repeating: "*a ", count: 500) + String(repeating: "_a*_ ", count: 490),
            String(repeating: "![[]()", count: 600),
            "a" + String(repeating: "<?", count: 1_990),
            String(repeating: "- ", count: 32) + "x\n" + String(repeating: "\n", count: 2_000),
        ]
        let renderer = MarkdownRenderer()
        for paragraph in paragraphs {
            #expect(MarkdownLimits.check(paragraph).first == nil)
            let body = Array(repeating: paragraph, count: 300_000 / paragraph.utf8.count).joined(separator: "\n\n")
            #expect(MarkdownLimits.check(body).first == nil)
            #expect(!renderer.render(body).html.isEmpty)
        }
    }

    @Test func textOverTheLimitsNeverReachesCmark() {
        let hostile = "a" + String(repeating: "<?", count: 200_000)
        let rendered = MarkdownRenderer().render(hostile)
        #expect(rendered.html == "<p>" + HTMLEscape.text(hostile) + "</p>\n")
    }

    @Test func ordinaryMarkdownIsUntouched() {
        let text = """
        # 見出し

        > 引用の中の
        > - リスト
        >   - 入れ子

        | 項目 | 数 |
        |---|---:|
        | 参加者 | 80 |

        ```html
        <div><span>コード</span></div>
        ```

        - - -
        """
        #expect(MarkdownLimits.check(text).isEmpty)
        #expect(MarkdownLimits.check(String(repeating: "- ", count: 40) + "\n").isEmpty, "a thematic break")
    }
}
