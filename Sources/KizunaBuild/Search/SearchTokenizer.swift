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

    /// The shortest prefix indexed: one letter would list almost every page.
    public static let shortestPrefix = 2

    /// The writing a character is in, before kana folding, for segment starts.
    enum Script: Equatable { case kanji, hiragana, katakana, other }

    /// A run of a folded text: a CJK run (with each character's script) or a Latin word.
    struct Run {
        var cjk: Bool
        var chars: [Character]
        var scripts: [Script]

        /// Whether the character at `i` starts a segment: the run's first, or a change of script.
        func startsSegment(_ i: Int) -> Bool { i == 0 || scripts[i] != scripts[i - 1] }
        /// Whether the character at `i` ends a segment: the run's last, or a change of script next.
        func endsSegment(_ i: Int) -> Bool { i == chars.count - 1 || scripts[i] != scripts[i + 1] }
    }

    /// Runs of a text, folded as `SearchFold` does: CJK runs and Latin words, everything else a
    /// separator. A dropped long-vowel mark keeps its run whole (サーバー is one segment).
    static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var current = Run(cjk: false, chars: [], scripts: [])
        func flush() {
            if !current.chars.isEmpty { runs.append(current) }
            current = Run(cjk: false, chars: [], scripts: [])
        }
        for scalar in SearchFold.prepared(text).unicodeScalars {
            let script = Self.script(scalar)
            guard let c = SearchFold.fold(scalar) else { continue }
            if isCJK(c) {
                if !current.cjk { flush(); current.cjk = true }
                current.chars.append(c)
                current.scripts.append(script)
            } else if c.isLetter || c.isNumber {
                if current.cjk { flush() }
                current.chars.append(c)
                current.scripts.append(.other)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    static func script(_ s: Unicode.Scalar) -> Script {
        switch s.value {
        case 0x3040...0x309F: .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF: .katakana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3005, 0x3006: .kanji
        default: .other
        }
    }

    /// Kanji (with 々 and 〆), hiragana (katakana were folded into it) and CJK compatibility.
    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v) || v == 0x3005 || v == 0x3006
    }

    /// The terms an index lists for a text, each once, with its edges wherever it occurs.
    public static func indexTerms(_ text: String) -> Set<Term> {
        var found: [String: Term] = [:]
        func add(_ term: Term) {
            guard var old = found[term.text] else { found[term.text] = term; return }
            old.prefix = old.prefix && term.prefix
            old.start = old.start || term.start
            old.end = old.end || term.end
            old.whole = old.whole || term.whole
            found[term.text] = old
        }
        for run in runs(text) {
            if run.cjk {
                for (i, c) in run.chars.enumerated() {
                    let start = run.startsSegment(i), end = run.endsSegment(i)
                    add(Term(text: String(c), prefix: false, start: start, end: end, whole: start && end))
                    if i + 1 < run.chars.count {
                        let pairEnd = run.endsSegment(i + 1)
                        // A pair across a change of script (集い) starts or ends as its characters do, but is no segment.
                        let whole = start && pairEnd && run.scripts[i] == run.scripts[i + 1]
                        add(Term(text: String(run.chars[i...i + 1]), prefix: false, start: start, end: pairEnd, whole: whole))
                    }
                }
            } else {
                let word = String(run.chars)
                add(Term(text: word, prefix: false, start: true, end: true, whole: true))
                if run.chars.count > shortestPrefix {
                    for n in shortestPrefix..<run.chars.count { add(Term(text: String(run.chars.prefix(n)), prefix: true, start: true)) }
                }
            }
        }
        return Set(found.values)
    }

    /// The terms a query asks for, all of which a result has: bigrams of a CJK run (the character
    /// itself when the run is one character), Latin words as typed (the index holds prefixes).
    public static func queryTerms(_ query: String) -> [String] {
        var terms: [String] = []
        for run in runs(query) {
            if run.cjk && run.chars.count > 1 {
                for i in 0..<(run.chars.count - 1) { terms.append(String(run.chars[i...i + 1])) }
            } else {
                terms.append(String(run.chars))
            }
        }
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }
}
