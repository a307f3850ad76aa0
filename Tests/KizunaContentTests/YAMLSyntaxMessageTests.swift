import Testing
@testable import KizunaContent

/// libyaml reports syntax errors in English phrases; each typical mistake is read into the
/// catalogue, so a Japanese editor is told what to change, not libyaml's words.
@Suite struct YAMLSyntaxMessageTests {
    /// Mistakes editors make, with the problem libyaml finds.
    static let mistakes: [(yaml: String, problem: YAMLSyntaxProblem)] = [
        ("title: 交流会: 秋\n", .colonInValue),
        ("title: a\ndef\n", .missingColon),
        ("title: \"abc\n", .unclosedQuote),
        ("\ttitle: a\n", .cannotStart),
        ("title: @x\n", .cannotStart),
        ("venue:\n  name: a\n address: b\n", .keyExpected),
        ("title: \"a\" b\n", .keyExpected),
        ("tags: [a, b\n", .unclosedList),
        ("x: {a: 1\n", .unclosedMapping),
        ("title: *注意\n", .markWithoutName),
        ("title: !foo!bar x\n", .tag("found undefined tag handle")),
        ("title: | text\n  x\n", .textAfterBlockMark),
        ("a: b\n...\nc\n", .afterDocumentEnd),
        ("a: [a, ,]\n", .missingValue),
        ("a: - b\n", .listItemHere),
        ("a: \"C:\\path\"\n", .escape("found unknown escape character")),
        ("a: b\n\tc: d\n", .tabIndent("found a tab character that violates indentation")),
        ("%FOO\n---\na: b\n", .directive("found unknown directive name")),
        ("a: |0\n  x\n", .zeroIndent),
        ("title: \"a\n---\n\"\n", .fenceInQuotes),
        ("a:\n  - b\n  c: d\n", .listIndent),
        ("a: [b:, c]\n", .colonInBrackets),
    ]

    @Test(arguments: mistakes.indices)
    func aTypicalMistakeIsToldInJapanese(index: Int) throws {
        let (yaml, problem) = Self.mistakes[index]
        let error = try #require(YAMLParser().parse(yaml, path: "e.yaml").diagnostics.errors.first)
        #expect(error.message(.en).hasPrefix("YAML syntax error: \(problem.english)"), "\(error.message(.en))")
        #expect(error.message(.ja).hasPrefix(problem.what), "\(error.message(.ja))")
        #expect(error.message(.ja).hasSuffix("。" + problem.fix), "\(error.message(.ja))")
    }

    /// Where libyaml was is said in Japanese too, between what is wrong and the fix.
    @Test func theContextIsLocatedInJapanese() throws {
        let error = try #require(YAMLParser().parse("title: a\ndef\n", path: "e.yaml").diagnostics.errors.first)
        #expect(error.line(.en) == "e.yaml:2:4: error: YAML syntax error: could not find expected ':' (while scanning a simple key at line 2, column 1)")
        #expect(error.line(.ja) == "e.yaml:2:4: エラー：項目名のあとの `:` が見つかりません（2行目1文字目から始まる項目名の途中）。`項目名: 値` の形で書いてください。")
        let list = try #require(YAMLParser().parse("tags: [関西, 東京\n", path: "e.yaml").diagnostics.errors.first)
        #expect(list.line(.ja) == "e.yaml:1:14: エラー：`[` で始まるリストが `]` で閉じられていません（1行目7文字目の `[` から始まるリストの途中）。要素を `,` で区切り、最後に `]` を書いてください。")
    }

    /// Every problem and context phrase of libyaml 0.2.5 (src/scanner.c, src/parser.c) is one
    /// the catalogue knows; only a future phrase falls back to the general message.
    @Test func everyPhraseOfLibyamlIsKnown() {
        let problems = [
            "block sequence entries are not allowed in this context", "could not find expected ':'",
            "could not find expected directive name", "did not find URI escaped octet", "did not find expected '!'",
            "did not find expected alphabetic or numeric character", "did not find expected comment or line break",
            "did not find expected digit or '.' character", "did not find expected hexdecimal number",
            "did not find expected tag URI", "did not find expected version number",
            "did not find expected whitespace or line break", "did not find expected whitespace", "did not find the expected '>'",
            "found a tab character that violates indentation", "found a tab character where an indentation space is expected",
            "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet",
            "found an indentation indicator equal to 0", "found character that cannot start any token",
            "found extremely long version number", "found invalid Unicode character escape code", "found unexpected ':'",
            "found unexpected document indicator", "found unexpected end of stream", "found unexpected non-alphabetical character",
            "found unknown directive name", "found unknown escape character", "mapping keys are not allowed in this context",
            "mapping values are not allowed in this context", "did not find expected ',' or ']'", "did not find expected ',' or '}'",
            "did not find expected '-' indicator", "did not find expected <document start>", "did not find expected key",
            "did not find expected node content", "found duplicate %TAG directive", "found duplicate %YAML directive",
            "found incompatible YAML document", "found undefined tag handle",
        ]
        let directiveOnly: Set = ["could not find expected directive name", "did not find expected digit or '.' character",
                                  "did not find expected version number", "did not find expected whitespace",
                                  "found extremely long version number", "found unexpected non-alphabetical character",
                                  "found unknown directive name"]
        for phrase in problems {
            let problem = YAMLSyntaxProblem(libyaml: phrase, context: directiveOnly.contains(phrase) ? "while scanning a directive" : nil)
            #expect(problem != .other(phrase), "\(phrase)")
            #expect(problem.english == phrase)
        }
        #expect(YAMLSyntaxProblem(libyaml: "something new", context: nil) == .other("something new"))
        let contexts = [
            "while parsing a %TAG directive", "while parsing a quoted scalar", "while parsing a tag directive", "while parsing a tag",
            "while scanning a %TAG directive", "while scanning a %YAML directive", "while scanning a block scalar",
            "while scanning a directive", "while scanning a plain scalar", "while scanning a quoted scalar",
            "while scanning a simple key", "while scanning a tag directive", "while scanning a tag", "while scanning an alias",
            "while scanning an anchor", "while scanning for the next token", "while parsing a block collection",
            "while parsing a block mapping", "while parsing a block node", "while parsing a flow mapping",
            "while parsing a flow node", "while parsing a flow sequence", "while parsing a node",
        ]
        for phrase in contexts {
            let context = YAMLSyntaxContext(libyaml: phrase)
            #expect(context != .other(phrase), "\(phrase)")
            #expect(context.english == phrase)
        }
    }

    @Test func japaneseNumbersUseManAndOku() {
        #expect([0, 999, 2_000, 9_999, 10_000, 12_345, 200_000, 100_000_000, 123_456_789, -12_000].map(CountText.ja)
            == ["0", "999", "2,000", "9,999", "1万", "1万2,345", "20万", "1億", "1億2,345万6,789", "-1万2,000"])
    }
}
