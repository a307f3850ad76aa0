/// Content reaches the terminal inside error messages. Control characters there could clear
/// the screen, set the window title or reorder text (`\e[2J`, `\e]0;…\a`, bidi overrides), so
/// they are shown escaped, as `\u{1B}`, never sent as they are.
package enum TerminalSafe {
    package static func isUnsafe(_ scalar: Unicode.Scalar, keepingTabs: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: return !keepingTabs
        case 0x00...0x1F, 0x7F...0x9F: return true      // C0 and C1 controls, DEL
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi marks and overrides
        case 0x2028, 0x2029: return true                // line and paragraph separators
        default: return false
        }
    }

    package static func escape(_ text: some StringProtocol, keepingTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingTabs: keepingTabs) }) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepingTabs: keepingTabs) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
