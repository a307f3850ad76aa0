/// A character no output carries (`ControlCharacters`), as messages name it: the code point,
/// and the name an editor may know it by. Messages quote it inside their sentences.
public enum ControlCharacterName: Hashable, Sendable, CatalogueMessage {
    case of(Unicode.Scalar)

    /// `U+000B`: four hex digits at least.
    var code: String {
        guard case .of(let c) = self else { return "" }
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    public var english: String {
        switch self {
        case .of(let c):
            let names: [UInt32: String] = [
                0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
                0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete", 0x85: "next line",
                0x9B: "control sequence introducer",
            ]
            let name = names[c.value] ?? (c.value <= 0x9F ? "a control character" : "a noncharacter")
            return "\(code) (\(name))"
        }
    }

    public var japanese: String {
        switch self {
        case .of(let c):
            let names: [UInt32: String] = [
                0x00: "ヌル文字", 0x07: "ベル文字", 0x08: "バックスペース", 0x0B: "垂直タブ", 0x0C: "改ページ",
                0x0D: "キャリッジリターン", 0x1B: "エスケープ文字", 0x7F: "削除文字", 0x85: "改行の制御文字",
                0x9B: "制御シーケンスの開始文字",
            ]
            let name = names[c.value] ?? (c.value <= 0x9F ? "制御文字" : "非文字")
            return "\(code)（\(name)）"
        }
    }

    public static let examples: [ControlCharacterName] = [
        .of("\u{00}"), .of("\u{07}"), .of("\u{08}"), .of("\u{0B}"), .of("\u{0C}"), .of("\u{0D}"), .of("\u{1B}"),
        .of("\u{7F}"), .of("\u{85}"), .of("\u{9B}"), .of("\u{01}"), .of("\u{FFFE}"),
    ]
}
