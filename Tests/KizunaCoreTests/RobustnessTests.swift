import Foundation
import Testing
@testable import KizunaCore

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

    @Test func arbitraryMarkdownRenders() {
        var random = SeededRandom(state: 7)
        let pieces = ["*", "_", "~~", "`", "```", "|", "---", "[^1]", "[x](", ")", "<", ">", "&", "#", "- [ ] ", "\n", "\n\n", "https://a.example/b", "です", "\\"]
        let markdown = MarkdownRenderer()
        for _ in 0..<500 {
            let text = (0..<random.below(60)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let html = markdown.render(text).html
            #expect(!html.contains("<script"))
        }
    }

    /// Deep nesting of every Markdown construct: no stack overflow on a test thread's small stack.
    @Test func deeplyNestedMarkdownRenders() {
        let markdown = MarkdownRenderer()
        let inputs = [
            String(repeating: "> ", count: 20_000) + "引用",
            String(repeating: "*", count: 30_000) + "強調\n次の行" + String(repeating: "*", count: 30_000),
            String(repeating: "- ", count: 10_000) + "項目",
            String(repeating: "[", count: 50_000) + "x" + String(repeating: "](https://a.example/)", count: 50_000),
            String(repeating: "_a ", count: 30_000) + "\n" + String(repeating: "b_ ", count: 30_000),
        ]
        for input in inputs {
            let html = markdown.render(input).html
            #expect(!html.isEmpty)
        }
    }

    @Test func staticSymlinksAreNotFollowed() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "static/ok.txt": "ok"])
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/static/passwd", withDestinationPath: "/etc/passwd")
        let (content, _) = ContentLoader(contentDirectory: dir.path).load()
        #expect(content.staticFiles.map(\.path) == ["ok.txt"])
    }
}
