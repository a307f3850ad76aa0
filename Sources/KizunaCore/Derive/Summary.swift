/// A short summary from a body's text. Japanese has no spaces to cut at, so cut at the end of
/// a sentence (。！？) when one falls within the limit, else at the limit, and mark the cut.
enum Summary {
    static func derive(from plainText: String, limit: Int = 120) -> String {
        // Blocks join with a space only where Latin text meets Latin text.
        let firstBlocks = plainText.split(separator: "\n").prefix(3).reduce(into: "") { text, block in
            if let last = text.last, let next = block.first, !(CJK.isCJK(last) || CJK.isCJK(next)) { text += " " }
            text += block
        }
        let characters = Array(firstBlocks)
        guard characters.count > limit else { return firstBlocks }
        let window = characters[..<limit]
        if let end = window.lastIndex(where: { "。！？!?".contains($0) }), end >= limit / 3 {
            return String(window[...end])
        }
        // Latin text: cut at the last space rather than mid-word.
        if !window.contains(where: CJK.isCJK), let space = window.lastIndex(of: " "), space > limit / 2 {
            return String(window[..<space]) + "…"
        }
        return String(window) + "…"
    }
}
