import KizunaContent
/// A short summary from a body's text. Japanese has no spaces to cut at, so cut at the end of
/// a sentence (。！？) when one falls within the limit, else at the limit, and mark the cut.
/// A sentence end inside brackets or quotes (「…悩み。…」) is not the end of the summary's
/// sentence: cutting there would leave the quote open.
enum Summary {
    static func derive(from plainText: String, limit: Int = 120) -> String {
        // Blocks join with a space only where Latin text meets Latin text.
        var characters: [Character] = []
        var blockStarts: Set<Int> = []
        for block in plainText.split(separator: "\n").prefix(3) {
            if let last = characters.last, let next = block.first, !(CJK.isCJK(last) || CJK.isCJK(next)) { characters.append(" ") }
            blockStarts.insert(characters.count)
            characters += block
        }
        guard characters.count > limit else { return String(characters) }
        let window = characters[..<limit]
        // Brackets still open before each character of the window.
        var brackets = Brackets()
        var open: [[Character]] = []
        var sentenceEnd: Int?
        for (index, character) in window.enumerated() {
            // A bracket left open by a typo must not swallow the following paragraphs.
            if blockStarts.contains(index) { brackets = Brackets() }
            open.append(brackets.closers)
            brackets.take(character, before: index > 0 ? characters[index - 1] : nil,
                          after: index + 1 < characters.count ? characters[index + 1] : nil)
            if brackets.isEmpty && "。！？!?".contains(character) { sentenceEnd = index }
        }
        if let end = sentenceEnd, end >= limit / 3 {
            return String(window[...end])
        }
        // Latin text: cut at the last space rather than mid-word.
        if !window.contains(where: CJK.isCJK), let space = window.lastIndex(of: " "), space > limit / 2 {
            return String(window[..<space]) + "…" + String(open[space].reversed())
        }
        // Close what the cut leaves open (「…の…」), so the quote does not run on into the page.
        return String(window) + "…" + String(brackets.closers.reversed())
    }

    /// Nesting of brackets and quotes, as the closers they expect, innermost last.
    struct Brackets {
        static let pairs: [Character: Character] = [
            "「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〈": "〉", "《": "》",
            "“": "”", "‘": "’", "\"": "\"", "'": "'",
        ]
        static let closing = Set(pairs.values)

        private(set) var closers: [Character] = []
        var isEmpty: Bool { closers.isEmpty }

        mutating func take(_ character: Character, before: Character?, after: Character?) {
            // An apostrophe after a letter (don't, the students' union) opens nothing; inside a
            // word it closes nothing either.
            let apostrophe = (character == "'" || character == "’") && before?.isLetter == true
            if apostrophe && after?.isLetter == true { return }
            // A closer closes its own opener and anything left open inside it; a closer with no
            // opener (an unbalanced `)`) is ignored. ASCII quotes open and close alike.
            if Self.closing.contains(character), let match = closers.lastIndex(of: character) {
                closers.removeSubrange(match...)
            } else if !apostrophe, let closer = Self.pairs[character] {
                closers.append(closer)
            }
        }
    }
}
