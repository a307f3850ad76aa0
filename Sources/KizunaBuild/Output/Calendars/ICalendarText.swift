import Foundation
import KizunaContent

/// The text rules of iCalendar (RFC 5545): escaped TEXT values, content lines folded at 75
/// octets without splitting a UTF-8 character, CRLF line ends.
enum ICalendarText {
    /// A TEXT value: `\` `;` `,` and line breaks escaped; other control characters and
    /// noncharacters become U+FFFD, as in every output (`ControlCharacters`).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(ControlCharacters.isRefused(scalar) ? ControlCharacters.replacement : scalar)
            }
        }
        return out
    }

    /// One content line, folded: at most 75 octets per physical line, continuation lines start
    /// with a space, and a cut never falls inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line + "\r\n" }
        var out: [UInt8] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Back off from a continuation byte (10xxxxxx) to the start of its character.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: bytes[start..<end])
            out.append(contentsOf: [0x0D, 0x0A])
            start = end
            limit = 74  // the leading space counts
        }
        return String(decoding: out, as: UTF8.self)
    }
}
