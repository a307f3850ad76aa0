/// Rules of a profile of the directory (`content/alumni/`): beyond its fields' own shapes.
public enum ProfileMessage: Hashable, Sendable, CatalogueMessage {
    case linksNotMapping
    case badEmail(String, EmailProblem)
    /// Two profiles give one address (compared lower-cased): the allowlist would let one person in
    /// as two members, or one of them is a mistake. `path` and `line` are of the first profile.
    case duplicateEmail(String, path: String, line: Int)
    /// An item of `consent.fields` that is no field a member can consent to; `meant` is the nearest.
    case badConsentField(WrittenValue, allowed: [String], meant: String?)
    case leftBeforeJoined(left: Int, joined: Int)
    case directoryNeedsName

    public var english: String {
        switch self {
        case .linksNotMapping:
            return "'links' must map a label to a link, e.g. {linkedin: https://…}"
        case .badEmail(let email, let problem):
            return "'email' '\(email)' is not an e-mail address: \(problem.english); write it as name@example.org"
        case .duplicateEmail(let email, let path, let line):
            return "'email' '\(email)' is already the address of \(path):\(line); each member signs in with an address of their own"
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
        case .badEmail(let email, let problem):
            return "`email` の `\(email)` はメールアドレスとして読めません。\(problem.japanese)。`name@example.org` の形で書いてください。"
        case .duplicateEmail(let email, let path, let line):
            return "`email` の `\(email)` は、別のプロフィール（`\(path):\(line)`）と同じです。会員は自分のメールアドレスでログインするため、1人に1つのアドレスを書いてください。"
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
        .linksNotMapping, .badEmail("yoko.example.com", .noAt), .duplicateEmail("hanako@example.org", path: "alumni/hanako-yamada.yaml", line: 16),
        .badConsentField(.text("industy"), allowed: ["name", "industry", "role"], meant: "industry"),
        .badConsentField(.mapping, allowed: ["name", "industry", "role"], meant: nil),
        .leftBeforeJoined(left: 2019, joined: 2020), .directoryNeedsName,
    ]
}
