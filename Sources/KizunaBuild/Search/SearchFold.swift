import Foundation

/// One form for comparing search text, the same as the search page's script (`search.js`
/// `fold`) and the directory's (`directory.js`): NFKC (half-width ｱﾙﾑﾅｲ → アルムナイ, full-width
/// ＡＢＣ → ABC), lower case, katakana → hiragana, small kana → full size, the long-vowel mark
/// dropped (サーバー and さーばー and サーバ find each other). Spaces stay: they part Latin words.
/// Character by character, so the script can map a match in the folded text back to the text.
public enum SearchFold {
    static let small: [Character: Character] = [
        "ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お", "っ": "つ", "ゃ": "や", "ゅ": "ゆ",
        "ょ": "よ", "ゎ": "わ", "ゕ": "か", "ゖ": "け",
    ]

    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in prepared(text).unicodeScalars {
            if let c = fold(scalar) { out.append(c) }
        }
        return out
    }

    /// The whole-text steps: NFKC, then lower case.
    static func prepared(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// One scalar of a prepared text folded, or nil when folding drops it (ー, 〜).
    static func fold(_ scalar: Unicode.Scalar) -> Character? {
        var s = scalar
        if (0x30A1...0x30F6).contains(s.value), let h = Unicode.Scalar(s.value - 0x60) { s = h }
        let c = Character(s)
        if c == "ー" || c == "〜" { return nil }
        return small[c] ?? c
    }
}
