/// Rules of a news post (`content/news/`): beyond its fields' own shapes.
public enum NewsMessage: Hashable, Sendable, CatalogueMessage {
    case updatedBeforeDate
    case tagWithoutLetters(String)
    /// The tag's URL would be `bytes` long, more than `limit`.
    case tagTooLong(String, bytes: Int, limit: Int)

    public var english: String {
        switch self {
        case .updatedBeforeDate:
            return "'updated' is before the post's 'date'; it says when a published post was last changed"
        case .tagWithoutLetters(let tag):
            return "tag '\(tag)' has no letters or digits to make a URL from"
        case .tagTooLong(let tag, let bytes, let limit):
            return "tag '\(tag)' is too long for a URL: at most \(limit) bytes (about \(limit / 3) Japanese characters), not \(bytes)"
        }
    }

    public var japanese: String {
        switch self {
        case .updatedBeforeDate:
            return "更新日時（`updated`）が公開日時（`date`）より前です。`updated` には、公開したお知らせを直した日時を書いてください。"
        case .tagWithoutLetters(let tag):
            return "タグ `\(tag)` には文字も数字もないため、URL を作れません。文字か数字を入れてください。"
        case .tagTooLong(let tag, let bytes, let limit):
            return "タグ `\(tag)` は URL にするには長すぎます（\(CountText.ja(bytes))バイト、上限は\(limit)バイト）。日本語なら\(limit / 3)文字ほどまでに短くしてください。"
        }
    }

    public static let examples: [NewsMessage] = [
        .updatedBeforeDate, .tagWithoutLetters("!!"), .tagTooLong("卒業生ネットワーク", bytes: 120, limit: 100),
    ]
}
