/// Why a profile's `email:` cannot be an address members sign in with (`EmailAddress.problem`).
/// A phrase: the English ends a sentence about the address ("… is not an e-mail address: it …"),
/// the Japanese is a clause `ProfileMessage` ends with 。.
public enum EmailProblem: Hashable, Sendable, CatalogueMessage, CataloguePhrase {
    case empty
    case whitespace
    case noAt
    case severalAts(Int)
    case tooLong(length: Int, limit: Int)
    case noLocalPart
    case dotsInLocalPart
    /// A character no plain address has (a comma, a bracket, a full-width letter …).
    case badCharacter(String)
    case noDomain
    case domainWithoutDot(String)
    case badDomain(String)

    public var english: String {
        switch self {
        case .empty: return "it is empty"
        case .whitespace: return "it contains a space or a line break"
        case .noAt: return "it has no '@'"
        case .severalAts(let count): return "it has \(count) '@' where an address has one"
        case .tooLong(let length, let limit): return "it is \(length) characters long, more than the \(limit) an address may have"
        case .noLocalPart: return "nothing comes before the '@'"
        case .dotsInLocalPart: return "the part before the '@' starts or ends with a dot, or has two dots in a row"
        case .badCharacter(let character): return "it contains '\(TerminalSafe.escape(character))', which an address cannot contain"
        case .noDomain: return "nothing comes after the '@'"
        case .domainWithoutDot(let domain): return "the domain '\(domain)' has no dot (e.g. example.org)"
        case .badDomain(let domain): return "the domain '\(domain)' is not a domain name (an empty part, a part starting or ending with '-', or only digits at the end)"
        }
    }

    /// Why, as a Japanese sentence without the closing 。.
    public var japanese: String {
        switch self {
        case .empty: return "空です"
        case .whitespace: return "空白か改行が入っています"
        case .noAt: return "`@` がありません"
        case .severalAts(let count): return "`@` が\(count)つあります（メールアドレスの `@` は1つです）"
        case .tooLong(let length, let limit): return "\(length)文字あり、メールアドレスの上限の\(limit)文字を超えています"
        case .noLocalPart: return "`@` の前が空です"
        case .dotsInLocalPart: return "`@` の前が `.` で始まるか終わるか、`.` が2つ続いています"
        case .badCharacter(let character): return "メールアドレスに使えない文字 `\(TerminalSafe.escape(character))` が入っています"
        case .noDomain: return "`@` の後ろが空です"
        case .domainWithoutDot(let domain): return "`@` の後ろの `\(domain)` に `.` がありません（`example.org` のような形です）"
        case .badDomain(let domain): return "`@` の後ろの `\(domain)` はドメイン名として読めません"
        }
    }

    public static let examples: [EmailProblem] = [
        .empty, .whitespace, .noAt, .severalAts(2), .tooLong(length: 300, limit: 254), .noLocalPart, .dotsInLocalPart,
        .badCharacter(","), .noDomain, .domainWithoutDot("example"), .badDomain("example..org"),
    ]
}
