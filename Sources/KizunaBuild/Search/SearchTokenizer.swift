/// Search terms of a text, after `SearchFold`: Japanese and Chinese characters (kanji, kana) by
/// character bigrams, with each character alone too so a one-character query finds it; Latin
/// letters and digits by words, each with its prefixes so `alum` finds `alumni`. Words need no
/// spaces in Japanese, so bigrams find a word anywhere in a run; the script splits a query the same
/// way (`search.js` `terms`) and asks for every term.
///
/// Bigrams alone cannot tell 京都 from the end of 東京都. A term therefore says whether it *starts*
/// or *ends a segment*, or *is one*: a segment is a run of one script (kanji, hiragana, katakana),
/// since words usually begin and end where the script changes (京都で, 新社長の); a Latin word is
/// a segment of its own. The search ranks documents where the query's words have more such edges
/// above those where a word only occurs inside a longer one (社長 in 会社長期, 京都 in 東京都の,
/// java in javascript).
///
/// Indexing reads every word of every page, so it works on Unicode scalar values, and a Japanese
/// term is a number (`cjkKey`: its one or two scalars) until the index is written.
public enum SearchTokenizer {
    /// A term of an indexed text: `prefix` when it is only the start of a Latin word; `start`,
    /// `end` and `whole` when it starts a segment, ends one or is one (see above) at least once in
    /// the text.
    public struct Term: Hashable, Sendable {
        public var text: String
        public var prefix: Bool
        public var start: Bool
        public var end: Bool
        public var whole: Bool

        public init(text: String, prefix: Bool, start: Bool = false, end: Bool = false, whole: Bool = false) {
            self.text = text
            self.prefix = prefix
            self.start = start
            self.end = end
            self.whole = whole
        }
    }

    /// Edges of one occurrence, as `SearchShards.Field` bits.
    public enum Edge {
        public static let start = 16
        public static let end = 32
        public static let whole = 64
    }

    /// The shortest prefix indexed: one letter would list almost every page.
    public static let shortestPrefix = 2

    /// The writing a character is in, before kana folding, for segment edges.
    enum Script: UInt8 { case kanji, hiragana, katakana, other }

    /// A run of a folded text: a CJK run (folded scalars, each with its script) or a Latin word.
    struct Run {
        var cjk: Bool
        var scalars: [UInt32] = []
        var scripts: [Script] = []

        /// Whether the scalar at `i` starts a segment: the run's first, or a change of script.
        func startsSegment(_ i: Int) -> Bool { i == 0 || scripts[i] != scripts[i - 1] }
        /// Whether the scalar at `i` ends a segment: the run's last, or a change of script next.
        func endsSegment(_ i: Int) -> Bool { i == scalars.count - 1 || scripts[i] != scripts[i + 1] }
        var text: String {
            var s = String.UnicodeScalarView()
            for v in scalars { if let u = Unicode.Scalar(v) { s.append(u) } }
            return String(s)
        }
    }

    /// Runs of a text, folded as `SearchFold` does: CJK runs and Latin words, everything else a
    /// separator. A dropped long-vowel mark keeps its run whole (サーバー is one segment).
    static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var current = Run(cjk: false)
        func flush() {
            if !current.scalars.isEmpty { runs.append(current) }
            current = Run(cjk: false)
        }
        for scalar in SearchFold.prepared(text).unicodeScalars {
            let v = scalar.value
            guard let folded = SearchFold.fold(v) else { continue }
            if isCJK(folded) {
                if !current.cjk { flush(); current.cjk = true }
                current.scalars.append(folded)
                current.scripts.append(script(v))
            } else if isWordCharacter(folded) {
                if current.cjk { flush() }
                current.scalars.append(folded)
                current.scripts.append(.other)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    static func script(_ v: UInt32) -> Script {
        switch v {
        case 0x3040...0x309F: .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF: .katakana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3005, 0x3006: .kanji
        default: .other
        }
    }

    /// Kanji (with 々 and 〆), hiragana (katakana were folded into it) and CJK compatibility.
    static func isCJK(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v) || v == 0x3005 || v == 0x3006
    }

    /// A letter or a digit of a Latin (or other alphabetic) word: the script's `[\p{L}\p{N}]`.
    static func isWordCharacter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// A Japanese term of one or two scalars as one number.
    static func cjkKey(_ a: UInt32, _ b: UInt32 = 0) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// The text of a `cjkKey`.
    static func text(ofKey key: UInt64) -> String {
        var s = String.UnicodeScalarView()
        if let a = Unicode.Scalar(UInt32(key >> 32)) { s.append(a) }
        if key & 0xFFFF_FFFF != 0, let b = Unicode.Scalar(UInt32(key & 0xFFFF_FFFF)) { s.append(b) }
        return String(s)
    }

    /// Every term of a text with its edges (`Edge` bits), once per occurrence: Japanese terms as
    /// `cjkKey`s, Latin words and prefixes as text (`prefix` true for a prefix only).
    static func forEachTerm(_ text: String, cjk: (UInt64, Int) -> Void, latin: (String, _ prefix: Bool, Int) -> Void) {
        for run in runs(text) {
            if run.cjk {
                let n = run.scalars.count
                for i in 0..<n {
                    let start = run.startsSegment(i), end = run.endsSegment(i)
                    cjk(cjkKey(run.scalars[i]), (start ? Edge.start : 0) | (end ? Edge.end : 0) | (start && end ? Edge.whole : 0))
                    if i + 1 < n {
                        // A pair across a change of script (集い) starts or ends as its characters do, but is no segment.
                        let pairEnd = run.endsSegment(i + 1)
                        let whole = start && pairEnd && run.scripts[i] == run.scripts[i + 1]
                        cjk(cjkKey(run.scalars[i], run.scalars[i + 1]), (start ? Edge.start : 0) | (pairEnd ? Edge.end : 0) | (whole ? Edge.whole : 0))
                    }
                }
            } else {
                let word = run.text
                latin(word, false, Edge.start | Edge.end | Edge.whole)
                if run.scalars.count > shortestPrefix {
                    var prefix = String.UnicodeScalarView()
                    for (k, v) in run.scalars.dropLast().enumerated() {
                        if let u = Unicode.Scalar(v) { prefix.append(u) }
                        if k + 1 >= shortestPrefix { latin(String(prefix), true, Edge.start) }
                    }
                }
            }
        }
    }

    /// The terms an index lists for a text, each once, with its edges wherever it occurs.
    public static func indexTerms(_ text: String) -> Set<Term> {
        var found: [String: Term] = [:]
        func add(_ text: String, prefix: Bool, _ edges: Int) {
            var term = found[text] ?? Term(text: text, prefix: prefix)
            term.prefix = term.prefix && prefix
            term.start = term.start || edges & Edge.start != 0
            term.end = term.end || edges & Edge.end != 0
            term.whole = term.whole || edges & Edge.whole != 0
            found[text] = term
        }
        forEachTerm(text, cjk: { add(Self.text(ofKey: $0), prefix: false, $1) }, latin: { add($0, prefix: $1, $2) })
        return Set(found.values)
    }

    /// The terms a query asks for, all of which a result has: bigrams of a CJK run (the character
    /// itself when the run is one character), Latin words as typed (the index holds prefixes).
    public static func queryTerms(_ query: String) -> [String] {
        var terms: [String] = []
        for run in runs(query) {
            if run.cjk && run.scalars.count > 1 {
                for i in 0..<(run.scalars.count - 1) { terms.append(text(ofKey: cjkKey(run.scalars[i], run.scalars[i + 1]))) }
            } else {
                terms.append(run.text)
            }
        }
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }
}
