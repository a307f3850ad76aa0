/// Why a link written in YAML is refused; messages put the field's name in front
/// (`FieldMessage.badLink`), so each reads on from it.
public enum LinkProblem: Error, Hashable, Sendable, CatalogueMessage {
    case empty
    case spaces(written: String)
    case notAbsolute(written: String, mailto: Bool)
    case notWebAddress(written: String)
    case notMailAddress(written: String)
    case scheme(String, mailto: Bool)

    public var english: String {
        switch self {
        case .empty: return "must not be empty"
        case .spaces(let written): return "must not contain spaces or control characters: '\(written)'"
        case .notAbsolute(let written, let mailto):
            return "must be an absolute link starting with https://\(mailto ? " or mailto:" : ""), not '\(written)'"
        case .notWebAddress(let written): return "is not a valid web address: '\(written)'"
        case .notMailAddress(let written): return "is not a valid e-mail link: '\(written)'"
        case .scheme(let scheme, let mailto):
            return "must use \(mailto ? "https://, http:// or mailto:" : "https:// or http://"); '\(scheme):' links are not allowed"
        }
    }

    public var japanese: String {
        switch self {
        case .empty: return "リンクが空です。`https://` から始まるリンクを書いてください。"
        case .spaces(let written): return "リンク `\(written)` に空白か見えない文字が入っています。取り除いてください。"
        case .notAbsolute(let written, let mailto):
            return "リンク `\(written)` が `https://` で始まっていません\(mailto ? "（メールなら `mailto:`）" : "")。ブラウザーのアドレス欄からそのままコピーしてください。"
        case .notWebAddress(let written): return "リンク `\(written)` はウェブアドレスとして読めません。ブラウザーのアドレス欄からそのままコピーしてください。"
        case .notMailAddress(let written): return "メールのリンク `\(written)` にアドレスがありません。`mailto:alumni@example.com` の形で書いてください。"
        case .scheme(let scheme, let mailto):
            return "`\(scheme):` のリンクは使えません。\(mailto ? "`https://`、`http://` か `mailto:`" : "`https://` か `http://`") のリンクにしてください。"
        }
    }

    public static let examples: [LinkProblem] = [
        .empty, .spaces(written: "https://example.com/a b"), .notAbsolute(written: "www.example.com", mailto: true),
        .notAbsolute(written: "/static/x.pdf", mailto: false), .notWebAddress(written: "https:/example.com"),
        .notMailAddress(written: "mailto:"), .scheme("javascript", mailto: true), .scheme("mailto", mailto: false),
    ]
}
