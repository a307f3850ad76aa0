#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTML `MarkdownRenderer` makes, as rules: a rendered body taken from `.kizuna-cache/`
/// must obey them before it reaches a page, so the cache can never put there what the content
/// could not (the cache's checksum is public; anyone who can write the file can forge it).
///
/// Without raw HTML, every `<` of the renderer's output opens a tag of cmark-gfm's (with the
/// table, strikethrough, task list and footnote extensions) or Kizuna's own rewrites (heading
/// ids, the table wrapper, link slots), with only their attributes, or is the comment cmark-gfm
/// leaves for raw HTML; text and attribute values are escaped, and a link or image never has a
/// scheme cmark-gfm's safe mode refuses (`javascript:`, `vbscript:`, `file:`, `data:` but
/// images). With raw HTML on, the writer may use any HTML, and the rule is GFM's tag filter
/// (`TagFilter`): no filtered tag opens anywhere.
package enum RenderedHTMLRules {
    package static func admits(_ html: String, allowRawHTML: Bool) -> Bool {
        var html = html
        return html.withUTF8 { allowRawHTML ? !opensFilteredTag($0) : admitsSafe($0) }
    }

    static func opensFilteredTag(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.contains(UInt8(ascii: "<")) else { return false }
        let bytes = Array(s)
        return bytes.indices.contains { bytes[$0] == UInt8(ascii: "<") && TagFilter.opensFilteredTag(bytes, at: $0) }
    }

    /// Elements and the attributes each may carry.
    static let attributes: [String: [String]] = {
        var table: [String: [String]] = [
            "a": ["href", "title", "id", "class", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx", "aria-label"],
            "img": ["src", "alt", "title"],
            "input": ["type", "checked", "disabled"],
            "ol": ["start"], "li": ["id"], "th": ["style"], "td": ["style"], "code": ["class"], "div": ["class"], "sup": ["class"],
            "section": ["class", "data-footnotes"],
        ]
        for name in ["p", "ul", "table", "thead", "tbody", "tr", "del", "pre", "hr", "em", "strong", "blockquote", "br"] { table[name] = [] }
        for level in 1...6 { table["h\(level)"] = ["id"] }
        return table
    }()

    /// The same as numbers, read from the bytes without making strings: every name by its
    /// fingerprint, each element with the set of its attributes' numbers as bits.
    struct Names {
        var elements: [UInt64: (name: [UInt8], allowed: UInt64)] = [:]
        var attributes: [UInt64: (name: [UInt8], bit: UInt64)] = [:]
    }

    static let names: Names = {
        var names = Names()
        let all = Array(Set(attributes.values.joined())).sorted()
        for (index, attribute) in all.enumerated() {
            names.attributes[fingerprint(Array(attribute.utf8)[...])] = (Array(attribute.utf8), 1 << UInt64(index))
        }
        for (element, allowed) in attributes {
            let bits = allowed.reduce(UInt64(0)) { $0 | names.attributes[fingerprint(Array($1.utf8)[...])]!.bit }
            names.elements[fingerprint(Array(element.utf8)[...])] = (Array(element.utf8), bits)
        }
        return names
    }()

    /// FNV-1a: names are a few bytes; the table entry's bytes are compared after.
    static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    static func fingerprint(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    static let rawHTMLOmitted = Array("<!-- raw HTML omitted -->".utf8)

    static func admitsSafe(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let names = Self.names
        var i = 0
        let n = s.count
        guard n > 0, let base = s.baseAddress else { return true }
        func isNameByte(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") }
        while i < n {
            // Text between tags is escaped: only `<` matters, found with memchr.
            guard let found = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else { return true }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if i + rawHTMLOmitted.count <= n, s[i..<(i + rawHTMLOmitted.count)].elementsEqual(rawHTMLOmitted) {
                i += rawHTMLOmitted.count
                continue
            }
            var j = i + 1
            let closing = j < n && s[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < n, isNameByte(s[j]) { j += 1 }
            guard let entry = names.elements[fingerprint(s[nameStart..<j])], s[nameStart..<j].elementsEqual(entry.name) else { return false }
            let element = entry.name
            if closing {
                guard j < n, s[j] == UInt8(ascii: ">") else { return false }
                i = j + 1
                continue
            }
            // ` name` or ` name="value"`, then `>` or ` />`.
            while true {
                guard j < n else { return false }
                if s[j] == UInt8(ascii: ">") { j += 1; break }
                guard s[j] == UInt8(ascii: " "), j + 1 < n else { return false }
                j += 1
                if s[j] == UInt8(ascii: "/") {
                    guard j + 1 < n, s[j + 1] == UInt8(ascii: ">") else { return false }
                    j += 2
                    break
                }
                let attributeStart = j
                while j < n, isNameByte(s[j]) { j += 1 }
                guard let attribute = names.attributes[fingerprint(s[attributeStart..<j])], s[attributeStart..<j].elementsEqual(attribute.name),
                      entry.allowed & attribute.bit != 0 else { return false }
                var value: UnsafeBufferPointer<UInt8>.SubSequence?
                if j < n, s[j] == UInt8(ascii: "=") {
                    guard j + 1 < n, s[j + 1] == UInt8(ascii: "\"") else { return false }
                    let valueStart = j + 2
                    j = valueStart
                    while j < n, s[j] != UInt8(ascii: "\"") {
                        guard s[j] != UInt8(ascii: "<"), s[j] != UInt8(ascii: ">") else { return false }
                        j += 1
                    }
                    guard j < n else { return false }
                    value = s[valueStart..<j]
                    j += 1
                }
                guard admits(value, of: attribute.name, in: element) else { return false }
            }
            i = j
        }
        return true
    }

    static func admits(_ value: UnsafeBufferPointer<UInt8>.SubSequence?, of name: [UInt8], in element: [UInt8]) -> Bool {
        // Only a few attributes have values to check; the rest carry escaped text.
        guard let first = name.first, "hsctd".utf8.contains(first) else { return true }
        let attribute = String(decoding: name, as: UTF8.self)
        switch attribute {
        case "href", "src":
            guard let value else { return false }
            return admitsURL(value)
        case "style":
            guard let value else { return false }
            let text = String(decoding: value, as: UTF8.self)
            return text == "text-align: left" || text == "text-align: center" || text == "text-align: right"
        case "type":
            return value.map { String(decoding: $0, as: UTF8.self) } == "checkbox"
        case "checked", "disabled":
            return value?.isEmpty == true
        default:
            return true
        }
    }

    /// cmark-gfm writes URLs percent-encoded, as printable ASCII whose only entities are `&amp;`
    /// and `&#x27;`, and in safe mode drops `javascript:`, `vbscript:`, `file:` and non-image
    /// `data:` ones (`_scan_dangerous_url`). Entities are decoded before the scheme is read, as
    /// a browser does, so `&#106;avascript:` cannot pass.
    static func admitsURL(_ value: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var url: [UInt8] = []
        var i = value.startIndex
        while i < value.endIndex {
            let c = value[i]
            guard c > 0x20, c < 0x7F else { return false }
            if c == UInt8(ascii: "&") {
                let rest = value[i...]
                if rest.starts(with: "&amp;".utf8) {
                    url.append(UInt8(ascii: "&"))
                    i += 5
                } else if rest.starts(with: "&#x27;".utf8) {
                    url.append(UInt8(ascii: "'"))
                    i += 6
                } else {
                    return false
                }
                continue
            }
            url.append(c)
            i += 1
        }
        let lower = String(decoding: url.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        for scheme in ["javascript:", "vbscript:", "file:"] where lower.hasPrefix(scheme) { return false }
        if lower.hasPrefix("data:") {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return true
    }
}
