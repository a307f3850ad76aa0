/// What libyaml was reading when it found a problem (its fixed English phrases): where the
/// construct that went wrong started. `YAMLMessage.syntax` adds that line and column.
public enum YAMLSyntaxContext: Hashable, Sendable, CatalogueMessage {
    case simpleKey
    case scanningQuoted, parsingQuoted
    case plainValue
    case nextToken
    case anchor, alias
    case blockText
    case scanningTag, parsingTag
    /// A `%` line (`%YAML`, `%TAG` and other directives), in libyaml's words.
    case directive(String)
    case list, mapping, flowMapping, flowList
    case node, blockNode, flowNode
    /// A context this version of libyaml did not list; quoted in English only.
    case other(String)

    public init(libyaml context: String) {
        switch context {
        case "while scanning a simple key": self = .simpleKey
        case "while scanning a quoted scalar": self = .scanningQuoted
        case "while parsing a quoted scalar": self = .parsingQuoted
        case "while scanning a plain scalar": self = .plainValue
        case "while scanning for the next token": self = .nextToken
        case "while scanning an anchor": self = .anchor
        case "while scanning an alias": self = .alias
        case "while scanning a block scalar": self = .blockText
        case "while scanning a tag": self = .scanningTag
        case "while parsing a tag": self = .parsingTag
        case "while parsing a block collection": self = .list
        case "while parsing a block mapping": self = .mapping
        case "while parsing a flow mapping": self = .flowMapping
        case "while parsing a flow sequence": self = .flowList
        case "while parsing a node": self = .node
        case "while parsing a block node": self = .blockNode
        case "while parsing a flow node": self = .flowNode
        default: self = context.contains("directive") ? .directive(context) : .other(context)
        }
    }

    public var english: String {
        switch self {
        case .simpleKey: return "while scanning a simple key"
        case .scanningQuoted: return "while scanning a quoted scalar"
        case .parsingQuoted: return "while parsing a quoted scalar"
        case .plainValue: return "while scanning a plain scalar"
        case .nextToken: return "while scanning for the next token"
        case .anchor: return "while scanning an anchor"
        case .alias: return "while scanning an alias"
        case .blockText: return "while scanning a block scalar"
        case .scanningTag: return "while scanning a tag"
        case .parsingTag: return "while parsing a tag"
        case .list: return "while parsing a block collection"
        case .mapping: return "while parsing a block mapping"
        case .flowMapping: return "while parsing a flow mapping"
        case .flowList: return "while parsing a flow sequence"
        case .node: return "while parsing a node"
        case .blockNode: return "while parsing a block node"
        case .flowNode: return "while parsing a flow node"
        case .directive(let context), .other(let context): return context
        }
    }

    /// The construct: the mark it starts with, if any, and what it is, as in 「2行目1文字目から始まる
    /// 項目名の途中」 or 「1行目7文字目の `[` から始まるリストの途中」; nil when the construct starts
    /// where the problem is (the message's location says it already).
    var construct: (mark: String?, noun: String)? {
        switch self {
        case .simpleKey: return (nil, "項目名")
        case .scanningQuoted, .parsingQuoted: return (nil, "引用符で囲んだ値")
        case .plainValue, .node, .blockNode, .flowNode: return (nil, "値")
        case .nextToken: return nil
        case .anchor: return ("`&`", "値")
        case .alias: return ("`*`", "値")
        case .blockText: return ("`|` か `>`", "文章")
        case .scanningTag, .parsingTag: return ("`!`", "値")
        case .directive: return ("`%`", "行")
        case .list: return (nil, "リスト")
        case .mapping: return (nil, "項目の並び")
        case .flowMapping: return ("`{`", "部分")
        case .flowList: return ("`[`", "リスト")
        case .other: return (nil, "部分")
        }
    }

    /// 「（2行目1文字目から始まる項目名の途中）」, or nothing for a construct starting at the problem.
    func japanese(line: Int, column: Int) -> String {
        guard let (mark, noun) = construct else { return "" }
        let start = mark.map { "\(line)行目\(column)文字目の \($0) から始まる" } ?? "\(line)行目\(column)文字目から始まる"
        return "（\(start)\(noun)の途中）"
    }

    public var japanese: String {
        guard let (mark, noun) = construct else { return "（次の値を読み始めたところ）" }
        return "（\(mark.map { "\($0) から始まる" } ?? "")\(noun)の途中）"
    }

    public static let examples: [YAMLSyntaxContext] = [
        .simpleKey, .scanningQuoted, .parsingQuoted, .plainValue, .nextToken, .anchor, .alias, .blockText,
        .scanningTag, .parsingTag, .directive("while scanning a directive"), .list, .mapping, .flowMapping, .flowList,
        .node, .blockNode, .flowNode, .other("while reading something new"),
    ]
}
