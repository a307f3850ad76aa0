/// Escaping for text put into HTML and XML by code and by templates (`{{x}}`, see `EscapedHTML`).
public enum HTMLEscape {
    /// Byte by byte over UTF-8: the five characters are ASCII, so a byte never stands for part of
    /// anything else, and a quote followed by a combining mark is still a quote (comparing whole
    /// `Character`s, as swift-mustache's own escaping does, leaves `"\u{301}` raw and lets a title
    /// end an HTML attribute early). Control characters and noncharacters become U+FFFD
    /// (`ControlCharacters`). Text with nothing to escape is returned as it is.
    public static func text(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes -> String? in
            guard var i = bytes.firstIndex(where: { needsEscape[Int($0)] }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<i])
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default:
                    let refused = ControlCharacters.mayStartRefused[Int(byte)] ? ControlCharacters.refusedLength(bytes, at: i - 1) : 0
                    if refused > 0 {
                        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        i += refused - 1
                    } else {
                        out.append(byte)
                    }
                }
            }
            // Nothing changed (a Japanese text whose lead bytes only looked like a noncharacter's).
            return out.count == bytes.count && out.elementsEqual(bytes) ? nil : String(decoding: out, as: UTF8.self)
        } ?? s
    }

    private static let needsEscape: [Bool] = (0..<256).map { "&<>\"'".utf8.contains(UInt8($0)) || ControlCharacters.mayStartRefused[$0] }

    public static func attribute(_ s: String) -> String { text(s) }
}
