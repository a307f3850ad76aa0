/// Problems with site.yaml's own settings (its fields' types are `FieldMessage`s).
public enum SiteConfigMessage: Hashable, Sendable, CatalogueMessage {
    case unsupportedLanguage(written: String)
    case languagesItemNotCode(written: WrittenValue)
    case languageTwice(String)
    case languagesEmpty
    case languageNotFirst(language: String, first: String)
    case unknownTimeZone(written: String, example: String)
    case unknownCountry(written: String)
    case logoNotSitePath
    case imageNotSitePath
    /// `field` is `tags`, `segments` or `industries`.
    case namesNotMapping(field: String)
    case nameKeyNotTag(written: WrittenValue)
    case nameKeyNotSlug(field: String, written: String, problem: LocalizedText)
    case nameKeyTwice(field: String, key: String, line: Int)
    case nameNotText(field: String, key: String)
    case nameLanguageUnknown(field: String, key: String, language: String)
    case referralMailNotAddress(written: String)
    case referralNeedsFormOrMail
    case connectMailNotAddress(written: String)
    case connectNeedsFormOrMail
    /// `subscribe.mail`: the digest's mailing-list address (issue 25).
    case subscribeMailNotAddress(written: String)
    case subscribeNeedsFormOrMail
    /// An item of `join.fields` that is no field a profile can show (`consent.fields`).
    case joinFieldUnknown(WrittenValue, allowed: [String], meant: String?)

    public var english: String {
        switch self {
        case .unsupportedLanguage(let written):
            return "'language' must be a language code such as ja or en (optionally with a region, pt-BR), not '\(written)'; the theme gives its strings in i18n/<code>.yaml"
        case .languagesItemNotCode(let written):
            return "each item of 'languages' must be a language code such as ja or en, not \(written.english)"
        case .languageTwice(let code):
            return "'\(code)' is listed twice in 'languages'"
        case .languagesEmpty:
            return "'languages' lists no language: write the site's languages, the one at the site root first ([ja, en])"
        case .languageNotFirst(let language, let first):
            return "'language' says \(language) but 'languages' starts with \(first), the language at the site root: remove 'language' (languages says it)"
        case .unknownTimeZone(let written, let example):
            return "'timezone' must be an IANA time zone such as \(example), not '\(written)'"
        case .unknownCountry(let written):
            return "'country' must be a two-letter ISO 3166-1 country code such as JP or US, not '\(written)'"
        case .logoNotSitePath:
            return "'organization.logo' must be a site path starting with '/', such as /static/logo.svg"
        case .imageNotSitePath:
            return "'image' must be a site path starting with '/' (such as /static/share.png) or an http(s) address"
        case .namesNotMapping(let field):
            return "'\(field)' must map each key to its display name, e.g. {\(Self.example(field)): \(Self.exampleName(field))}"
        case .nameKeyNotTag(let written):
            return "a key of 'tags' must be a tag as posts write it, such as event-report, not \(written.english)"
        case .nameKeyNotSlug(let field, let written, let problem):
            return "\(Self.singular(field)) '\(written)' \(problem.en)"
        case .nameKeyTwice(let field, let key, let line):
            return "'\(key)' is named twice in '\(field)' (first at line \(line))"
        case .nameNotText(let field, let key):
            return "the display name of \(Self.singular(field)) '\(key)' must be text, or one per language ({ja: \(Self.exampleName(field)), en: \(Self.exampleEnglishName(field))})"
        case .nameLanguageUnknown(let field, let key, let language):
            return "the names of \(Self.singular(field)) '\(key)' are given per language code (ja, en …), and '\(language)' is not one"
        case .referralMailNotAddress(let written):
            return "'referral.mail' must be an e-mail address such as referral@example.com, not '\(written)'"
        case .referralNeedsFormOrMail:
            return "'referral' needs a 'form' (https://…) or a 'mail' address to send referrals to"
        case .connectMailNotAddress(let written):
            return "'connect.mail' must be an e-mail address of the network office such as office@example.com, not '\(written)'"
        case .connectNeedsFormOrMail:
            return "'connect' needs a 'form' (https://…) or a 'mail' address of the network office to send connection requests to"
        case .subscribeMailNotAddress(let written):
            return "'subscribe.mail' must be the e-mail address of the digest's mailing list such as digest@example.com (or mailto:digest@example.com), not '\(written)'"
        case .subscribeNeedsFormOrMail:
            return "'subscribe' needs a 'form' (https://…) or a 'mail' address where readers sign up for the monthly digest"
        case .joinFieldUnknown(let found, let allowed, let meant):
            return "'join.fields' items must be fields a profile can show (\(allowed.joined(separator: ", "))), not \(found.english)" + (meant.map { "; did you mean '\($0)'?" } ?? "")
        }
    }

    public var japanese: String {
        switch self {
        case .unsupportedLanguage(let written):
            return "`language` の `\(written)` は言語コードとして読めません。`ja` や `en` のような言語コードを書いてください（画面の文言はテーマの `i18n/<コード>.yaml` から取ります）。"
        case .languagesItemNotCode(let written):
            return written.japanese(between: "`languages` に", "は使えません。`ja` や `en` のような言語コードを並べてください。")
        case .languageTwice(let code):
            return "`languages` に `\(code)` が2回あります。どちらかを消してください。"
        case .languagesEmpty:
            return "`languages` に言語がありません。サイトの言語を、サイトのトップに置く言語から順に `[ja, en]` のように並べてください。"
        case .languageNotFirst(let language, let first):
            return "`language` は `\(language)` ですが、`languages` の最初（サイトのトップに置く言語）は `\(first)` です。`languages` に書いてあるので、`language` は消してください。"
        case .unknownTimeZone(let written, let example):
            return "`timezone` の `\(written)` はタイムゾーンとして読めません。`\(example)` のような IANA の名前を書いてください。"
        case .unknownCountry(let written):
            return "`country` の `\(written)` は国コードとして読めません。`JP` や `US` のような ISO 3166-1 の2文字のコードを書いてください。"
        case .logoNotSitePath:
            return "`organization.logo` にはサイト内のパスを書いてください。`/static/logo.svg` のように `/` から始めます。"
        case .imageNotSitePath:
            return "`image` にはサイト内のパス（`/static/share.png` のように `/` から始まる形）か、`https://` から始まるアドレスを書いてください。"
        case .namesNotMapping(let field):
            return "`\(field)` には、キーごとに表示名を `\(Self.example(field)): \(Self.exampleName(field))` の形で並べてください。"
        case .nameKeyNotTag(let written):
            return "`tags` のキーが\(written.japaneseInProse)になっています。`event-report` のように、記事に書くタグをそのまま書いてください。"
        case .nameKeyNotSlug(let field, let written, let problem):
            return "`\(field)` のキー `\(written)` はURLに使えません。\(problem.ja)"
        case .nameKeyTwice(let field, let key, let line):
            return "`\(field)` で `\(key)` に2回名前が付いています（最初は\(line)行目）。どちらかを消してください。"
        case .nameNotText(let field, let key):
            return "`\(field)` の `\(key)` の表示名が読めません。文字で書くか、言語ごとに `{ja: \(Self.exampleName(field)), en: \(Self.exampleEnglishName(field))}` の形で書いてください。"
        case .nameLanguageUnknown(let field, let key, let language):
            return "`\(field)` の `\(key)` の `\(language)` は言語コードではありません。言語ごとの名前は `ja` や `en` のような言語コードで書いてください。"
        case .referralMailNotAddress(let written):
            return "`referral.mail` の `\(written)` はメールアドレスとして読めません。`referral@example.com` の形で書いてください。"
        case .referralNeedsFormOrMail:
            return "`referral` に紹介の送り先がありません。`form`（`https://` から始まるフォームのアドレス）か `mail`（メールアドレス）を書き足してください。"
        case .connectMailNotAddress(let written):
            return "`connect.mail` の `\(written)` はメールアドレスとして読めません。ネットワーク事務局のアドレスを `office@example.com` の形で書いてください。"
        case .connectNeedsFormOrMail:
            return "`connect` につながりの依頼の送り先がありません。`form`（`https://` から始まるフォームのアドレス）か `mail`（ネットワーク事務局のメールアドレス）を書き足してください。"
        case .subscribeMailNotAddress(let written):
            return "`subscribe.mail` の `\(written)` はメールアドレスとして読めません。ダイジェストのメーリングリストのアドレスを `digest@example.com` の形で書いてください。"
        case .subscribeNeedsFormOrMail:
            return "`subscribe` にダイジェストの申し込み先がありません。`form`（`https://` から始まるフォームのアドレス）か `mail`（メーリングリストのアドレス）を書き足してください。"
        case .joinFieldUnknown(let found, _, let meant?):
            return found.japanese(between: "`join.fields` に", "は使えません。`\(meant)` の打ち間違いではありませんか。")
        case .joinFieldUnknown(let found, let allowed, nil):
            return found.japanese(between: "`join.fields` に", "は使えません。名簿に載せられる項目（\(FieldMessage.listed(allowed, or: true))）のどれかを書いてください。")
        }
    }

    static func singular(_ field: String) -> String {
        switch field {
        case "tags": return "tag"
        case "segments": return "segment"
        default: return "industry"
        }
    }

    static func example(_ field: String) -> String {
        switch field {
        case "tags": return "event-report"
        case "segments": return "hr-alumni"
        default: return "hr-services"
        }
    }

    static func exampleName(_ field: String) -> String {
        switch field {
        case "tags": return "イベントレポート"
        case "segments": return "人事部門の卒業生"
        default: return "人材サービス"
        }
    }

    static func exampleEnglishName(_ field: String) -> String {
        switch field {
        case "tags": return "Event report"
        case "segments": return "HR alumni"
        default: return "HR services"
        }
    }

    public static let examples: [SiteConfigMessage] = [
        .unsupportedLanguage(written: "japanese"), .languagesItemNotCode(written: .text("english")), .languageTwice("en"), .languagesEmpty,
        .languageNotFirst(language: "en", first: "ja"), .unknownTimeZone(written: "Tokyo", example: "Asia/Tokyo"), .unknownCountry(written: "Japan"),
        .logoNotSitePath, .imageNotSitePath, .namesNotMapping(field: "tags"), .namesNotMapping(field: "segments"),
        .nameKeyNotTag(written: .list),
        .nameKeyNotSlug(field: "segments", written: "関西 在住", problem: LocalizedText(en: "must not contain spaces", ja: "空白を取り除いてください。")),
        .nameKeyTwice(field: "industries", key: "hr-services", line: 40),
        .nameNotText(field: "tags", key: "kansai"), .nameNotText(field: "industries", key: "hr-services"),
        .nameLanguageUnknown(field: "tags", key: "kansai", language: "jp"),
        .referralMailNotAddress(written: "人事部"), .referralNeedsFormOrMail,
        .connectMailNotAddress(written: "事務局"), .connectNeedsFormOrMail,
        .subscribeMailNotAddress(written: "ftp://lists.example.com/digest"), .subscribeNeedsFormOrMail,
        .joinFieldUnknown(.text("industy"), allowed: ["name", "industry", "role"], meant: "industry"),
        .joinFieldUnknown(.list, allowed: ["name", "industry", "role"], meant: nil),
    ]
}
