/// Rules of a profile of the directory (`content/alumni/`): beyond its fields' own shapes.
public enum ProfileMessage: Hashable, Sendable, CatalogueMessage {
    case linksNotMapping
    case badEmail(String)
    /// An item of `consent.fields` that is no field a member can consent to; `meant` is the nearest.
    case badConsentField(WrittenValue, allowed: [String], meant: String?)
    case leftBeforeJoined(left: Int, joined: Int)
    case directoryNeedsName

    public var english: String {
        switch self {
        case .linksNotMapping:
            return "'links' must map a label to a link, e.g. {linkedin: https://…}"
        case .badEmail(let email):
            return "'email' must be an e-mail address, not '\(email)'"
        case .badConsentField(let found, let allowed, let meant):
            return "'consent.fields' items must be one of \(allowed.joined(separator: ", ")), not \(found.english)" + (meant.map { "; did you mean '\($0)'?" } ?? "")
        case .leftBeforeJoined(let left, let joined):
            return "'left' (\(left)) is before 'joined' (\(joined))"
        case .directoryNeedsName:
            return "a profile listed in the directory needs 'name' in 'consent.fields'"
        }
    }

    public var japanese: String {
        switch self {
        case .linksNotMapping:
            return "`links` の書き方が違います。`{linkedin: https://…}` のように、ラベルとリンクの組で書いてください。"
        case .badEmail(let email):
            return "`email` の `\(email)` はメールアドレスとして読めません。`name@example.com` の形で書いてください。"
        case .badConsentField(let found, _, let meant?):
            return found.japanese(between: "`consent.fields` に", "は使えません。`\(meant)` の打ち間違いではありませんか。")
        case .badConsentField(let found, let allowed, nil):
            return found.japanese(between: "`consent.fields` に", "は使えません。\(FieldMessage.listed(allowed, or: true)) のどれかを書いてください。")
        case .leftBeforeJoined(let left, let joined):
            return "退職した年（`left`：`\(left)`）が入社した年（`joined`：`\(joined)`）より前です。年を確かめてください。"
        case .directoryNeedsName:
            return "名簿に載せるプロフィール（`consent.directory: true`）の `consent.fields` に `name` がありません。本人の同意を確かめて、`consent.fields` に `name` を加えてください。"
        }
    }

    public static let examples: [ProfileMessage] = [
        .linksNotMapping, .badEmail("yoko.example.com"),
        .badConsentField(.text("industy"), allowed: ["name", "industry", "role"], meant: "industry"),
        .badConsentField(.mapping, allowed: ["name", "industry", "role"], meant: nil),
        .leftBeforeJoined(left: 2019, joined: 2020), .directoryNeedsName,
    ]
}
