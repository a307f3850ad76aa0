/// GFM's "disallowed raw HTML" rule: `<title>`, `<textarea>`, `<style>`, `<xmp>`, `<iframe>`,
/// `<noembed>`, `<noframes>`, `<script>` and `<plaintext>` (opening or closing, any case) have
/// their `<` replaced by `&lt;`, so they show as text instead of taking over the page.
enum TagFilter {
    static let names: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        .map { Array($0.utf8) }

    static func apply(_ html: String) -> String {
        let s = Array(html.utf8)
        guard s.contains(UInt8(ascii: "<")) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 16)
        var i = 0
        while i < s.count {
            if s[i] == UInt8(ascii: "<"), opensFilteredTag(s, at: i) {
                out.append(contentsOf: "&lt;".utf8)
            } else {
                out.append(s[i])
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `<script`, `</script` … followed by white space, `>`, `/` or the end.
    static func opensFilteredTag(_ s: [UInt8], at i: Int) -> Bool {
        var j = i + 1
        if j < s.count, s[j] == UInt8(ascii: "/") { j += 1 }
        for name in names where j + name.count <= s.count {
            var matches = true
            for (k, c) in name.enumerated() where s[j + k] | 0x20 != c {
                matches = false
                break
            }
            guard matches else { continue }
            let end = j + name.count
            if end == s.count || [0x20, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(s[end]) { return true }
        }
        return false
    }
}
