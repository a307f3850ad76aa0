/// Problems reading a YAML text (a YAML file, front matter, site.yaml) before any field is
/// read: syntax, a second document, duplicate keys, aliases and nesting beyond the bounds.
public enum YAMLMessage: Hashable, Sendable, CatalogueMessage {
    case parserUnavailable
    case secondDocument
    /// libyaml's problem; `context` is what it was reading, which started at `line`, `column`.
    case syntax(YAMLSyntaxProblem, context: YAMLSyntaxContext?, line: Int, column: Int)
    case tooManyValues(limit: Int)
    case nestedTooDeep(limit: Int)
    case unknownAlias(String)
    case duplicateKey(String, firstLine: Int)
    case unexpectedStructure

    public var english: String {
        switch self {
        case .parserUnavailable:
            return "could not start the YAML parser"
        case .secondDocument:
            return "expected one YAML document, found a second one (remove the extra '---')"
        case .syntax(let problem, let context, let line, let column):
            return "YAML syntax error: \(problem.english)" + (context.map { " (\($0.english) at line \(line), column \(column))" } ?? "")
        case .tooManyValues(let limit):
            return "document expands to more than \(limit) values (aliases nested too deeply?)"
        case .nestedTooDeep(let limit):
            return "values are nested more than \(limit) levels deep; content needs only a few levels (a list of mappings at most)"
        case .unknownAlias(let name):
            return "unknown alias '*\(name)'"
        case .duplicateKey(let name, let firstLine):
            return "duplicate key '\(name)' (first given at line \(firstLine))"
        case .unexpectedStructure:
            return "unexpected YAML structure"
        }
    }

    public var japanese: String {
        switch self {
        case .parserUnavailable:
            return "YAML を読む準備ができませんでした。もう一度実行し、続くときは開発担当に連絡してください。"
        case .secondDocument:
            return "YAML の途中に `---` の行があります。この `---` の行を消してください。"
        case .syntax(let problem, let context, let line, let column):
            return problem.what + (context?.japanese(line: line, column: column) ?? "") + "。" + problem.fix
        case .tooManyValues(let limit):
            return "`&` と `*`（アンカーと別名）で広げた値が\(CountText.ja(limit))個を超えています。`&` と `*` を使わずに書いてください。"
        case .nestedTooDeep(let limit):
            return "値の入れ子が\(limit)段を超えています。字下げを見直して、入れ子を浅くしてください。"
        case .unknownAlias(let name):
            return "`*\(name)` は YAML の別名として読まれますが、その名前の `&` がありません。値全体を `\"` で囲んでください。"
        case .duplicateKey(let name, let firstLine):
            return "項目 `\(name)` が2回書かれています（最初は\(firstLine)行目）。どちらかを消してください。"
        case .unexpectedStructure:
            return "YAML の読み取りで思わぬ形に出会いました。開発担当に連絡してください。"
        }
    }

    public static let examples: [YAMLMessage] = [
        .parserUnavailable, .secondDocument,
        .syntax(.colonInValue, context: nil, line: 0, column: 0),
        .syntax(.unclosedQuote, context: .scanningQuoted, line: 2, column: 7),
        .syntax(.cannotStart, context: .nextToken, line: 1, column: 1),
        .tooManyValues(limit: 200_000), .nestedTooDeep(limit: 64), .unknownAlias("注意"),
        .duplicateKey("title", firstLine: 2), .unexpectedStructure,
    ]
}
