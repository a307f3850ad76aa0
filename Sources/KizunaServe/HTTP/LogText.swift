/// What a client sent, made safe to print on the editor's terminal: printable ASCII as it is,
/// every other byte as `\xNN` (no escape sequence or line break of a hostile page reaches the
/// terminal), cut after `limit` bytes.
enum LogText {
    static func escaped(_ bytes: some Collection<UInt8>, limit: Int = 200) -> String {
        var text = ""
        var count = 0
        for byte in bytes {
            if count == limit {
                text += "…"
                break
            }
            count += 1
            switch byte {
            case UInt8(ascii: "\\"): text += "\\\\"
            case 0x20...0x7E: text.unicodeScalars.append(Unicode.Scalar(byte))
            default: text += "\\x" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
            }
        }
        return text
    }

    /// A decoded path: printable characters as they are (Japanese paths stay readable), controls escaped.
    static func escaped(_ text: String, limit: Int = 200) -> String {
        var shown = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == limit {
                shown += "…"
                break
            }
            if scalar == "\\" {
                shown += "\\\\"
            } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                shown += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
