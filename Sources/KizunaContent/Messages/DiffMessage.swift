/// What `kizuna diff` says: the counts of what two built sites differ in, and why it could not
/// compare them.
public enum DiffMessage: Hashable, Sendable, CatalogueMessage {
    public struct Counts: Hashable, Sendable {
        public var added: Int
        public var changed: Int
        public var removed: Int
        public var unchanged: Int

        public init(added: Int, changed: Int, removed: Int, unchanged: Int) {
            self.added = added
            self.changed = changed
            self.removed = removed
            self.unchanged = unchanged
        }
    }

    case summary(pages: Counts, files: Counts)
    case identical
    /// The lines left out of a list (`--limit`).
    case andMore(Int)
    case notBuilt(path: String, marker: String)
    case unreadable(path: String)

    public var english: String {
        switch self {
        case .summary(let pages, let files):
            return "Pages: \(pages.added) added, \(pages.changed) changed, \(pages.removed) removed (\(pages.unchanged) unchanged). "
                + "Other files: \(files.added) added, \(files.changed) changed, \(files.removed) removed (\(files.unchanged) unchanged)."
        case .identical:
            return "The two sites are the same: no page or file was added, changed or removed."
        case .andMore(let count):
            return "… and \(count) more."
        case .notBuilt(let path, let marker):
            return "\(path) is not a folder Kizuna built (it has no \(marker)): compare two folders written by kizuna build."
        case .unreadable(let path):
            return "cannot read \(path): check that it exists and that you may read it."
        }
    }

    public var japanese: String {
        switch self {
        case .summary(let pages, let files):
            return "ページ：追加\(pages.added)件、変更\(pages.changed)件、削除\(pages.removed)件（変更なし\(pages.unchanged)件）。"
                + "ほかのファイル：追加\(files.added)件、変更\(files.changed)件、削除\(files.removed)件（変更なし\(files.unchanged)件）。"
        case .identical:
            return "2つのサイトは同じです。追加・変更・削除されたページやファイルはありません。"
        case .andMore(let count):
            return "ほかに\(count)件あります。"
        case .notBuilt(let path, let marker):
            return "`\(path)` は Kizuna がビルドしたフォルダーではありません（`\(marker)` がありません）。`kizuna build` で書き出したフォルダーを2つ指定してください。"
        case .unreadable(let path):
            return "`\(path)` を読み込めません。あるかどうかと、読み込む権限を確かめてください。"
        }
    }

    public static let examples: [DiffMessage] = [
        .summary(pages: .init(added: 1, changed: 3, removed: 1, unchanged: 140), files: .init(added: 0, changed: 5, removed: 0, unchanged: 60)),
        .identical, .andMore(12), .notBuilt(path: "main-site", marker: ".kizuna-site"), .unreadable(path: "site/news/index.html"),
    ]
}
