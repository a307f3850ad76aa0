import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
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
        // Issue 16: paragraphs of 999 references and one-line definitions (244 s for 102 KB).
        ("footnotes of issue 16", { k in footnotes(paragraphs: k / 999, definitions: k) }, "footnote references ('[^') in this text"),
        ("one footnote referenced", { k in Array(repeating: references(Array(repeating: "1", count: 999)), count: k / 999).joined(separator: "\n\n") + "\n\n[^1]: x\n" },
         "footnote references ('[^') in this text"),
        ("footnote definitions nested", { k in "[^0]\n\n" + (0..<k).map { "[^\($0)]: " }.joined() + "x" + String(repeating: "\n", count: k) }, "levels deep"),
    ]

    static func references(_ labels: [String]) -> String { labels.map { "[^\($0)]" }.joined(separator: " ") }

    /// Paragraphs of 999 references each (to 1, 2, 3 …), then one-line definitions, no blank line between.
    static func footnotes(paragraphs: Int, definitions: Int) -> String {
        (0..<paragraphs).map { p in references((1...999).map { String(p * 999 + $0) }) }.joined(separator: "\n\n")
            + "\n\n" + (1...definitions).map { "[^\($0)]: x" }.joined(separator: "\n") + "\n"
    }

    static func sized(_ build: @Sendable (Int) -> String) -> String {
        var k = 1_000
        while build(k).utf8.count < megabyte / 2 { k *= 2 }
        return build(k)
    }

    @Test func everyKnownPatternIsALocatedErrorAtLoad() throws {
        for (name, build, message) in Self.cases {
            let text = Self.sized(build)
            let problems = MarkdownLimits.check(text)
            #expect(problems.contains { $0.message.english.contains(message) }, "\(name): \(problems.prefix(2))")
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
        #expect(lines == ["<dir>/events/e.yaml:8:3: error: 'description': 2500 '<' in one paragraph; split the paragraph or put the text in a code block (at most 2000)"])
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

    /// A definition line opens a block, as in cmark-gfm: 5,000 one-line definitions in a row are
    /// not one paragraph of 10,000 brackets, and the 999 references of a paragraph are allowed.
    @Test func footnoteDefinitionsInARowAreBlocksOfTheirOwn() {
        let text = Self.footnotes(paragraphs: 1, definitions: 5_000)
        #expect(MarkdownLimits.check(text).isEmpty)
        let html = MarkdownRenderer().render(text).html
        #expect(html.components(separatedBy: "<li id=\"fn-").count - 1 == 999)
    }

    /// The reference one too many is the error, at its line and column (in characters).
    @Test func theFootnoteReferenceTooManyIsLocated() throws {
        let limit = MarkdownLimits.maxFootnoteReferences
        let body = Self.references((1...limit).map(String.init)) + "\n\n注は[^1]と[^2]\n\n[^1]: x\n[^2]: y\n"
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML, "news/p.md": "---\ntitle: x\ndate: 2024-01-01\n---\n" + body])
        #expect(lines == ["<dir>/news/p.md:7:3: error: \(limit + 2) footnote references ('[^') in this text, this is number \(limit + 1); at most \(limit) are allowed"])
        // In a YAML block the column counts the block's indentation.
        let half = limit / 2
        let yaml = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "events/e.yaml": "title: x\nstart: 2024-01-01\nmode: online\nonline_url: https://x.example/\ndescription: |\n"
                + "  \(Self.references((0..<half).map(String.init)))\n\n  \(Self.references((half...limit).map(String.init)))\n",
        ])
        let column = 3 + Self.references((half..<limit).map(String.init)).count + 1
        #expect(yaml == ["<dir>/events/e.yaml:8:\(column): error: 'description': \(limit + 1) footnote references ('[^') in this text, this is number \(limit + 1); at most \(limit) are allowed"])
    }

    /// Nested definitions count as nesting, like quotes and list items: 32 pass, 33 do not.
    @Test func nestedFootnoteDefinitionsAreNesting() {
        let nested = { (n: Int) in (0..<n).map { "[^\($0)]: " }.joined() + "x\n" }
        #expect(MarkdownLimits.check(nested(MarkdownLimits.maxNesting)).isEmpty)
        #expect(MarkdownLimits.check(nested(MarkdownLimits.maxNesting + 1)).map(\.message.english)
            == ["this line is nested 33 levels deep (quotes, list items, footnote definitions and indentation); at most 32 are allowed"])
        #expect(MarkdownLimits.check("- > [^a]: " + nested(30)).first?.message.english.contains("33 levels") == true)
    }

    /// The footnotes that cost most within the limits: every reference to one definition whose
    /// label is 990 characters long (each reference writes it three times). All of them render.
    @Test(.timeLimit(.minutes(2))) func theWorstFootnotesWithinTheLimitRender() {
        let label = String(repeating: "a", count: 990)
        let half = Self.references(Array(repeating: label, count: MarkdownLimits.maxFootnoteReferences / 2))
        let text = half + "\n\n" + half + "\n\n[^\(label)]: x\n"
        #expect(MarkdownLimits.check(text).isEmpty)
        let html = MarkdownRenderer().render(text).html
        #expect(html.components(separatedBy: "data-footnote-backref").count - 1 == MarkdownLimits.maxFootnoteReferences)
    }

    /// Footnotes of a real post: numbered in order of first reference, a second reference with its
    /// own back link, a Japanese label, a definition of two lines (joined without a space, as
    /// Japanese text is), cmark-gfm's English words left for Render.
    @Test func ordinaryFootnotesRenderAsBefore() {
        let text = "総会は年に一度です[^1]。会費は無料です[^会費]。詳しくは規約[^1]を。\n\n[^1]: 規約第3条。\n[^会費]: 2025年度から。\n    二行目も注のうち。\n"
        #expect(MarkdownLimits.check(text).isEmpty)
        let label = "%E4%BC%9A%E8%B2%BB"
        #expect(MarkdownRenderer().render(text).html == """
            <p>総会は年に一度です<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>。\
            会費は無料です<sup class="footnote-ref"><a href="#fn-\(label)" id="fnref-\(label)" data-footnote-ref>2</a></sup>。\
            詳しくは規約<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" data-footnote-ref>1</a></sup>を。</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>規約第3条。 <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a> \
            <a href="#fnref-1-2" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            <li id="fn-\(label)">
            <p>2025年度から。二行目も注のうち。 <a href="#fnref-\(label)" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
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
