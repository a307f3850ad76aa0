import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Damaged input must give diagnostics, never a crash or a hang.
@Suite struct RobustnessTests {
    static let seed = """
    title: アルムナイ交流会 2025 秋
    start: 2025-10-17T19:00:00+09:00
    mode: hybrid
    venue: {name: 本社 22F, address: 東京都千代田区}
    segments: [2000s-joiners, hr-alumni]
    description: |
      ## 内容
      - 近況報告 https://example.com/aです
    base: &b {x: [1, 2, {y: "z"}]}
    copy: *b

    """

    @Test func mutatedYAMLNeverCrashesTheLoader() {
        var random = SeededRandom(state: 2025)
        let pieces = ["\n", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "|", ">", "\"", "'", "\t", "#", "---", "  ", "交", "\u{FEFF}", "%YAML 1.1\n", "!!str ", "?"]
        let zone = TimeZone(identifier: "Asia/Tokyo")!
        var failures = 0
        for _ in 0..<1500 {
            var text = Array(Self.seed)
            for _ in 0..<(1 + random.below(6)) {
                let at = random.below(text.count + 1)
                if random.below(2) == 0, !text.isEmpty {
                    text.removeSubrange(min(at, text.count - 1)..<min(text.count, at + 1 + random.below(8)))
                } else {
                    text.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
                }
            }
            let result = YAMLParser().parse(String(text), path: "fuzz.yaml")
            if let root = result.root, !result.diagnostics.hasErrors {
                let reader = FieldReader(root, zone: zone)
                _ = Event.read(reader, slug: "fuzz")
                _ = reader.finish()
            } else {
                failures += 1
                // Every failure is located inside the document.
                for d in result.diagnostics.errors { #expect(d.location.line >= 1 && d.location.column >= 1) }
            }
        }
        #expect(failures > 100, "mutations should break the document often")
    }

    /// Random Markdown mixed with raw HTML and script addresses: raw HTML is off by default, so
    /// nothing that can run comes out; tags balance; and every bare address outside code is linked
    /// (no piece ends in an ASCII letter or digit, after which GFM would not start a link).
    @Test func arbitraryMarkdownRenders() {
        var random = SeededRandom(state: 7)
        let pieces = ["*", "_", "~~", "`", "```", "|", "---", "[^1]", "[x](", ")", "<", ">", "&", "#", "- [ ] ", "\n", "\n\n",
                      "https://a.example/b", "です", "\\",
                      "<script>alert(1)</script>", "<a href=\"javascript:x\">", "</a>", "<img src=x onerror=alert(1)>",
                      "<iframe src=//e.example>", "<div onclick=\"x\">", "[y](javascript:alert(1))", "<svg/onload=x>", "javascript:alert(1)"]
        let markdown = MarkdownRenderer()
        var linked = 0
        for _ in 0..<500 {
            let text = (0..<random.below(60)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let html = markdown.render(text).html
            let shape = HTMLShape(html)
            #expect(shape.problems.isEmpty, "\(shape.problems) in \(html) from \(text)")
            #expect(shape.liveScript.isEmpty, "\(shape.liveScript) in \(html) from \(text)")
            for piece in shape.texts where piece.text.contains("https://a.example/b") {
                #expect(!Set(piece.within).isDisjoint(with: ["a", "code", "pre"]), "unlinked address in \(html) from \(text)")
            }
            linked += shape.tags.filter { $0.name == "a" && $0.attributes.contains { $0 == ("href", "https://a.example/b") } }.count
        }
        #expect(linked > 100, "the corpus should link addresses often")
    }

    /// Deep nesting of every Markdown construct: no stack overflow on a test thread's small stack.
    /// Beyond MarkdownLimits the text is shown as plain paragraphs (never handed to cmark-gfm),
    /// so nothing is nested at all and the words survive.
    @Test func deeplyNestedMarkdownRenders() {
        let markdown = MarkdownRenderer()
        let inputs: [(text: String, survives: String)] = [
            (String(repeating: "> ", count: 20_000) + "引用", "&gt; &gt; 引用"),
            (String(repeating: "*", count: 30_000) + "強調\n次の行" + String(repeating: "*", count: 30_000), "*強調\n次の行*"),
            (String(repeating: "- ", count: 10_000) + "項目", "- - 項目"),
            (String(repeating: "[", count: 50_000) + "x" + String(repeating: "](https://a.example/)", count: 50_000), "[[x](https://a.example/)]("),
            (String(repeating: "_a ", count: 30_000) + "\n" + String(repeating: "b_ ", count: 30_000), "_a _a"),
        ]
        for (text, survives) in inputs {
            #expect(!MarkdownLimits.check(text).isEmpty, "the input must exceed the limits for this test to mean anything")
            let html = markdown.render(text).html
            let shape = HTMLShape(html)
            #expect(shape.problems.isEmpty)
            #expect(Set(shape.tags.map(\.name)) == ["p"], "\(html.prefix(200))")
            #expect(shape.depth == 1)
            #expect(html.contains(survives), "\(html.prefix(200))")
        }
        // At the limit, nesting is real and as deep as written.
        let quote = HTMLShape(markdown.render(String(repeating: "> ", count: MarkdownLimits.maxNesting) + "引用").html)
        #expect(quote.tags.filter { $0.name == "blockquote" }.count == MarkdownLimits.maxNesting)
        #expect(quote.depth == MarkdownLimits.maxNesting + 1)
        #expect(quote.texts.contains { $0.text == "引用" && $0.within.last == "p" })
    }

    @Test func staticSymlinksAreNotFollowed() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "static/ok.txt": "ok"])
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/static/passwd", withDestinationPath: "/etc/passwd")
        let (content, _) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        #expect(content.staticFiles.map(\.path) == ["ok.txt"])
    }
}
