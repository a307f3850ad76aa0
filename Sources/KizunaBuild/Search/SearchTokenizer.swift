/// Search terms of a text, after `SearchFold`: Japanese and Chinese characters (kanji, kana) by
/// character bigrams, with each character alone too so a one-character query finds it; Latin
/// letters and digits by words, each with its prefixes so `alum` finds `alumni`. Words need no
/// spaces in Japanese, so bigrams find a word anywhere in a run; the script splits a query the same
/// way (`search.js` `terms`) and asks for every term.
public enum SearchTokenizer {
    /// A term of an indexed text: `prefix` when it is only the start of a Latin word.
    public struct Term: Hashable, Sendable {
        public var text: String
        public var prefix: Bool
    }

    /// The shortest prefix indexed: one letter would list almost every page.
    public static let shortestPrefix = 2

    /// Runs of a folded text: CJK runs and Latin words, everything else a separator.
    static func runs(_ folded: String) -> [(cjk: Bool, chars: [Character])] {
        var runs: [(cjk: Bool, chars: [Character])] = []
        var current: [Character] = []
        var currentCJK = false
        func flush() {
            if !current.isEmpty { runs.append((currentCJK, current)) }
            current = []
        }
        for c in folded {
            if isCJK(c) {
                if !currentCJK { flush(); currentCJK = true }
                current.append(c)
            } else if c.isLetter || c.isNumber {
                if currentCJK { flush(); currentCJK = false }
                current.append(c)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    /// Kanji (with 々 and 〆), hiragana (katakana were folded into it) and CJK compatibility.
    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v) || v == 0x3005 || v == 0x3006
    }

    /// The terms an index lists for a text.
    public static func indexTerms(_ text: String) -> Set<Term> {
        var terms = Set<Term>()
        for run in runs(SearchFold.fold(text)) {
            if run.cjk {
                for (i, c) in run.chars.enumerated() {
                    terms.insert(Term(text: String(c), prefix: false))
                    if i + 1 < run.chars.count { terms.insert(Term(text: String(run.chars[i...i + 1]), prefix: false)) }
                }
            } else {
                let word = String(run.chars)
                terms.insert(Term(text: word, prefix: false))
                if run.chars.count > shortestPrefix {
                    for n in shortestPrefix..<run.chars.count { terms.insert(Term(text: String(run.chars.prefix(n)), prefix: true)) }
                }
            }
        }
        return terms
    }

    /// The terms a query asks for, all of which a result has: bigrams of a CJK run (the character
    /// itself when the run is one character), Latin words as typed (the index holds prefixes).
    public static func queryTerms(_ query: String) -> [String] {
        var terms: [String] = []
        for run in runs(SearchFold.fold(query)) {
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
