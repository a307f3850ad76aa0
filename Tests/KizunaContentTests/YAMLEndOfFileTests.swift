import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// libyaml reports a problem found at the end of the stream after the last newline, on a line
/// the editor does not have; the location must stay on the last line with text.
@Suite struct YAMLEndOfFileTests {
    static let unclosed = "title: x\nnote: \"unclosed"
    static let expected = "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 2, column 7)"

    @Test(arguments: ["", "\n", "\n\n\n", "  \n\t\n"])
    func anUnclosedQuoteIsReportedOnItsLastLine(_ ending: String) throws {
        let result = YAMLParser().parse(Self.unclosed + ending, path: "e.yaml")
        #expect(result.diagnostics.all.map(\.description) == ["e.yaml:2:16: error: " + Self.expected])
    }

    @Test func aMissingColonAtTheEndIsReportedOnTheLastLine() {
        let result = YAMLParser().parse("title: x\nbogus\n", path: "c.yaml")
        let lines = result.diagnostics.all.map(\.description)
        #expect(lines.count == 1)
        #expect(lines.allSatisfy { $0.hasPrefix("c.yaml:2:6: error: YAML syntax error: could not find expected ':'") }, "\(lines)")
    }

    /// A problem that is a character in the trailing white space stays on that character.
    @Test func aStrayTabAtTheEndKeepsItsPlace() {
        let result = YAMLParser().parse("a: 1\n\t\n", path: "t.yaml")
        #expect(result.diagnostics.errors.map(\.location) == [SourceLocation(path: "t.yaml", line: 2, column: 1)])
    }

    @Test func anUnclosedQuoteOnTheFirstLineStaysThere() {
        let result = YAMLParser().parse("\"\n\n", path: "b.yaml")
        #expect(result.diagnostics.errors.first?.location == SourceLocation(path: "b.yaml", line: 1, column: 2))
    }

    /// Through the loader, on real files: a YAML item and front matter in Markdown, whose lines
    /// are counted from the top of the .md file.
    @Test func locationsInFilesOnDiskStayInsideTheFile() throws {
        let files = [
            "site.yaml": minimalSiteYAML,
            "events/newline.yaml": "title: a\nstart: 2024-01-01\nmode: online\nvenue: \"unclosed\n",
            "events/none.yaml": "title: a\nstart: 2024-01-01\nmode: online\nvenue: \"unclosed",
            "news/blank-line.md": "---\ntitle: a\nnote: \"unclosed\n\n---\n本文\n",
            "news/fence.md": "---\ntitle: a\nnote: \"unclosed\n---\n本文\n",
        ]
        let lines = try diagnostics(for: files).filter { $0.contains("YAML syntax error") }
        #expect(lines == [
            "<dir>/events/newline.yaml:4:17: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 4, column 8)",
            "<dir>/events/none.yaml:4:17: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 4, column 8)",
            "<dir>/news/blank-line.md:3:16: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 3, column 7)",
            "<dir>/news/fence.md:3:16: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 3, column 7)",
        ])
        // Every reported line exists in its file.
        let dir = try TemporaryDirectory(files)
        let (_, loaded) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        for error in loaded.errors {
            let text = try String(contentsOfFile: error.location.path, encoding: .utf8)
            let fileLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(fileLines.indices.contains(error.location.line - 1), "\(error)")
            #expect(error.location.column <= fileLines[error.location.line - 1].count + 1, "\(error)")
        }
    }
}
