extension String {
    /// Replaces every occurrence of each pattern in one pass over the UTF-8 bytes. Foundation's
    /// `replacingOccurrences` compares with Unicode folding through NSString and is many times
    /// slower on whole pages; patterns here are plain ASCII markup, so bytes are enough.
    package func replacingAll(_ replacements: [(of: String, with: String)]) -> String {
        let patterns = replacements.map { (Array($0.of.utf8), Array($0.with.utf8)) }
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        scan: while i < bytes.count {
            for (pattern, replacement) in patterns where bytes[i] == pattern[0] && i + pattern.count <= bytes.count {
                if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                    out.append(contentsOf: replacement)
                    i += pattern.count
                    continue scan
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
