/// Rules of a stats snapshot (`content/stats/`, written by `kizuna stats snapshot`): its counts
/// are one population, so every table adds up to (or stays within) the members.
public enum StatsMessage: Hashable, Sendable, CatalogueMessage {
    /// A withheld snapshot with a count (`key`) in it.
    case withheldHasCounts(String)
    case decadesSum(Int, members: Int)
    case industriesSum(Int, members: Int)
    case mentorsAboveMembers(mentors: Int, members: Int)
    case interestAboveMembers(String, count: Int, members: Int)
    case countsNotMapping(field: String)
    /// A key of `field` that is none of its values (for `decades`, a decade such as 1990).
    case badKey(WrittenValue, field: String)
    case badCount(WrittenValue, limit: Int)
    case keyTwice(WrittenValue, field: String)
    /// Another snapshot (`path`) has the same `date`.
    case sameDate(String, path: String)
    /// `directory:` shows more members with a value (`key`) than the snapshot counts.
    case shownAboveCount(field: String, key: String, shown: Int, count: Int)

    public var english: String {
        switch self {
        case .withheldHasCounts(let key):
            return "a withheld snapshot holds no counts: remove '\(key)'"
        case .decadesSum(let sum, let members):
            return "the decades add up to \(sum), not to the \(members) members"
        case .industriesSum(let sum, let members):
            return "the industries and no_industry add up to \(sum), not to the \(members) members"
        case .mentorsAboveMembers(let mentors, let members):
            return "more mentors (\(mentors)) than members (\(members))"
        case .interestAboveMembers(let interest, let count, let members):
            return "interest '\(interest)' is held by \(count), more than the \(members) members"
        case .countsNotMapping(let field):
            return "'\(field)' must map each value to its count, e.g. {1990: 3, 2000: 12}"
        case .badKey(let key, let field):
            return "\(key.english) is not a \(field == "decades" ? "decade such as 1990" : "value") of '\(field)'"
        case .badCount(let key, let limit):
            return "the count of \(key.english) must be a whole number from 1 to \(limit)"
        case .keyTwice(let key, let field):
            return "\(key.english) is given twice in '\(field)'"
        case .sameDate(let date, let path):
            return "two stats snapshots are dated \(date): this one and \(path); keep one"
        case .shownAboveCount(let field, let key, let shown, let count):
            return "'\(field)' shows \(shown) members with '\(key)', more than the \(count) counted"
        }
    }

    public var japanese: String {
        switch self {
        case .withheldHasCounts(let key):
            return "非公開（`withheld: true`）のスナップショットには数を書きません。`\(key)` の行を消してください。"
        case .decadesSum(let sum, let members):
            return "年代別の数（`decades`）の合計が\(CountText.ja(sum))で、会員数（`members`：`\(members)`）と合いません。数を確かめてください。"
        case .industriesSum(let sum, let members):
            return "業種別の数（`industries` と `no_industry`）の合計が\(CountText.ja(sum))で、会員数（`members`：`\(members)`）と合いません。数を確かめてください。"
        case .mentorsAboveMembers(let mentors, let members):
            return "メンターの数（`mentors`：`\(mentors)`）が会員数（`members`：`\(members)`）より多くなっています。数を確かめてください。"
        case .interestAboveMembers(let interest, let count, let members):
            return "関心 `\(interest)` の数（`\(count)`）が会員数（`members`：`\(members)`）より多くなっています。数を確かめてください。"
        case .countsNotMapping(let field):
            return "`\(field)` の書き方が違います。`{1990: 3, 2000: 12}` のように、値とその数の組で書いてください。"
        case .badKey(let key, "decades"):
            return key.japanese(between: "", "は `decades` の年代として読めません。`1990` のように、10で割り切れる年を書いてください。")
        case .badKey(let key, let field):
            return key.japanese(between: "", "は `\(field)` の値として読めません。文字で書いてください。")
        case .badCount(let key, let limit):
            return key.japanese(between: "", "の数が読めません。1から\(CountText.ja(limit))までの整数で書いてください。")
        case .keyTwice(let key, let field):
            return key.japanese(between: "`\(field)` に", "が2回書かれています。1つにまとめてください。")
        case .sameDate(let date, let path):
            return "同じ日付（`\(date)`）のスナップショットが2つあります（このファイルと `\(path)`）。どちらか1つを残してください。"
        case .shownAboveCount(let field, let key, let shown, let count):
            return "`\(field)` で `\(key)` の会員が\(CountText.ja(shown))人になっていて、数えた\(CountText.ja(count))人より多くなっています。スナップショットは手で直さず、`kizuna stats snapshot` で取り直してください。"
        }
    }

    public static let examples: [StatsMessage] = [
        .withheldHasCounts("members"), .decadesSum(118, members: 120), .industriesSum(12_500, members: 12_000),
        .mentorsAboveMembers(mentors: 130, members: 120), .interestAboveMembers("ai", count: 130, members: 120),
        .countsNotMapping(field: "decades"), .badKey(.text("19x0"), field: "decades"), .badKey(.list, field: "industries"),
        .badCount(.text("1990"), limit: 100_000_000), .keyTwice(.text("1990"), field: "decades"),
        .sameDate("2026-11-20", path: "content/stats/2026-11-20.yaml"),
        .shownAboveCount(field: "directory.decades", key: "1990", shown: 4, count: 3),
    ]
}
