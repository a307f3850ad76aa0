/// Japanese text has no spaces between words; several text rules need to know where it is.
package enum CJK {
    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, // CJK punctuation (、。「」)
             0x3040...0x30FF, // kana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, // ideographs
             0xFF00...0xFFEF, // full-width forms (（）！？)
             0xAC00...0xD7AF, // Hangul
             0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    package static func isCJK(_ c: Character) -> Bool { c.unicodeScalars.first.map(contains) ?? false }
}
