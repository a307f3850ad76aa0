extension WrittenValue {
    /// The value between two pieces of a Japanese sentence: a value as typed keeps one space on
    /// each side (`` に `industy` は ``), a shape none (に項目の集まりは), as docs/JAPANESE.md §3 asks.
    func japanese(between before: String, _ after: String) -> String {
        guard case .text = self else { return before + japanese + after }
        return before + (before.isEmpty ? "" : " ") + japanese + " " + after
    }
}
