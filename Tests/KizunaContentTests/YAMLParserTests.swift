import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

@Suite struct YAMLParserTests {
    let parser = YAMLParser()

    @Test func locationsAreOneBasedAndTypesStayText() throws {
        let result = parser.parse("title: 交流会\ncount: 42\nquoted: \"42\"\nlist:\n  - a\n  - b\n", path: "x.yaml")
        #expect(!result.diagnostics.hasErrors)
        guard case .mapping(let pairs) = result.root?.kind else { Issue.record("not a mapping"); return }
        #expect(pairs.map { $0.key.scalar } == ["title", "count", "quoted", "list"])
        #expect(pairs[0].value.location == SourceLocation(path: "x.yaml", line: 1, column: 8))
        guard case .scalar("42", .plain) = pairs[1].value.kind else { Issue.record("plain 42"); return }
        guard case .scalar("42", .quoted) = pairs[2].value.kind else { Issue.record("quoted 42"); return }
        guard case .sequence(let items) = pairs[3].value.kind else { Issue.record("list"); return }
        #expect(items[1].location.line == 6)
        #expect(items[1].location.column == 5)
    }

    @Test func lineOffsetShiftsLocations() {
        let result = parser.parse("a: b: c\n", path: "post.md", lineOffset: 1)
        #expect(result.diagnostics.errors.first?.location == SourceLocation(path: "post.md", line: 2, column: 5))
    }

    @Test func duplicateKeysAreErrors() {
        let result = parser.parse("title: a\ndate: 2024-01-01\ntitle: b\n", path: "d.yaml")
        #expect(result.diagnostics.errors.map(\.description) == ["d.yaml:3:1: error: duplicate key 'title' (first given at line 1)"])
    }

    @Test func syntaxErrorsReportProblemAndContext() throws {
        let result = parser.parse("title: \"unclosed\nnext: 1\n", path: "s.yaml")
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.message.hasPrefix("YAML syntax error: found unexpected end of stream"))
        #expect(error.message.contains("while scanning a quoted scalar at line 1, column 8"))
        #expect(result.root == nil)
    }

    @Test func aliasExpansionIsBounded() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(i): &a\(i) [\(refs)]\n"
        }
        let result = parser.parse(yaml, path: "bomb.yaml")
        #expect(result.root == nil)
        #expect(result.diagnostics.errors.first?.message.contains("expands to more than") == true)
    }

    @Test func aliasesWithinBoundsExpand() {
        let result = parser.parse("base: &b {x: 1}\ncopy: *b\n", path: "ok.yaml")
        guard case .mapping(let pairs) = result.root?.kind, case .mapping(let copy) = pairs[1].value.kind else {
            Issue.record("alias not expanded"); return
        }
        #expect(copy.first?.key.scalar == "x")
    }

    @Test func emptyDocumentIsNull() {
        let result = parser.parse("", path: "e.yaml")
        #expect(result.root?.isNull == true)
    }

    @Test func secondDocumentIsAnError() {
        let result = parser.parse("a: 1\n---\nb: 2\n", path: "m.yaml")
        #expect(result.diagnostics.errors.map(\.description) == ["m.yaml:2:1: error: expected one YAML document, found a second one (remove the extra '---')"])
    }
    /// libyaml counts U+2028, U+2029 and U+0085 as line breaks; editors do not. Locations follow the editor.
    @Test func unicodeLineSeparatorsDoNotShiftLocations() {
        let result = YAMLParser().parse("# a comment\u{2028}still line 1 for an editor\ntitle: x\nbogus: 1\n", path: "e.yaml")
        #expect(result.diagnostics.all.map(\.description) == [
            "e.yaml:2:6: error: YAML syntax error: mapping values are not allowed in this context",
        ])
        // NEL inside a line: the key libyaml sees after it starts at column 8 of the editor's line 1.
        let nel = YAMLParser().parse("a: 日本語\u{85}続き\nb: [x, \"あ\" y]\n", path: "f.yaml")
        #expect(nel.diagnostics.all.map(\.description) == [
            "f.yaml:2:1: error: YAML syntax error: could not find expected ':' (while scanning a simple key at line 1, column 8)",
        ])
    }
}

extension YAMLNode: Equatable {
    public static func == (a: YAMLNode, b: YAMLNode) -> Bool { a.location == b.location && a.scalar == b.scalar }

}
