import Foundation

/// Which surveys repeat one another, and how their options are matched across years.
extension Survey {
    /// The series this survey belongs to: its `series:` as written, else the slug without a
    /// trailing year (`annual-2025` and `annual-2026` are both `annual`; `annual-2026-03` too). A
    /// slug without a year and no `series:` is a series of its own.
    public var seriesKey: String {
        if let series, !series.trimmingCharacters(in: .whitespaces).isEmpty { return Question.optionKey(series) }
        return Self.slugStem(slug)
    }

    /// `annual-2025` → `annual`; `pulse-2026-03` → `pulse`; `kickoff` → `kickoff`.
    static func slugStem(_ slug: String) -> String {
        var parts = slug.split(separator: "-", omittingEmptySubsequences: false)
        // A month after the year (`-2026-03`), then the year itself.
        if parts.count > 2, parts.last!.count == 2, parts.last!.allSatisfy(\.isASCIIDigit),
           parts[parts.count - 2].count == 4, parts[parts.count - 2].allSatisfy(\.isASCIIDigit) {
            parts.removeLast()
        }
        if parts.count > 1, parts.last!.count == 4, parts.last!.allSatisfy(\.isASCIIDigit) { parts.removeLast() }
        return parts.joined(separator: "-")
    }
}

extension Survey.Question {
    /// An option's text as year over year compares it: NFKC (full-width and half-width forms
    /// alike: ＬｉｎｋｅｄＩｎ is LinkedIn), spaces trimmed and runs of spaces made one. Case and
    /// wording count: "Agree" and "Somewhat agree" are different answers.
    public static func optionKey(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
