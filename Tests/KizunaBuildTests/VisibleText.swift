/// What a reader of a page sees or hears: its text outside `<script>` and `<style>`, one line
/// per block (a paragraph, a cell, a list item; inline elements such as links and `<time>` run on
/// within their line, as the eye reads them), then the words of `alt`, `title`, `aria-label`,
/// `placeholder` and the meta description, each a line of its own.
enum VisibleText {
    static let blocks: Set<String> = [
        "html", "head", "body", "title", "meta", "link", "main", "header", "footer", "nav", "section", "article", "aside",
        "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead",
        "tbody", "tfoot", "tr", "th", "td", "form", "label", "button", "input", "select", "option", "textarea", "br", "hr",
        "figure", "figcaption", "blockquote", "pre", "noscript", "details", "summary", "img",
    ]
    static let spokenAttributes: Set<String> = ["alt", "title", "aria-label", "placeholder"]

    static func lines(of html: String) -> [String] {
        var text = ""
        var attributes: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += decode(rest[..<open])
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                rest = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            guard let close = tagEnd(rest) else { break }
            let tag = Tag(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            if blocks.contains(tag.name) { text += "\n" }
            for (name, value) in tag.attributes where spokenAttributes.contains(name) && !value.isEmpty {
                attributes.append(decode(value[...]))
            }
            if tag.name == "meta", tag.attributes.contains(where: { $0.name == "name" && $0.value == "description" }),
               let content = tag.attributes.first(where: { $0.name == "content" }) {
                attributes.append(decode(content.value[...]))
            }
            // Raw text: nothing in a script or style is read out.
            if !tag.closing, tag.name == "script" || tag.name == "style" {
                rest = rest.range(of: "</\(tag.name)", options: .caseInsensitive).map { rest[$0.lowerBound...] } ?? ""
            }
        }
        text += decode(rest)
        let runs = text.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return runs.filter { !$0.isEmpty } + attributes
    }

    /// The `>` that ends the tag starting at `s`, outside quoted attribute values.
    static func tagEnd(_ s: Substring) -> Substring.Index? {
        var quote: Character?
        for i in s.indices.dropFirst() {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i
            }
        }
        return nil
    }

    struct Tag {
        var name = ""
        var closing = false
        var attributes: [(name: String, value: String)] = []

        init(_ inside: Substring) {
            var s = inside
            if s.hasPrefix("/") { closing = true; s = s.dropFirst() }
            name = String(s.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }).lowercased()
            s = s.dropFirst(name.count)
            while true {
                s = s.drop { $0.isWhitespace || $0 == "/" }
                let key = s.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }
                guard !key.isEmpty else { break }
                s = s.dropFirst(key.count).drop(while: \.isWhitespace)
                var value = ""
                if s.first == "=" {
                    s = s.dropFirst().drop(while: \.isWhitespace)
                    if let q = s.first, q == "\"" || q == "'" {
                        let body = s.dropFirst()
                        let end = body.firstIndex(of: q) ?? body.endIndex
                        value = String(body[..<end])
                        s = end < body.endIndex ? body[body.index(after: end)...] : ""
                    } else {
                        value = String(s.prefix { !$0.isWhitespace })
                        s = s.dropFirst(value.count)
                    }
                }
                attributes.append((key.lowercased(), value))
            }
        }
    }

    /// Character references as the browser reads them (the named ones Kizuna and cmark-gfm write).
    static func decode(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var out = ""
        var rest = s
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = after[..<semi]
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
            } else if let text = named[String(name)] {
                out += text
            } else {
                out += "&" + name + ";"
            }
            rest = after[after.index(after: semi)...]
        }
        return out + rest
    }
}
