/// Why a would-be slug (a file name, `slug:`, a segment, a question id) cannot name an item in
/// URLs. The English ends a sentence about the slug ("slug 'x' must …"); the Japanese is said of
/// what the message names (`japanese(of:_:)`: スラッグ, セグメント, 設問 ID …).
public enum SlugProblem: Hashable, Sendable, CatalogueMessage {
    case empty
    case characters
    case tooLong(length: Int, limit: Int)

    /// What is wrong with `text` as a slug, or nil.
    public static func of(_ text: String) -> SlugProblem? {
        if text.isEmpty { return .empty }
        guard text.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else {
            return .characters
        }
        if text.utf8.count > Slug.maxLength { return .tooLong(length: text.utf8.count, limit: Slug.maxLength) }
        return nil
    }

    public var english: String {
        switch self {
        case .empty: return "must not be empty"
        case .characters: return "must use only lower-case ASCII letters, digits and '-'"
        case .tooLong(let length, let limit): return "must be at most \(limit) characters long, not \(length)"
        }
    }

    /// What is wrong with `value`, a `name` (スラッグ, セグメント …), without the closing 。.
    func what(of name: String, _ value: String) -> String {
        let subject = value.isEmpty ? name : "\(name) `\(value)` "
        switch self {
        case .empty: return "\(subject)が空です"
        case .characters: return "\(subject)に使えない文字が入っています"
        case .tooLong(let length, _): return "\(subject)が\(length)文字あり、長すぎます"
        }
    }

    /// The rule to follow, without the closing 。.
    var rule: String {
        switch self {
        case .empty, .characters: return "半角の英小文字・数字・`-` だけで書いてください"
        case .tooLong(_, let limit): return "\(limit)文字以内にしてください"
        }
    }

    /// 「スラッグ `交流会` に使えない文字が入っています。半角の英小文字・数字・`-` だけで書いてください。」
    func japanese(of name: String, _ value: String) -> String { what(of: name, value) + "。" + rule + "。" }

    public var japanese: String { japanese(of: "スラッグ", "") }

    public static let examples: [SlugProblem] = [.empty, .characters, .tooLong(length: 120, limit: 100)]
}
