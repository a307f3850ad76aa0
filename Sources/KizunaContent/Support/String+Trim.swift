extension StringProtocol {
    /// Without leading and trailing white space (spaces, tabs, newlines, U+3000 ideographic space).
    /// Foundation's `trimmingCharacters(in:)` goes through NSString; this stays in Swift.
    package var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
