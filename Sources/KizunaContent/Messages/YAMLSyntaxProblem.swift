/// What libyaml found wrong in a YAML text. Its problems (fixed English phrases of libyaml
/// 0.2.5) are grouped by what the editor wrote and should change; the English is libyaml's own
/// phrase, the Japanese says what is wrong (`what`) and how to fix it (`fix`), so a message can
/// put where it happened between the two (`YAMLMessage.syntax`).
public enum YAMLSyntaxProblem: Hashable, Sendable, CatalogueMessage {
    /// `title: 交流会: 秋`, or a key indented under a value.
    case colonInValue
    case questionMarkKey
    case listItemHere
    /// A line with no `key:`.
    case missingColon
    case unclosedQuote
    case fenceInQuotes
    /// A tab indenting a line, or a value starting with `@` or a backquote.
    case cannotStart
    case tabIndent(String)
    case colonInBrackets
    /// A value starting with `*` or `&` (YAML's aliases and anchors).
    case markWithoutName
    /// A value starting with `!` (a YAML tag).
    case tag(String)
    /// A backslash escape of a double-quoted value that YAML does not have (`"C:\path"`).
    case escape(String)
    case textAfterBlockMark
    case zeroIndent
    /// A line starting with `%` (a YAML directive).
    case directive(String)
    case afterDocumentEnd
    case listIndent
    case keyExpected
    case unclosedList
    case unclosedMapping
    case missingValue
    /// A problem this version of libyaml did not list; quoted in English only.
    case other(String)

    /// libyaml's problem, read with its context (the same phrase means a `%` line in a directive).
    public init(libyaml problem: String, context: String?) {
        if context?.contains("directive") == true || problem.contains("%") || problem == "found incompatible YAML document" {
            self = .directive(problem)
            return
        }
        switch problem {
        case "mapping values are not allowed in this context": self = .colonInValue
        case "mapping keys are not allowed in this context": self = .questionMarkKey
        case "block sequence entries are not allowed in this context": self = .listItemHere
        case "could not find expected ':'": self = .missingColon
        case "found unexpected end of stream": self = .unclosedQuote
        case "found unexpected document indicator": self = .fenceInQuotes
        case "found character that cannot start any token": self = .cannotStart
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            self = .tabIndent(problem)
        case "found unexpected ':'": self = .colonInBrackets
        case "did not find expected alphabetic or numeric character": self = .markWithoutName
        case "did not find expected '!'", "did not find expected whitespace or line break", "did not find the expected '>'",
             "did not find URI escaped octet", "did not find expected tag URI", "found an incorrect leading UTF-8 octet",
             "found an incorrect trailing UTF-8 octet", "found undefined tag handle":
            self = .tag(problem)
        case "did not find expected hexdecimal number", "found invalid Unicode character escape code", "found unknown escape character":
            self = .escape(problem)
        case "did not find expected comment or line break": self = .textAfterBlockMark
        case "found an indentation indicator equal to 0": self = .zeroIndent
        case "did not find expected <document start>": self = .afterDocumentEnd
        case "did not find expected '-' indicator": self = .listIndent
        case "did not find expected key": self = .keyExpected
        case "did not find expected ',' or ']'": self = .unclosedList
        case "did not find expected ',' or '}'": self = .unclosedMapping
        case "did not find expected node content": self = .missingValue
        default: self = .other(problem)
        }
    }

    public var english: String {
        switch self {
        case .colonInValue: return "mapping values are not allowed in this context"
        case .questionMarkKey: return "mapping keys are not allowed in this context"
        case .listItemHere: return "block sequence entries are not allowed in this context"
        case .missingColon: return "could not find expected ':'"
        case .unclosedQuote: return "found unexpected end of stream"
        case .fenceInQuotes: return "found unexpected document indicator"
        case .cannotStart: return "found character that cannot start any token"
        case .colonInBrackets: return "found unexpected ':'"
        case .markWithoutName: return "did not find expected alphabetic or numeric character"
        case .textAfterBlockMark: return "did not find expected comment or line break"
        case .zeroIndent: return "found an indentation indicator equal to 0"
        case .afterDocumentEnd: return "did not find expected <document start>"
        case .listIndent: return "did not find expected '-' indicator"
        case .keyExpected: return "did not find expected key"
        case .unclosedList: return "did not find expected ',' or ']'"
        case .unclosedMapping: return "did not find expected ',' or '}'"
        case .missingValue: return "did not find expected node content"
        case .tabIndent(let problem), .tag(let problem), .escape(let problem), .directive(let problem), .other(let problem):
            return problem
        }
    }

    /// What is wrong, without the closing 。 (a location may follow in parentheses).
    var what: String {
        switch self {
        case .colonInValue: return "ここでは `:` を項目名と値の区切りとして使えません"
        case .questionMarkKey: return "`?` で始まる項目名は使えません"
        case .listItemHere: return "ここにはリストの要素（`- `）を書けません"
        case .missingColon: return "項目名のあとの `:` が見つかりません"
        case .unclosedQuote: return "引用符が閉じられていません"
        case .fenceInQuotes: return "引用符で囲んだ値の中に、行頭の `---` か `...` があります"
        case .cannotStart: return "この位置の文字から値を書き始めることはできません"
        case .tabIndent: return "字下げにタブが使われています"
        case .colonInBrackets: return "`[ ]` か `{ }` の中の値に `:` があります"
        case .markWithoutName: return "`*` か `&` で始まる値は、YAML の別名の書き方として読まれます"
        case .tag: return "`!` で始まる値は、YAML の型の指定として読まれます"
        case .escape: return "`\"` で囲んだ値の中に、YAML にない `\\` の書き方があります"
        case .textAfterBlockMark: return "`|` か `>` のあとの同じ行に文字があります"
        case .zeroIndent: return "`|` か `>` のあとの字下げの数が `0` です"
        case .directive: return "行頭の `%` は YAML の指示として読まれますが、この書き方は読めません"
        case .afterDocumentEnd: return "`...` の行のあとにも文字があります"
        case .listIndent: return "リストの要素（`- `）の字下げがそろっていません"
        case .keyExpected: return "項目名があるはずの位置に、項目として読めない書き方があります"
        case .unclosedList: return "`[` で始まるリストが `]` で閉じられていません"
        case .unclosedMapping: return "`{` で始まる部分が `}` で閉じられていません"
        case .missingValue: return "値があるはずの位置に値がありません"
        case .other: return "YAML として読めない書き方があります"
        }
    }

    /// How to fix it: one sentence.
    var fix: String {
        switch self {
        case .colonInValue: return "値に `:` を含めるときは値全体を `\"` で囲み、そうでなければ字下げを確かめてください。"
        case .questionMarkKey: return "値が `?` で始まるときは、値全体を `\"` で囲んでください。"
        case .listItemHere: return "リストは項目名の次の行から、字下げして `- ` で始めてください。"
        case .missingColon: return "`項目名: 値` の形で書いてください。"
        case .unclosedQuote: return "値の終わりに、始めと同じ引用符（`\"` か `'`）を書いてください。"
        case .fenceInQuotes: return "引用符の閉じ忘れがないか確かめてください。"
        case .cannotStart: return "字下げは空白で書き、`@` などで始まる値は全体を `\"` で囲んでください。"
        case .tabIndent: return "タブを空白に変えてください。"
        case .colonInBrackets: return "その値を `\"` で囲んでください。"
        case .markWithoutName, .tag, .directive: return "値全体を `\"` で囲んでください。"
        case .escape: return "値を `\"` ではなく `'` で囲んでください。"
        case .textAfterBlockMark: return "文章は次の行から、字下げして書いてください。"
        case .zeroIndent: return "`0` を消してください。"
        case .afterDocumentEnd: return "`...` の行を消してください。"
        case .listIndent: return "同じリストの要素は、同じ字下げで `- ` から始めてください。"
        case .keyExpected: return "字下げがそろっているか、値が `[` や `{` で始まっていないか、引用符で囲んだ値のあとに文字が続いていないかを確かめてください。"
        case .unclosedList: return "要素を `,` で区切り、最後に `]` を書いてください。"
        case .unclosedMapping: return "要素を `,` で区切り、最後に `}` を書いてください。"
        case .missingValue: return "`,` が続いていないか、値を書き忘れていないか確かめてください。"
        case .other: return "この位置の前後の書き方を確かめてください。"
        }
    }

    public var japanese: String { what + "。" + fix }

    public static let examples: [YAMLSyntaxProblem] = [
        .colonInValue, .questionMarkKey, .listItemHere, .missingColon, .unclosedQuote, .fenceInQuotes, .cannotStart,
        .tabIndent("found a tab character that violates indentation"), .colonInBrackets, .markWithoutName,
        .tag("found undefined tag handle"), .escape("found unknown escape character"), .textAfterBlockMark, .zeroIndent,
        .directive("found unknown directive name"), .afterDocumentEnd, .listIndent, .keyExpected, .unclosedList,
        .unclosedMapping, .missingValue, .other("malformed YAML"),
    ]
}
