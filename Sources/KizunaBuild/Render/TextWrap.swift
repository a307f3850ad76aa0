/// Wraps plain text for mail clients: lines of at most `width` columns, a full-width character
/// counting two (a line of 72 columns is 36 Japanese characters). Japanese breaks between any two
/// characters except before closing punctuation (。、」）) and after an opening one (「（), the rule
/// of kinsoku shori; Latin breaks at spaces. A word longer than a line — an address — is never
/// broken, so a link stays whole and clickable on a line of its own.
enum TextWrap {
    static func lines(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let first = out.isEmpty ? (firstIndent ?? indent) : indent
            out += wrap(String(paragraph), width: width, first: first, rest: indent)
        }
        return out
    }

    /// One paragraph: units joined greedily, spaces dropped at a break.
    static func wrap(_ paragraph: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first, lineWidth = columns(first), prefixWidth = lineWidth, pendingSpace = false
        for unit in units(paragraph) {
            if unit == " " {
                pendingSpace = lineWidth > prefixWidth
                continue
            }
            let w = columns(unit), space = pendingSpace ? 1 : 0
            if lineWidth > prefixWidth && lineWidth + space + w > width {
                lines.append(line)
                line = rest
                lineWidth = columns(rest)
                prefixWidth = lineWidth
            } else if pendingSpace {
                line += " "
                lineWidth += 1
            }
            line += unit
            lineWidth += w
            pendingSpace = false
        }
        lines.append(line)
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// The unbreakable pieces: a Latin word, one Japanese character with the punctuation that
    /// may not start or end a line kept to it, or a single space.
    static func units(_ text: String) -> [String] {
        var units: [String] = []
        var word = ""
        var openPending = ""
        func flushWord() {
            if !word.isEmpty { units.append(openPending + word); openPending = ""; word = "" }
        }
        for c in text {
            if c == " " || c == "\t" {
                flushWord()
                if !openPending.isEmpty { units.append(openPending); openPending = "" }
                units.append(" ")
            } else if isWide(c) {
                flushWord()
                if closing.contains(c), let last = units.last, last != " " {
                    units[units.count - 1] = last + String(c)
                } else if opening.contains(c) {
                    openPending += String(c)
                } else {
                    units.append(openPending + String(c))
                    openPending = ""
                }
            } else if closing.contains(c), word.isEmpty, let last = units.last, last != " " {
                units[units.count - 1] = last + String(c)
            } else {
                word.append(c)
            }
        }
        flushWord()
        if !openPending.isEmpty { units.append(openPending) }
        return units
    }

    /// Characters that may not begin a line.
    static let closing: Set<Character> = ["。", "、", "，", "．", "」", "』", "）", "】", "〕", "！", "？", "ー", "・", "：", "；",
                                          "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
                                          "々", "〜", ")", ",", ".", "!", "?", ":", ";"]
    /// Characters that may not end a line.
    static let opening: Set<Character> = ["「", "『", "（", "【", "〔"]

    static func isWide(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Columns a mail client's fixed-width font gives the text.
    static func columns(_ s: String) -> Int { s.reduce(0) { $0 + (isWide($1) ? 2 : 1) } }
}
