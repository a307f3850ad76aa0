import Foundation

/// One form for comparing search text, the same as the search page's script (`search.js`
/// `fold`) and the directory's (`directory.js`): NFKC (half-width ｱﾙﾑﾅｲ → アルムナイ, full-width
/// ＡＢＣ → ABC), lower case, katakana → hiragana, small kana → full size, the long-vowel mark
/// dropped (サーバー and さーばー and サーバ find each other). Spaces stay: they part Latin words.
/// Character by character, so the script can map a match in the folded text back to the text.
public enum SearchFold {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in prepared(text).unicodeScalars {
            if let v = fold(scalar.value), let u = Unicode.Scalar(v) { out.append(u) }
        }
        return String(out)
    }

    /// The whole-text steps: NFKC, then lower case.
    static func prepared(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// One scalar of a prepared text folded, or nil when folding drops it (ー, 〜).
    static func fold(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x30FC, 0x301C: return nil
        case 0x30A1...0x30F6: return small(v - 0x60)
        default: return small(v)
        }
    }

    /// Small kana full size: ぁぃぅぇぉ っ ゃゅょ ゎ ゕゖ.
    static func small(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E: v + 1
        case 0x3095: 0x304B  // ゕ → か
        case 0x3096: 0x3051  // ゖ → け
        default: v
        }
    }
}
