/// The tag structure of rendered HTML, read the simple way (cmark-gfm's output escapes every `<`
/// of text, so each `<` starts a tag or a comment). Enough to check that tags balance and that
/// none can run script.
struct HTMLShape {
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    static let voidElements: Set<String> = ["br", "hr", "img", "input", "col", "wbr", "meta", "link", "source"]

    /// Every opening tag, in order.
    private(set) var tags: [Tag] = []
    /// Text outside tags, each piece with the names of the elements around it.
    private(set) var texts: [(text: String, within: [String])] = []
    /// Structural mistakes: a close without its open, an unclosed tag, an unterminated `<`.
    private(set) var problems: [String] = []
    /// The deepest nesting of elements.
    private(set) var depth = 0

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var open: [String] = []
        var text = ""
        var i = 0
        func flush() {
            if !text.isEmpty { texts.append((text, open)) }
            text = ""
        }
        while i < s.count {
            guard s[i] == "<" else {
                text.unicodeScalars.append(s[i])
                i += 1
                continue
            }
            flush()
            if s[i...].starts(with: "<!--".unicodeScalars) {
                guard let end = Self.find("-->", in: s, from: i + 4) else { problems.append("unterminated comment"); return }
                i = end + 3
                continue
            }
            // To the `>` that ends the tag, skipping quoted attribute values.
            var j = i + 1
            var quote: Unicode.Scalar?
            while j < s.count, quote != nil || s[j] != ">" {
                if let q = quote { if s[j] == q { quote = nil } } else if s[j] == "\"" || s[j] == "'" { quote = s[j] }
                j += 1
            }
            guard j < s.count else { problems.append("unterminated tag at \(i)"); return }
            var inside = String(String.UnicodeScalarView(s[(i + 1)..<j]))
            i = j + 1
            if inside.hasPrefix("/") {
                let name = inside.dropFirst().lowercased().filter { !$0.isWhitespace }
                if open.last == name { open.removeLast() } else { problems.append("</\(name)> closes \(open.last ?? "nothing")") }
                continue
            }
            let selfClosing = inside.hasSuffix("/")
            if selfClosing { inside.removeLast() }
            let tag = Self.parse(inside)
            tags.append(tag)
            if !selfClosing && !Self.voidElements.contains(tag.name) {
                open.append(tag.name)
                depth = max(depth, open.count)
            }
        }
        flush()
        if !open.isEmpty { problems.append("unclosed: \(open)") }
    }

    /// Tag names that can run script, attributes named `on…`, and `javascript:` addresses.
    var liveScript: [String] {
        var found: [String] = []
        for tag in tags {
            if ["script", "iframe", "img", "svg", "object", "embed", "style"].contains(tag.name) { found.append("<\(tag.name)>") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { found.append("\(name)= on <\(tag.name)>") }
                let target = value.lowercased().filter { !$0.isWhitespace }
                if ["href", "src", "action", "formaction"].contains(name), target.hasPrefix("javascript:") || target.hasPrefix("data:") {
                    found.append("\(name)=\(value) on <\(tag.name)>")
                }
            }
        }
        return found
    }

    static func parse(_ inside: String) -> Tag {
        let s = Array(inside.unicodeScalars)
        var i = 0
        func word() -> String {
            var w = ""
            while i < s.count, !" \t\n/=>".unicodeScalars.contains(s[i]) { w.unicodeScalars.append(s[i]); i += 1 }
            return w.lowercased()
        }
        func skipSpace() { while i < s.count, " \t\n".unicodeScalars.contains(s[i]) { i += 1 } }
        let name = word()
        var attributes: [(String, String)] = []
        while true {
            skipSpace()
            guard i < s.count else { break }
            let attribute = word()
            if attribute.isEmpty { i += 1; continue }
            skipSpace()
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                skipSpace()
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let q = s[i]
                    i += 1
                    while i < s.count, s[i] != q { value.unicodeScalars.append(s[i]); i += 1 }
                    i += 1
                } else {
                    while i < s.count, !" \t\n".unicodeScalars.contains(s[i]) { value.unicodeScalars.append(s[i]); i += 1 }
                }
            }
            attributes.append((attribute, value))
        }
        return Tag(name: name, attributes: attributes)
    }

    static func find(_ needle: String, in s: [Unicode.Scalar], from start: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        var i = start
        while i + n.count <= s.count {
            if Array(s[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }
}
