/// What `kizuna stats snapshot` says: the snapshot it wrote or why it wrote none, and why it
/// could not run.
public enum StatsCommandMessage: Hashable, Sendable, CatalogueMessage {
    case tookFirst(path: String)
    case took(path: String)
    case unchanged(since: LocalDate)
    /// The change cannot be published yet (`figures` of them would move); the pages keep the
    /// snapshot of `since`, or show nothing since `withdrawnOn`.
    case waiting(since: LocalDate, figures: Int, withdrawnOn: LocalDate?)
    case withdrawn(path: String, since: LocalDate)
    case explainHint
    /// One line of `--explain`.
    case figure(SnapshotFigure, change: Int, since: LocalDate, SnapshotReason)
    case contentHasErrors
    case takenToday(path: String)
    case dated(path: String, date: LocalDate)
    /// The file could not be written, for the reason given (`ScaffoldWriter`'s words).
    case cannotWrite(String)

    public var english: String {
        switch self {
        case .tookFirst(let path):
            return "Took the first stats snapshot: \(path). Commit it: the network pages show it from today."
        case .took(let path):
            return "Took a stats snapshot: \(path). Commit it: the network pages show it from today."
        case .unchanged(let since):
            return "No change since the snapshot of \(since): nothing to do."
        case .waiting(let since, let figures, let withdrawnOn):
            let shown = withdrawnOn.map { "show no figures (withdrawn on \($0))" } ?? "keep showing the snapshot of \(since)"
            return "The counts changed since the snapshot of \(since), but publishing them now could single people out "
                + "(\(figures) figure\(figures == 1 ? "" : "s")). The pages \(shown) until enough others join, leave or change."
        case .withdrawn(let path, let since):
            return "No change since the snapshot of \(since) could be published within stats_max_age_days: wrote \(path), "
                + "which withdraws the network figures until a later snapshot can be published. Commit it."
        case .explainHint:
            return "Run `kizuna stats snapshot --explain` on your own machine to see which figures."
        case .figure(let figure, let change, let since, let reason):
            return "\(figure.english): \(change > 0 ? "+" : "")\(change) since \(since) (\(reason.english))"
        case .contentHasErrors:
            return "the content has errors; fix them first (kizuna check)"
        case .takenToday(let path):
            return "a snapshot was already taken today (\(path)) and the counts have changed since; take the next one tomorrow"
        case .dated(let path, let date):
            return "\(path) is dated \(date), after today; a snapshot is taken on its own day"
        case .cannotWrite(let why):
            return why
        }
    }

    public var japanese: String {
        switch self {
        case .tookFirst(let path):
            return "最初の集計のスナップショット `\(path)` を作りました。今日からネットワークのページに表示されるので、コミットしてください。"
        case .took(let path):
            return "集計のスナップショット `\(path)` を作りました。今日からネットワークのページに表示されるので、コミットしてください。"
        case .unchanged(let since):
            return "\(since.japaneseDay)のスナップショットから数は変わっていません。何もしませんでした。"
        case .waiting(let since, let figures, let withdrawnOn):
            let shown = withdrawnOn.map { "数字を表示しません（\($0.japaneseDay)に取り下げ）" } ?? "\(since.japaneseDay)のスナップショットを表示し続けます"
            return "\(since.japaneseDay)のスナップショットから数が変わりましたが、今公開すると個人の特定につながるおそれがあります（\(figures)か所）。"
                + "ほかの人の登録や変更が十分に増えるまで、ページには\(shown)。"
        case .withdrawn(let path, let since):
            return "\(since.japaneseDay)のスナップショットからの変化を `stats_max_age_days` の期間内に公開できなかったため、"
                + "ネットワークの数字を取り下げるスナップショット `\(path)` を作りました。後のスナップショットを公開できるまで、数字は表示しません。コミットしてください。"
        case .explainHint:
            return "どの数字かは、自分のパソコンで `kizuna stats snapshot --explain` を実行すると分かります。"
        case .figure(let figure, let change, let since, let reason):
            return "\(figure.japanese)：\(since.japaneseDay)から\(change > 0 ? "+" : "")\(change)（\(reason.japanese)）"
        case .contentHasErrors:
            return "コンテンツにエラーがあります。先に直してください（`kizuna check` で確かめられます）。"
        case .takenToday(let path):
            return "今日のスナップショット `\(path)` はもう作ってあり、その後に数が変わりました。次のスナップショットは明日作ってください。"
        case .dated(let path, let date):
            return "`\(path)` の日付 `\(date)` は今日より後です。スナップショットはその日に作るものなので、日付を確かめてください。"
        case .cannotWrite(let why):
            return "スナップショットのファイルを書き出せません（`\(why)`）。`content/stats/` の権限を確かめてください。"
        }
    }

    public static let examples: [StatsCommandMessage] = {
        let day = LocalDate(year: 2026, month: 11, day: 24)
        return [
            .tookFirst(path: "content/stats/2026-11-25.yaml"), .took(path: "content/stats/2026-11-25.yaml"), .unchanged(since: day),
            .waiting(since: day, figures: 1, withdrawnOn: nil), .waiting(since: day, figures: 3, withdrawnOn: LocalDate(year: 2026, month: 11, day: 20)),
            .withdrawn(path: "content/stats/2027-02-24.yaml", since: day), .explainHint,
            .figure(.industries(["IT"]), change: 5, since: day, .allInOneGroup), .figure(.membersCounted, change: -1, since: day, .fewerThan(5)),
            .contentHasErrors, .takenToday(path: "content/stats/2026-11-25.yaml"),
            .dated(path: "content/stats/2026-12-01.yaml", date: LocalDate(year: 2026, month: 12, day: 1)),
            .cannotWrite("cannot write content/stats/2026-11-25.yaml: Permission denied"),
        ]
    }()
}
