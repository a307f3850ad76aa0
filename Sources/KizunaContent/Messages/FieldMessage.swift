/// Problems with the fields of a YAML mapping (front matter, a YAML file, site.yaml): a key
/// that is no field, a missing field, a value of the wrong type. Field names are as typed,
/// dotted inside nested mappings (`venue.name`).
public enum FieldMessage: Hashable, Sendable, CatalogueMessage {
    case keyNotPlain(WrittenValue)
    case notMapping(WrittenValue)
    /// `misspelt` is a key of the same mapping that looks like the missing field, at `line`.
    case missing(field: String, misspelt: String?, line: Int)
    /// `meant` is the known field nearest the key; `known` all fields of this mapping.
    case unknown(field: String, meant: String?, known: [String])
    case notText(field: String, WrittenValue)
    case empty(field: String)
    case notWholeNumber(field: String, WrittenValue, quoted: Bool)
    case outOfRange(field: String, lowest: Int, highest: Int, value: Int)
    case notTrueOrFalse(field: String, WrittenValue, quoted: Bool)
    case notOneOf(field: String, allowed: [String], WrittenValue, meant: String?)
    case notDate(field: String, WrittenValue)
    case notDateOrDateTime(field: String, WrittenValue)
    case notYearMonth(field: String, WrittenValue)
    case notLink(field: String, WrittenValue)
    case badLink(field: String, LinkProblem)
    case badBaseURL(field: String, BaseURLProblem)
    case notMarkdown(field: String, WrittenValue)
    case markdownLimit(field: String, LocalizedText)
    case listNotMapping(field: String)
    case listItemNotText(field: String, WrittenValue)
    case listItemEmpty(field: String)
    case notList(field: String, WrittenValue)
    case extraNotMapping(field: String, WrittenValue)
    case extraRefusedLink(field: String, scheme: String)

    public var english: String {
        switch self {
        case .keyNotPlain(let found):
            return "keys must be plain names, not \(found.english)"
        case .notMapping(let found):
            return "expected a mapping of 'key: value' lines, found \(found.english)"
        case .missing(let field, let misspelt?, let line):
            return "missing required field '\(field)': is '\(misspelt)' (line \(line)) meant to be '\(field)'?"
        case .missing(let field, nil, _):
            return "missing required field '\(field)'"
        case .unknown(let field, let meant?, _):
            return "unknown field '\(field)': did you mean '\(meant)'?"
        case .unknown(let field, nil, let known):
            return "unknown field '\(field)'; the fields here are: \(known.joined(separator: ", "))"
        case .notText(let field, let found):
            return "'\(field)' must be text, not \(found.english)"
        case .empty(let field):
            return "'\(field)' must not be empty"
        case .notWholeNumber(let field, let found, let quoted):
            return "'\(field)' must be a whole number, not \(found.english)\(quoted ? " (remove the quotes)" : "")"
        case .outOfRange(let field, let lowest, let highest, let value):
            return "'\(field)' must be between \(lowest) and \(highest), not \(value)"
        case .notTrueOrFalse(let field, let found, let quoted):
            return "'\(field)' must be true or false, not \(found.english)\(quoted ? " (remove the quotes)" : "")"
        case .notOneOf(let field, let allowed, let found, let meant):
            return "'\(field)' must be one of \(allowed.joined(separator: ", ")), not \(found.english)" + (meant.map { "; did you mean '\($0)'?" } ?? "")
        case .notDate(let field, let found):
            return "'\(field)' must be a date like 2024-05-31, not \(found.english)"
        case .notDateOrDateTime(let field, let found):
            return "'\(field)' must be a date (2024-05-31) or a date-time with offset (2024-05-31T19:00:00+09:00), not \(found.english)"
        case .notYearMonth(let field, let found):
            return "'\(field)' must be a year and month like 2024-09, not \(found.english)"
        case .notLink(let field, let found):
            return "'\(field)' must be a link, not \(found.english)"
        case .badLink(let field, let problem):
            return "'\(field)' \(problem.english)"
        case .badBaseURL(let field, let problem):
            return "'\(field)' \(problem.english)"
        case .notMarkdown(let field, let found):
            return "'\(field)' must be Markdown text, not \(found.english)"
        case .markdownLimit(let field, let problem):
            return "'\(field)': \(problem.en)"
        case .listNotMapping(let field):
            return "'\(field)' must be a list like [a, b], not a mapping"
        case .listItemNotText(let field, let found):
            return "items of '\(field)' must be text, not \(found.english)"
        case .listItemEmpty(let field):
            return "items of '\(field)' must not be empty"
        case .notList(let field, let found):
            return "'\(field)' must be a list, not \(found.english)"
        case .extraNotMapping(let field, let found):
            return "'\(field)' must be a mapping of your own fields (room: 22F), not \(found.english)"
        case .extraRefusedLink(let field, let scheme):
            return "'\(field)' starts with '\(scheme):', a link that would run in readers' browsers; only https://, http:// and mailto: links are allowed"
        }
    }

    public var japanese: String {
        switch self {
        case .keyNotPlain(let found):
            return "項目名が\(found.japaneseInProse)になっています。`title:` のように、名前だけを書いてください。"
        case .notMapping(let found):
            return "ここには `項目: 値` の行を並べてください（今は\(found.japaneseInProse)です）。"
        case .missing(let field, let misspelt?, let line):
            return "必須の項目 `\(field)` がありません。\(line)行目の `\(misspelt)` は `\(field)` の打ち間違いではありませんか。"
        case .missing(let field, nil, _):
            return "必須の項目 `\(field)` がありません。`\(field):` の行を書き足してください。"
        case .unknown(let field, let meant?, _):
            return "`\(field)` という項目はありません。`\(meant)` の打ち間違いではありませんか。"
        case .unknown(let field, nil, let known):
            return "`\(field)` という項目はありません。ここに書ける項目は \(Self.listed(known)) です。"
        case .notText(let field, let found):
            return "`\(field)` には文字を書いてください（今は\(found.japaneseInProse)です）。"
        case .empty(let field):
            return "`\(field)` が空です。値を書いてください。"
        case .notWholeNumber(let field, let found, true):
            return "`\(field)` の数 \(found.japanese) が引用符で囲まれています。引用符を外してください。"
        case .notWholeNumber(let field, let found, false):
            return "`\(field)` には整数を書いてください（今は\(found.japaneseInProse)です）。"
        case .outOfRange(let field, let lowest, let highest, let value):
            return "`\(field)` の値 \(value) は範囲の外です。\(lowest)から\(highest)までの数を書いてください。"
        case .notTrueOrFalse(let field, let found, true):
            return "`\(field)` の \(found.japanese) が引用符で囲まれています。引用符を外して `true` か `false` にしてください。"
        case .notTrueOrFalse(let field, let found, false):
            return "`\(field)` には `true` か `false` を書いてください（今は\(found.japaneseInProse)です）。"
        case .notOneOf(let field, _, let found, let meant?):
            return "`\(field)` に \(found.japanese) は使えません。`\(meant)` の打ち間違いではありませんか。"
        case .notOneOf(let field, let allowed, let found, nil):
            return "`\(field)` に \(found.japanese) は使えません。\(Self.listed(allowed, or: true)) のどれかを書いてください。"
        case .notDate(let field, let found):
            return "`\(field)` の日付の書き方が違います（\(found.japanese)）。`2024-05-31` の形で書いてください。"
        case .notDateOrDateTime(let field, let found):
            return "`\(field)` の日時の書き方が違います（\(found.japanese)）。`2024-05-31` か `2024-05-31T19:00:00+09:00` の形で書いてください。"
        case .notYearMonth(let field, let found):
            return "`\(field)` の年月の書き方が違います（\(found.japanese)）。`2024-09` の形で書いてください。"
        case .notLink(let field, let found):
            return "`\(field)` にはリンクを書いてください（今は\(found.japaneseInProse)です）。"
        case .badLink(let field, let problem):
            return "`\(field)` の\(problem.japanese)"
        case .badBaseURL(let field, let problem):
            return "`\(field)` の\(problem.japanese)"
        case .notMarkdown(let field, let found):
            return "`\(field)` には Markdown の文章を書いてください（今は\(found.japaneseInProse)です）。"
        case .markdownLimit(let field, let problem):
            return "`\(field)` の文章：\(problem.ja)"
        case .listNotMapping(let field):
            return "`\(field)` は `[a, b]` のようなリストで書いてください（今は項目の集まりです）。"
        case .listItemNotText(let field, let found):
            return "`\(field)` のリストの要素には文字を書いてください（今は\(found.japaneseInProse)です）。"
        case .listItemEmpty(let field):
            return "`\(field)` のリストに空の要素があります。値を書くか、その要素を消してください。"
        case .notList(let field, let found):
            return "`\(field)` はリストで書いてください（今は\(found.japaneseInProse)です）。"
        case .extraNotMapping(let field, let found):
            return "`\(field)` には、独自の項目を `room: 22F` のような行で並べてください（今は\(found.japaneseInProse)です）。"
        case .extraRefusedLink(let field, let scheme):
            return "`\(field)` が `\(scheme):` で始まっています。読者のブラウザーで動くリンクは使えません。`https://`、`http://` か `mailto:` のリンクにしてください。"
        }
    }

    /// `` `a`、`b`、`c` `` (or `` `a`、`b` か `c` ``): identifiers as typed, joined the Japanese way.
    static func listed(_ names: [String], or: Bool = false) -> String {
        let quoted = names.map { "`\($0)`" }
        guard or, quoted.count > 1 else { return quoted.joined(separator: "、") }
        return quoted.dropLast().joined(separator: "、") + " か " + quoted[quoted.count - 1]
    }

    public static let examples: [FieldMessage] = [
        .keyNotPlain(.list), .notMapping(.list),
        .missing(field: "title", misspelt: "titel", line: 2), .missing(field: "title", misspelt: nil, line: 0),
        .unknown(field: "deadine", meant: "deadline", known: ["deadline", "title"]),
        .unknown(field: "colour", meant: nil, known: ["deadline", "title"]),
        .notText(field: "title", .list), .empty(field: "title"),
        .notWholeNumber(field: "capacity", .text("30"), quoted: true), .notWholeNumber(field: "capacity", .text("三十"), quoted: false),
        .outOfRange(field: "min_cell", lowest: 3, highest: 100, value: 1),
        .notTrueOrFalse(field: "draft", .text("true"), quoted: true), .notTrueOrFalse(field: "draft", .text("yes"), quoted: false),
        .notOneOf(field: "status", allowed: ["open", "closed", "filled"], .text("opne"), meant: "open"),
        .notOneOf(field: "status", allowed: ["open", "closed", "filled"], .text("募集中"), meant: nil),
        .notDate(field: "deadline", .text("2024/5/31")), .notDateOrDateTime(field: "start", .text("2027/1/23 14:00")),
        .notYearMonth(field: "joined", .text("2024年9月")), .notLink(field: "apply", .list),
        .badLink(field: "apply", .notAbsolute(written: "www.example.com", mailto: true)),
        .badBaseURL(field: "base_url", .query),
        .notMarkdown(field: "description", .list),
        .markdownLimit(field: "description", LocalizedText(en: "line 3 nests lists too deeply", ja: "3行目のリストの入れ子が深すぎます。")),
        .listNotMapping(field: "tags"), .listItemNotText(field: "tags", .mapping), .listItemEmpty(field: "tags"),
        .notList(field: "questions", .single),
        .extraNotMapping(field: "extra", .list), .extraRefusedLink(field: "extra.link", scheme: "javascript"),
    ]
}
