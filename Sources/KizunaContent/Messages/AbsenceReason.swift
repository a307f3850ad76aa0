/// Why an item of the content folder is not in this build (`Publication.absent`), as a dead
/// link's message gives it. The English reads on from a colon ("…does not publish: it is a
/// draft"); the Japanese is a sentence whose subject, the item linked to, comes before it
/// (「リンク先 `x` は」).
public enum AbsenceReason: Hashable, Sendable, CatalogueMessage {
    case membersOnly
    case draft
    /// A news post dated after the build's "now" (`date` as written).
    case datedAfterNow(date: String)
    case directoryMembersOnly
    case notListed
    case notPublished
    /// The reason of a content kind of one's own (`ContentKinds.register`).
    case other(LocalizedText)

    public var english: String {
        switch self {
        case .membersOnly: return "it is members-only and this is the public build"
        case .draft: return "it is a draft (drafts are built only with --drafts)"
        case .datedAfterNow(let date): return "it is dated \(date), after this build's --now"
        case .directoryMembersOnly: return "the directory is only in the members build"
        case .notListed: return "its member has not agreed to be listed in the directory"
        case .notPublished: return "it is not published in this build"
        case .other(let text): return text.en
        }
    }

    public var japanese: String {
        switch self {
        case .membersOnly: return "会員限定のため、公開版にはありません。"
        case .draft: return "下書き（`draft: true`）のため、`--drafts` を付けたときにしか作られません。"
        case .datedAfterNow(let date): return "日付が `\(date)` のため、この時点（`--now`）ではまだ公開されていません。"
        case .directoryMembersOnly: return "名簿のページのため、会員版にしかありません。"
        case .notListed: return "本人が名簿への掲載に同意していないため、名簿にありません。"
        case .notPublished: return "今回の版には含まれていません。"
        case .other(let text): return text.ja
        }
    }

    /// What to do about a link to such an item: one fix, in Japanese (the English message
    /// ends with the reason).
    var japaneseFix: String {
        switch self {
        case .membersOnly: return "リンクを外すか、リンク先を `audience: public` にしてください。"
        case .draft: return "リンクを外すか、リンク先の `draft: true` の行を消して公開してください。"
        case .datedAfterNow: return "リンクを外すか、リンク先の `date` を確かめてください。"
        case .directoryMembersOnly: return "リンクを外すか、リンク元のファイルを `audience: members` にしてください。"
        case .notListed, .notPublished, .other: return "リンクを外してください。"
        }
    }

    public static let examples: [AbsenceReason] = [
        .membersOnly, .draft, .datedAfterNow(date: "2026-12-01"), .directoryMembersOnly, .notListed, .notPublished,
        .other(LocalizedText(en: "the study group has ended", ja: "終わった勉強会のため、載せていません。")),
    ]
}
