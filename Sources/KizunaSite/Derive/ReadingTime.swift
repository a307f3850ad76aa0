/// How long a post takes to read: Japanese is read by characters (about 500 a minute), other
/// languages by words (about 200 a minute); a post mixing both counts each part its own way.
public enum ReadingTime {
    public static let charactersPerMinute = 500
    public static let wordsPerMinute = 200

    /// Whole minutes, at least one.
    public static func minutes(_ plainText: String) -> Int {
        var characters = 0, words = 0
        var inWord = false
        for scalar in plainText.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII without Unicode property lookups: most of an English text.
                let isWordCharacter = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                if isWordCharacter {
                    if !inWord { words += 1 }
                    inWord = true
                } else if v != 0x27 && v != 0x2D {  // ' and - stay inside a word
                    inWord = false
                }
            } else if isJapanese(scalar) {
                characters += 1
                inWord = false
            } else if (0x3000...0x303F).contains(v) || (0xFF00...0xFF65).contains(v) {
                inWord = false  // Japanese punctuation and full-width forms: not read as text
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar != "’" {
                inWord = false
            }
        }
        let seconds = characters * 60 / charactersPerMinute + words * 60 / wordsPerMinute
        return max(1, (seconds + 59) / 60)
    }

    /// Kana, kanji and the full-width forms Japanese text is made of.
    static func isJapanese(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x2FA1F: return true
        default: return false
        }
    }
}
