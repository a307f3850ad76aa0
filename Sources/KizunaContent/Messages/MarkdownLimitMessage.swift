/// A Markdown text beyond `MarkdownLimits` (structure that would make the Markdown library slow).
/// In a body the message stands alone; in a YAML field (`description`) the field comes first
/// (`FieldMessage.markdownLimit`).
public enum MarkdownLimitMessage: Hashable, Sendable, CatalogueMessage {
    case nesting(levels: Int, limit: Int)
    case tableColumns(Int, limit: Int)
    case sparseTable(rows: Int, columns: Int, bytes: Int)
    case angleBrackets(Int, limit: Int)
    case emphasisMarks(Int, limit: Int)
    case brackets(Int, limit: Int)
    /// `count` references in the text; the one located is number `limit + 1`.
    case footnoteReferences(count: Int, limit: Int)

    static let splitParagraph = "in one paragraph; split the paragraph or put the text in a code block"

    public var english: String {
        switch self {
        case .nesting(let levels, let limit):
            return "this line is nested \(levels) levels deep (quotes, list items, footnote definitions and indentation); at most \(limit) are allowed"
        case .tableColumns(let columns, let limit):
            return "this table has \(columns) columns; at most \(limit) are allowed"
        case .sparseTable(let rows, let columns, let bytes):
            return "this table has \(rows) rows of \(columns) columns but only \(bytes) bytes of text; give rows their cells or use fewer columns"
        case .angleBrackets(let count, let limit):
            return "\(count) '<' \(Self.splitParagraph) (at most \(limit))"
        case .emphasisMarks(let count, let limit):
            return "\(count) '*' and '_' \(Self.splitParagraph) (at most \(limit))"
        case .brackets(let count, let limit):
            return "\(count) '[' and ']' \(Self.splitParagraph) (at most \(limit))"
        case .footnoteReferences(let count, let limit):
            return "\(count) footnote references ('[^') in this text, this is number \(limit + 1); at most \(limit) are allowed"
        }
    }

    public var japanese: String {
        switch self {
        case .nesting(let levels, let limit):
            return "この行は、引用・箇条書き・脚注の定義・字下げの入れ子が\(CountText.ja(levels))段あります。入れ子は\(limit)段までにしてください。"
        case .tableColumns(let columns, let limit):
            return "この表は\(CountText.ja(columns))列あります。表の列は\(limit)列までにしてください。"
        case .sparseTable(let rows, let columns, let bytes):
            return "この表は\(CountText.ja(rows))行×\(CountText.ja(columns))列ありますが、中身は\(CountText.ja(bytes))バイトしかありません。各行にセルを書くか、列を減らしてください。"
        case .angleBrackets(let count, let limit):
            return Self.tooMany("`<` が", count, limit)
        case .emphasisMarks(let count, let limit):
            return Self.tooMany("`*` と `_` が合わせて", count, limit)
        case .brackets(let count, let limit):
            return Self.tooMany("`[` と `]` が合わせて", count, limit)
        case .footnoteReferences(let count, let limit):
            return "この文章には脚注の参照（`[^`）が\(CountText.ja(count))個あり、ここが\(CountText.ja(limit + 1))個目です。脚注の参照は\(CountText.ja(limit))個までにしてください。"
        }
    }

    static func tooMany(_ marks: String, _ count: Int, _ limit: Int) -> String {
        "1つの段落に \(marks)\(CountText.ja(count))個あります（上限は\(CountText.ja(limit))個）。空行で段落を分けるか、コードブロックに入れてください。"
    }

    public static let examples: [MarkdownLimitMessage] = [
        .nesting(levels: 40, limit: 32), .tableColumns(120, limit: 100), .sparseTable(rows: 200, columns: 100, bytes: 400),
        .angleBrackets(2_001, limit: 2_000), .emphasisMarks(2_500, limit: 2_000), .brackets(3_000, limit: 2_000),
        .footnoteReferences(count: 1_200, limit: 1_000),
    ]
}
