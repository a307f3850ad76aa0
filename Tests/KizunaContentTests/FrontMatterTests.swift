import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

@Suite struct FrontMatterTests {
    @Test func splitsAtTheFirstClosingFenceOnly() throws {
        let text = "---\ntitle: x\n---\nintro\n\n```yaml\n---\nkey: v\n---\n```\n"
        let parts = try FrontMatter.split(text).get()
        #expect(parts.yaml == "title: x")
        #expect(parts.bodyLine == 4)
        #expect(parts.body == "intro\n\n```yaml\n---\nkey: v\n---\n```\n")
    }

    @Test func missingAndUnterminatedFrontMatter() {
        #expect(FrontMatter.split("# title\n") == .failure(.missing))
        #expect(FrontMatter.split("---\ntitle: x\nbody\n") == .failure(.unterminated))
    }

    @Test func crlfAndBOMAreAcceptedWithSameLineNumbers() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/post.md"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: 交流会\r\ndate: 2024-01-02\r\n---\r\n本文\r\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var d = Diagnostics()
        let file = try #require(SourceFile.read(path, diagnostics: &d))
        #expect(!file.text.contains("\r"))
        #expect(!file.text.hasPrefix("\u{FEFF}"))
        let parts = try FrontMatter.split(file.text).get()
        #expect(parts.yaml == "title: 交流会\ndate: 2024-01-02")
        #expect(parts.body == "本文\n")
        #expect(parts.bodyLine == 5)
    }

    @Test func invalidUTF8IsReported() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/bad.md"
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
        var d = Diagnostics()
        #expect(SourceFile.read(path, diagnostics: &d) == nil)
        #expect(d.errors.first?.message == "file is not valid UTF-8 text")
    }
}

extension FrontMatter: Equatable {
    public static func == (a: FrontMatter, b: FrontMatter) -> Bool { a.yaml == b.yaml && a.body == b.body }
}

/// The byte-level split gives exactly what splitting into lines and joining them again gave.
@Suite struct FrontMatterSplitEquivalenceTests {
    /// The earlier implementation, kept as the reference.
    static func reference(_ text: String) -> Result<FrontMatter, FrontMatter.Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, FrontMatter.isFence(first) else { return .failure(.missing) }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines = lines.dropFirst()
            lineNumber += 1
            if FrontMatter.isFence(line) || line.trimmingTrailingSpaces == "..." {
                return .success(FrontMatter(yaml: yamlLines.joined(separator: "\n"), yamlLineOffset: 1,
                                            body: lines.joined(separator: "\n"), bodyLine: lineNumber + 1))
            }
            yamlLines.append(line)
        }
        return .failure(.unterminated)
    }

    @Test func randomDocumentsSplitAlike() {
        var random = SeededRandom(state: 11)
        let pieces = ["---", "--- ", "...", "\n", "\n\n", "title: x", "本文", " ", "\t", "-", "é", "\u{301}", "#"]
        for _ in 0..<3000 {
            let text = (random.below(3) == 0 ? "" : "---\n") + (0..<random.below(14)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let (got, expected) = (FrontMatter.split(text), Self.reference(text))
            switch (got, expected) {
            case (.success(let a), .success(let b)):
                #expect(a.yaml == b.yaml && a.body == b.body && a.bodyLine == b.bodyLine, "\(text.debugDescription)")
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "\(text.debugDescription)")
            default:
                Issue.record("split differs for \(text.debugDescription)")
            }
        }
    }
}
