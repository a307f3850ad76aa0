/// Why site.yaml's `base_url` is refused (`BaseURL.parse`); messages put the field's name in
/// front (`FieldMessage.badBaseURL`), so each reads on from it.
public enum BaseURLProblem: Error, Hashable, Sendable, CatalogueMessage {
    /// A character outside printable ASCII: nil for a space or control character.
    case notASCII(Character?)
    case notWebAddress(String)
    case query
    case fragment
    case backslash
    case userInfo
    case host(String)
    case emptySegment(path: String)
    case dotSegment
    case badPercent
    /// `%0A`: the two hex digits as written.
    case encodedControl(String)
    case encodedSlash
    case pathCharacter(Character)

    public var english: String {
        switch self {
        case .notASCII(let found):
            return "must be plain ASCII without spaces or control characters (found \(found.map { "'\($0)'" } ?? "a control character or space")); percent-encode other characters"
        case .notWebAddress(let text): return "must be an absolute web address starting with https:// or http://, not '\(text)'"
        case .query: return "must not have a query ('?…'): the portal's pages are folders under its path"
        case .fragment: return "must not have a fragment ('#…')"
        case .backslash: return "must not contain '\\'"
        case .userInfo: return "must not contain a user name or password ('…@')"
        case .host(let authority): return "needs a host name such as alumni.example.com, not '\(authority)'"
        case .emptySegment(let path): return "must not have an empty path segment ('//') in '\(path)'"
        case .dotSegment: return "must not have '.' or '..' in its path"
        case .badPercent: return "has a '%' that is not followed by two hex digits"
        case .encodedControl(let hex): return "must not encode a control character or line break (%\(hex))"
        case .encodedSlash: return "must not encode a slash in its path"
        case .pathCharacter(let c): return "must not contain '\(c)' in its path"
        }
    }

    public var japanese: String {
        switch self {
        case .notASCII(nil):
            return "アドレスに空白か見えない文字が入っています。取り除いてください。"
        case .notASCII(let found?):
            return "アドレスに半角英数字以外の文字 `\(found)` が入っています。ブラウザーのアドレス欄からコピーするなどして、`%E3%81%82` のような形にしてください。"
        case .notWebAddress(let text):
            return "アドレス `\(text)` が `https://` で始まっていません。`https://alumni.example.com/` のように書いてください。"
        case .query:
            return "アドレスに `?` から始まる部分があります。ポータルのページはこのアドレスの下に置かれるので、`?` から後ろを消してください。"
        case .fragment:
            return "アドレスに `#` から始まる部分があります。`#` から後ろを消してください。"
        case .backslash:
            return "アドレスに `\\` が入っています。`/` に直してください。"
        case .userInfo:
            return "アドレスにユーザー名かパスワード（`…@`）が入っています。`@` までの部分を消してください。"
        case .host(let authority):
            return "アドレスのホスト名 `\(authority)` が読めません。`alumni.example.com` のように書いてください。"
        case .emptySegment(let path):
            return "アドレスのパス `\(path)` に `//` があります。`/` を1つにしてください。"
        case .dotSegment:
            return "アドレスのパスに `.` か `..` があります。取り除いてください。"
        case .badPercent:
            return "アドレスの `%` のあとに2桁の16進数がありません。`%` のあとに2桁の16進数を書いてください。"
        case .encodedControl(let hex):
            return "アドレスのパスに、見えない文字か改行を表す `%\(hex)` があります。取り除いてください。"
        case .encodedSlash:
            return "アドレスのパスに、`/` か `\\` を表す `%2F` や `%5C` があります。取り除いてください。"
        case .pathCharacter(let c):
            return "アドレスのパスに、使えない文字 `\(c)` があります。取り除いてください。"
        }
    }

    public static let examples: [BaseURLProblem] = [
        .notASCII(nil), .notASCII("あ"), .notWebAddress("alumni.example.com"), .query, .fragment, .backslash, .userInfo,
        .host("alumni..example.com"), .emptySegment(path: "/a//b/"), .dotSegment, .badPercent, .encodedControl("0A"),
        .encodedSlash, .pathCharacter("<"),
    ]
}
