/// Characters that no output carries: C0 controls other than tab and line feed (NUL, vertical
/// tab, escape, carriage return …), DEL, C1 controls (U+0080–U+009F, NEL and CSI among them) and
/// Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their kin in every plane).
///
/// They are invisible in an editor, meaningless on a page, forbidden in XML (a feed with one is
/// unreadable), parse errors in HTML, and a terminal or a mail client may act on them. Content
/// that holds one is refused at load with its line and column (`YAMLParser` for YAML values,
/// `ContentLoader` for Markdown bodies); whatever still reaches an output (a Markdown character
/// reference such as `&#11;`, text made by code) becomes U+FFFD in every escaper, so no format
/// ever writes one raw. iCalendar writes its own CRLF line ends, which are not content.
public enum ControlCharacters {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    public static func isRefused(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x0A: return false
        case 0..<0x20, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return c.value & 0xFFFE == 0xFFFE
        }
    }

    /// The length of the refused character starting at `bytes[i]` (valid UTF-8), or 0.
    @inline(__always)
    static func refusedLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = bytes[i]
        switch c {
        case 0x09, 0x0A: return 0
        case 0..<0x20, 0x7F: return 1
        case 0xC2:  // U+0080–U+009F: C2 80 … C2 9F
            return i + 1 < bytes.count && bytes[i + 1] <= 0x9F ? 2 : 0
        case 0xEF:  // U+FDD0–U+FDEF: EF B7 90 … EF B7 AF; U+FFFE, U+FFFF: EF BF BE, EF BF BF
            guard i + 2 < bytes.count else { return 0 }
            let (b1, b2) = (bytes[i + 1], bytes[i + 2])
            return (b1 == 0xB7 && (0x90...0xAF).contains(b2)) || (b1 == 0xBF && b2 >= 0xBE) ? 3 : 0
        case 0xF0...0xF4:  // U+nFFFE, U+nFFFF: the low 16 bits all ones but the last
            guard i + 3 < bytes.count else { return 0 }
            return bytes[i + 1] & 0x0F == 0x0F && bytes[i + 2] == 0xBF && bytes[i + 3] >= 0xBE ? 4 : 0
        default: return 0
        }
    }

    /// Whether a byte may start a refused character: the fast test before a closer look.
    static let mayStartRefused: [Bool] = (0..<256).map { (b: Int) -> Bool in
        switch b {
        case 0x09, 0x0A: return false
        case 0..<0x20, 0x7F, 0xC2, 0xEF, 0xF0...0xF4: return true
        default: return false
        }
    }

    /// `text` with every refused character replaced by U+FFFD (the text itself when it has none).
    public static func replaced(in text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var i = 0
            var out: [UInt8] = []
            var copied = 0
            while i < bytes.count {
                let length = mayStartRefused[Int(bytes[i])] ? refusedLength(bytes, at: i) : 0
                if length == 0 { i += 1; continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += length
                copied = i
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// A refused character found in content, located in the text: 1-based line (lines end at
    /// LF, as editors count them) and column in characters.
    public struct Found: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var character: Unicode.Scalar

        /// What the editor is told: the character by code point and name, and what to do.
        public var message: ControlCharacterMessage { .invisible(ControlCharacters.describe(character)) }
    }

    /// Whether `text` holds a refused character: one pass over its bytes.
    public static func occur(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.contains { mayStartRefused[Int(bytes[$0])] && refusedLength(bytes, at: $0) > 0 }
        }
    }

    /// Every refused character of `text`, in order.
    public static func find(in text: String) -> [Found] {
        guard occur(in: text) else { return [] }
        var found: [Found] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isRefused(scalar) { found.append(Found(line: line, column: column, character: scalar)) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return found
    }

    /// `U+000B (vertical tab)`, `U+000B（垂直タブ）`: the code point, and the name an editor may know it by.
    public static func describe(_ c: Unicode.Scalar) -> ControlCharacterName { .of(c) }
}
