/// What an editor wrote where a value was expected, as messages quote it: the text itself
/// (shortened), or the shape of what stands there when it is not a single value.
public enum WrittenValue: Hashable, Sendable, CatalogueMessage {
    case text(String)
    case nothing, single, list, mapping

    /// Long values are cut: a message quotes enough to find the spot.
    public static func quoting(_ text: String) -> WrittenValue {
        .text(text.count > 40 ? String(text.prefix(40)) + "…" : text)
    }

    public var english: String {
        switch self {
        case .text(let text): return "'\(text)'"
        case .nothing: return "nothing (null)"
        case .single: return "a single value"
        case .list: return "a list"
        case .mapping: return "a mapping"
        }
    }

    public var japanese: String {
        switch self {
        case .text(let text): return "`\(text)`"
        case .nothing: return "空（null）"
        case .single: return "値ひとつ"
        case .list: return "リスト"
        case .mapping: return "項目の集まり"
        }
    }

    /// The Japanese inside a sentence: a quoted value gets a space on each side (identifiers
    /// and code are set off by spaces for editors, docs/JAPANESE.md §3), a shape none.
    public var japaneseInProse: String {
        if case .text = self { return " \(japanese) " }
        return japanese
    }

    public static let examples: [WrittenValue] = [.text("2024年5月31日"), .nothing, .single, .list, .mapping]
}
