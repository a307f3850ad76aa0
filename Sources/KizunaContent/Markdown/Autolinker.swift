/// Finds bare web addresses and e-mail addresses in plain text, as GitHub's "extended autolinks"
/// do, in time linear in the text.
///
/// Why not cmark-gfm's autolink extension: in 0.29.0.gfm.6 it rescans the rest of the text for
/// every `www.` it meets, so 600 KB of `www.a_` takes minutes (see docs and PITFALLS). It also
/// runs a URL on into Japanese text, which has no space after it. Here every scan is bounded by
/// precomputed run ends, and a link stops at the first CJK character.
///
/// Rules (GFM spec, "Autolinks (extension)"), with Kizuna's CJK stop:
/// - `https://`, `http://` (after a character that is not an ASCII letter or digit) and `www.`
///   (at the start, after white space, `*` `_` `~` `(`, or after CJK text) followed by a valid
///   domain: dot-separated segments of ASCII letters, digits, `-` and `_`, with no `_` in the last
///   two; `www.` needs at least one dot after it.
/// - The path runs to white space, `<` or a CJK character; trailing `?!.,:*_~'"` are dropped, an
///   unbalanced trailing `)` is dropped, and so is a trailing entity-like `&name;`.
/// - E-mail: `local@domain` with local of letters, digits, `.+-_`, a domain with a dot and not
///   ending in `-` or `_`.
enum Autolinker {
    struct Match: Equatable {
        /// Scalar offsets into the text, end exclusive.
        var start: Int
        var end: Int
        var url: String
    }

    static func matches(in text: String) -> [Match] {
        let s = Array(text.unicodeScalars)
        let n = s.count
        guard n >= 4 else { return [] }
        // Cheap exit: most text nodes hold no address at all.
        guard s.contains(where: { $0 == ":" || $0 == "." || $0 == "@" }) else { return [] }

        // domainEnd[i]: where the run of domain characters containing i ends. One backward pass,
        // so no candidate ever scans a run again (the quadratic trap of `www.a_www.a_…`).
        var domainEnd = [Int](repeating: 0, count: n + 1)
        domainEnd[n] = n
        for i in stride(from: n - 1, through: 0, by: -1) {
            domainEnd[i] = isDomain(s[i]) ? domainEnd[i + 1] : i
        }
        // pathEnd[i]: the next white space, `<` or CJK character at or after i.
        var pathEnd = [Int](repeating: 0, count: n + 1)
        pathEnd[n] = n
        for i in stride(from: n - 1, through: 0, by: -1) {
            pathEnd[i] = endsPath(s[i]) ? i : pathEnd[i + 1]
        }

        var result: [Match] = []
        var runs: [Int: RunEnd] = [:]
        var i = 0
        while i < n {
            if let match = webLink(s, at: i, domainEnd, pathEnd, &runs) ?? emailLink(s, at: i, after: result.last?.end ?? 0, domainEnd) {
                result.append(match)
                i = match.end
            } else {
                i += 1
            }
        }
        return result
    }

    // MARK: Web addresses

    static func webLink(_ s: [Unicode.Scalar], at i: Int, _ domainEnd: [Int], _ pathEnd: [Int], _ runs: inout [Int: RunEnd]) -> Match? {
        let c = s[i]
        guard c == "h" || c == "H" || c == "w" || c == "W" else { return nil }
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        var domainStart: Int
        var prefix: String
        if has(s, at: i, "https://") || has(s, at: i, "http://") {
            if let before, isASCIIAlphanumeric(before) { return nil }
            domainStart = i + (has(s, at: i, "https://") ? 8 : 7)
            prefix = ""
        } else if has(s, at: i, "www.") {
            if let before, !(before.properties.isWhitespace || "*_~(".unicodeScalars.contains(before) || CJK.contains(before)) { return nil }
            domainStart = i
            prefix = "http://"
        } else {
            return nil
        }
        guard domainStart < s.count else { return nil }
        let domainStop = domainEnd[domainStart]
        guard let validEnd = validDomainEnd(s, domainStart, domainStop, isWWW: !prefix.isEmpty, &runs) else { return nil }
        let end = trimmed(s, from: domainStart, end: pathEnd[domainStop], minimum: validEnd)
        guard end > domainStart else { return nil }
        let text = String(String.UnicodeScalarView(s[i..<end]))
        return Match(start: i, end: end, url: prefix + text)
    }

    /// What the end of one run of domain characters looks like; the same for every candidate
    /// that starts inside the run, so it is worked out once per run.
    struct RunEnd {
        /// The run's end without trailing dots (`www.example.com.` ends a sentence).
        var end: Int
        /// The last and second-to-last dots before `end`, or -1.
        var lastDot: Int
        var secondDot: Int
        /// The last `_` after `secondDot`, or -1.
        var lastUnderscore: Int
    }

    static func runEnd(_ s: [Unicode.Scalar], stop: Int, _ cache: inout [Int: RunEnd]) -> RunEnd {
        if let known = cache[stop] { return known }
        var end = stop
        while end > 0, s[end - 1] == "." { end -= 1 }
        var info = RunEnd(end: end, lastDot: -1, secondDot: -1, lastUnderscore: -1)
        var k = end - 1
        while k >= 0, isDomain(s[k]) {
            if s[k] == "." {
                if info.lastDot < 0 { info.lastDot = k } else { info.secondDot = k; break }
            } else if s[k] == "_" && info.lastUnderscore < 0 {
                info.lastUnderscore = k
            }
            k -= 1
        }
        cache[stop] = info
        return info
    }

    /// The end of a valid domain starting at `start` within a run ending at `stop`, or nil:
    /// no `_` in the last two segments; `www.` needs a name after it.
    static func validDomainEnd(_ s: [Unicode.Scalar], _ start: Int, _ stop: Int, isWWW: Bool, _ cache: inout [Int: RunEnd]) -> Int? {
        let run = runEnd(s, stop: stop, &cache)
        guard run.end > start else { return nil }
        if run.lastUnderscore >= max(start, run.secondDot + 1) { return nil }
        if isWWW && run.end <= start + 4 { return nil }
        return run.end
    }

    /// GFM's extended autolink path validation, applied from the end.
    static func trimmed(_ s: [Unicode.Scalar], from start: Int, end: Int, minimum: Int) -> Int {
        var end = end
        var opens = 0, closes = 0
        for k in start..<end {
            if s[k] == "(" { opens += 1 } else if s[k] == ")" { closes += 1 }
        }
        while end > minimum {
            let last = s[end - 1]
            if "?!.,:*_~'\"".unicodeScalars.contains(last) {
                end -= 1
            } else if last == ")" && closes > opens {
                closes -= 1
                end -= 1
            } else if last == ";", let amp = entityStart(s, before: end - 1, limit: minimum) {
                end = amp
            } else {
                break
            }
        }
        return end
    }

    /// For `…&amp;` ending at `semicolon`, the index of `&`.
    static func entityStart(_ s: [Unicode.Scalar], before semicolon: Int, limit: Int) -> Int? {
        var k = semicolon - 1
        while k >= limit, isASCIIAlphanumeric(s[k]) { k -= 1 }
        return k >= limit && k < semicolon - 1 && s[k] == "&" ? k : nil
    }

    // MARK: E-mail

    /// An address whose `@` is at `i`. The local part is scanned back no further than the end of
    /// the previous match or the previous `@`, so every character is scanned back at most once.
    static func emailLink(_ s: [Unicode.Scalar], at i: Int, after floor: Int, _ domainEnd: [Int]) -> Match? {
        guard s[i] == "@", i > floor else { return nil }
        var start = i
        while start > floor, isLocal(s[start - 1]) { start -= 1 }
        guard start < i, i + 1 < s.count else { return nil }
        var end = domainEnd[i + 1]
        while end > i + 1, s[end - 1] == "." { end -= 1 }
        guard end > i + 1, s[(i + 1)..<end].contains("."), s[end - 1] != "-", s[end - 1] != "_" else { return nil }
        let text = String(String.UnicodeScalarView(s[start..<end]))
        return Match(start: start, end: end, url: "mailto:" + text)
    }

    // MARK: Characters

    static func has(_ s: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var k = i
        for w in word.unicodeScalars {
            guard k < s.count else { return false }
            let c = s[k]
            // Case-insensitive for ASCII letters only.
            let lower = (0x41...0x5A).contains(c.value) ? Unicode.Scalar(c.value + 0x20)! : c
            guard lower == w else { return false }
            k += 1
        }
        return true
    }

    static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(c.value) || (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value)
    }

    static func isDomain(_ c: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(c) || c == "-" || c == "_" || c == "."
    }

    static func isLocal(_ c: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(c) || c == "." || c == "+" || c == "-" || c == "_"
    }

    static func endsPath(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || c == "<" || c.value < 0x20 || CJK.contains(c)
    }
}
