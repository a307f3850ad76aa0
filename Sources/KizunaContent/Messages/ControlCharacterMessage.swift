/// An invisible character found in content (`ControlCharacters`): in a YAML value, written by
/// an escape of a double-quoted value, or in a Markdown body. Each names it and says to delete it.
public enum ControlCharacterMessage: Hashable, Sendable, CatalogueMessage {
    /// Raw in the text (the YAML reader refuses it, or a Markdown body holds it).
    case invisible(ControlCharacterName)
    /// Made by an escape of a double-quoted value (`"\v"`), located at its backslash.
    case escaped(written: String, ControlCharacterName)
    /// In a value where no escape can be told, located at the value.
    case inValue(ControlCharacterName)

    public var english: String {
        switch self {
        case .invisible(let name):
            return "invisible character \(name.english); delete it"
        case .escaped(let written, let name):
            return "'\(written)' makes the invisible character \(name.english), which no page, feed or calendar can carry; delete it"
        case .inValue(let name):
            return "this value holds the invisible character \(name.english), which no page, feed or calendar can carry; delete it"
        }
    }

    public var japanese: String {
        switch self {
        case .invisible(let name):
            return "見えない文字 \(name.japanese)が入っています。エディターでは見えないので、この位置の前後の1文字を消してください。"
        case .escaped(let written, let name):
            return "`\(written)` は見えない文字 \(name.japanese)になり、ページにもフィードにもカレンダーにも入れられません。`\(written)` を消してください。"
        case .inValue(let name):
            return "この値に見えない文字 \(name.japanese)が入っていて、ページにもフィードにもカレンダーにも入れられません。その文字を消してください。"
        }
    }

    public static let examples: [ControlCharacterMessage] = [
        .invisible(.of("\u{0B}")), .escaped(written: "\\v", .of("\u{0B}")), .inValue(.of("\u{1B}")),
    ]
}
