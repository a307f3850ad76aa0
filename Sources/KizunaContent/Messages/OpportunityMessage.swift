/// Rules of an opportunity (`content/opportunities/`): beyond its fields' own shapes.
public enum OpportunityMessage: Hashable, Sendable, CatalogueMessage {
    case maxBelowMin(max: Int, min: Int)
    case amountMissing
    case badCurrency(String)
    /// Dates as written (`2026-05-31`).
    case deadlineBeforePosted(deadline: String, posted: String)
    case filledBeforePosted(filled: String, posted: String)
    case badHours(String)
    case engagementNotMentor(Opportunity.Kind)
    case applyNeeded
    case filledButStatus(Opportunity.Status)

    public var english: String {
        switch self {
        case .maxBelowMin(let max, let min):
            return "'compensation.max' (\(max)) is below 'compensation.min' (\(min))"
        case .amountMissing:
            return "'compensation' needs 'min', 'max' or both"
        case .badCurrency(let currency):
            return "'compensation.currency' must be a 3-letter ISO 4217 code such as JPY, not '\(currency)'"
        case .deadlineBeforePosted(let deadline, let posted):
            return "'deadline' (\(deadline)) is before 'posted' (\(posted))"
        case .filledBeforePosted(let filled, let posted):
            return "'filled_at' (\(filled)) is before 'posted' (\(posted))"
        case .badHours(let text):
            return "'engagement.hours_per_month' must be a number of hours above 0, such as 2 or 1.5, not '\(text)'"
        case .engagementNotMentor(let kind):
            return "'engagement' describes a mentor role; this opportunity is a \(kind.rawValue)"
        case .applyNeeded:
            return "an open opportunity needs an 'apply' link (https:// or mailto:)"
        case .filledButStatus(let status):
            return "'filled_at' says the position was filled, but 'status' is \(status.rawValue); set 'status: filled' or remove 'filled_at'"
        }
    }

    public var japanese: String {
        switch self {
        case .maxBelowMin(let max, let min):
            return "報酬の上限（`compensation.max`：`\(max)`）が下限（`compensation.min`：`\(min)`）より小さくなっています。上限と下限を確かめてください。"
        case .amountMissing:
            return "`compensation` に金額がありません。`min`（下限）か `max`（上限）の少なくとも一方を書いてください。"
        case .badCurrency(let currency):
            return "`compensation.currency` の `\(currency)` は通貨コードとして読めません。`JPY` のような、半角大文字3文字の通貨コードを書いてください。"
        case .deadlineBeforePosted(let deadline, let posted):
            return "締切（`deadline`：`\(deadline)`）が掲載日（`posted`：`\(posted)`）より前です。日付を確かめてください。"
        case .filledBeforePosted(let filled, let posted):
            return "採用が決まった日（`filled_at`：`\(filled)`）が掲載日（`posted`：`\(posted)`）より前です。日付を確かめてください。"
        case .badHours(let text):
            return "`engagement.hours_per_month` の `\(text)` は時間数として読めません。`2` や `1.5` のように、0より大きい時間数を書いてください。"
        case .engagementNotMentor(let kind):
            return "`engagement` は外部メンターの募集（`kind: mentor`）に書く項目ですが、この募集は `kind: \(kind.rawValue)` です。`engagement` を消すか、`kind: mentor` にしてください。"
        case .applyNeeded:
            return "`status: open` の募集には、応募先のリンクが要ります。`apply:` に `https://` か `mailto:` のリンクを書いてください。"
        case .filledButStatus(let status):
            return "`filled_at` は採用が決まったことを表しますが、`status` が `\(status.rawValue)` です。`status: filled` にするか、`filled_at` の行を消してください。"
        }
    }

    public static let examples: [OpportunityMessage] = [
        .maxBelowMin(max: 300_000, min: 500_000), .amountMissing, .badCurrency("円"),
        .deadlineBeforePosted(deadline: "2026-05-01", posted: "2026-05-10"),
        .filledBeforePosted(filled: "2026-05-01", posted: "2026-05-10"), .badHours("月2回"),
        .engagementNotMentor(.contract), .applyNeeded, .filledButStatus(.open),
    ]
}
