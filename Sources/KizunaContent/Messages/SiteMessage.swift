/// Warnings about the site as it will be published: postings that never close or close soon, a
/// held event without its report, consent to show an empty field, network figures without a
/// snapshot. Warnings: the site is still built (JAPANESE.md §5: 「このままでも公開されますが」).
public enum SiteMessage: Hashable, Sendable, CatalogueMessage {
    /// An open posting without a deadline, posted `days` days ago (more than `staleAfter`).
    case postingNeverCloses(posted: LocalDate, days: Int, staleAfter: Int)
    /// `days` until the deadline (0 today, 1 tomorrow); the day ends in `zone`.
    case deadlineSoon(deadline: LocalDate, days: Int, zone: String)
    case deadlinePassed(deadline: LocalDate)
    case eventWithoutReport(slug: String, ended: LocalDate)
    case consentToEmptyField(field: String)
    case noStatsSnapshot

    public var english: String {
        switch self {
        case .postingNeverCloses(let posted, let days, let staleAfter):
            return "this posting has been open since \(posted) (\(days) days) with no 'deadline', so it never closes by itself; add a 'deadline', or set 'status: closed' (or 'filled') if it is over (site.yaml's stale_after_days is \(staleAfter))"
        case .deadlineSoon(let deadline, let days, let zone):
            let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
            return "the deadline \(deadline) is \(when); the posting closes at the end of that day (\(zone))"
        case .deadlinePassed(let deadline):
            return "the deadline \(deadline) has passed, so the posting is shown as closed; set 'status: closed' (or 'filled' with 'filled_at') to say what happened"
        case .eventWithoutReport(let slug, let ended):
            return "event '\(slug)' ended on \(ended) and has no 'report' yet; add 'report: <news slug>' once the report is posted, or ignore this if none is planned"
        case .consentToEmptyField(let field):
            return "'consent.fields' names '\(field)', but the profile has no '\(field)'; nothing is shown for it"
        case .noStatsSnapshot:
            return "there is no stats snapshot yet, so the network page shows no figures; take one with `kizuna stats snapshot` and commit content/stats/"
        }
    }

    public var japanese: String {
        switch self {
        case .postingNeverCloses(let posted, let days, let staleAfter):
            return "この募集は `posted: \(posted)` から\(NumberText.grouped(days))日間、締切（`deadline`）がないまま募集中です（site.yaml の `stale_after_days` は\(staleAfter)日）。このままでも公開されますが、自動では締め切られません。`deadline` を書き足すか、募集が終わっていれば `status: closed`（または `filled`）にしてください。"
        case .deadlineSoon(let deadline, let days, let zone):
            let when = days == 0 ? "今日" : days == 1 ? "明日" : "\(days)日後"
            return "締切 `\(deadline)` は\(when)です。その日の終わり（\(zone)）に募集を締め切ります。このままでも公開されますが、延ばすなら `deadline` を書き換えてください。"
        case .deadlinePassed(let deadline):
            return "締切 `\(deadline)` を過ぎたため、この募集は締め切ったものとして表示されます。このままでも公開されますが、どうなったかが分かるよう `status: closed`（決まったなら `filled` と `filled_at`）にしてください。"
        case .eventWithoutReport(let slug, let ended):
            return "イベント `\(slug)` は\(ended.japaneseDay)に終わりましたが、開催レポート（`report`）がまだありません。このままでも公開されますが、レポートのお知らせを出したら `report: <お知らせのスラッグ>` を書き足してください（レポートを出さないなら、この警告はそのままでかまいません）。"
        case .consentToEmptyField(let field):
            return "`consent.fields` に `\(field)` がありますが、プロフィールに `\(field)` が書かれていません。このままでも公開されますが、名簿には何も表示されません。`\(field)` を書き足すか、`consent.fields` から外してください。"
        case .noStatsSnapshot:
            return "集計のスナップショットがまだないため、ネットワークのページに数字が出ません。このままでも公開されますが、`kizuna stats snapshot` でスナップショットを作り、`content/stats/` をコミットしてください。"
        }
    }

    public static let examples: [SiteMessage] = [
        .postingNeverCloses(posted: LocalDate(year: 2025, month: 7, day: 28), days: 485, staleAfter: 90),
        .deadlineSoon(deadline: LocalDate(year: 2026, month: 11, day: 25), days: 0, zone: "Asia/Tokyo"),
        .deadlineSoon(deadline: LocalDate(year: 2026, month: 11, day: 26), days: 1, zone: "Asia/Tokyo"),
        .deadlineSoon(deadline: LocalDate(year: 2026, month: 11, day: 30), days: 5, zone: "Asia/Tokyo"),
        .deadlinePassed(deadline: LocalDate(year: 2026, month: 11, day: 20)),
        .eventWithoutReport(slug: "held-meetup", ended: LocalDate(year: 2026, month: 11, day: 1)),
        .consentToEmptyField(field: "company"), .noStatsSnapshot,
    ]
}
