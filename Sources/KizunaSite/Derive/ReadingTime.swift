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
            if isJapanese(scalar) {
                characters += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar != "'" && scalar != "’" && scalar != "-" {
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
