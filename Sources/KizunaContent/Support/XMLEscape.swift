/// Escaping for XML text and attribute values (Atom, sitemaps): `HTMLEscape`, and characters
/// XML 1.0 does not allow at all (C0 controls other than tab, line feed and carriage return;
/// U+FFFE and U+FFFF) dropped, since no escape can carry them and one would make the whole
/// document unreadable to a feed reader.
public enum XMLEscape {
    public static func text(_ s: String) -> String {
        let allowed = s.unicodeScalars.allSatisfy(isAllowed)
        return HTMLEscape.text(allowed ? s : String(String.UnicodeScalarView(s.unicodeScalars.filter(isAllowed))))
    }

    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
