/// The headings of `kizuna diff`'s lists and table: phrases, not sentences.
public enum DiffHeading: Hashable, Sendable, CataloguePhrase {
    case pagesAdded(Int)
    case pagesChanged(Int)
    case pagesRemoved(Int)
    case filesAdded(Int)
    case filesChanged(Int)
    case filesRemoved(Int)
    /// The Markdown table's columns and rows.
    case pages, otherFiles, added, changed, removed, unchanged

    public var english: String {
        switch self {
        case .pagesAdded(let n): return "Pages added (\(n))"
        case .pagesChanged(let n): return "Pages changed (\(n))"
        case .pagesRemoved(let n): return "Pages removed (\(n))"
        case .filesAdded(let n): return "Other files added (\(n))"
        case .filesChanged(let n): return "Other files changed (\(n))"
        case .filesRemoved(let n): return "Other files removed (\(n))"
        case .pages: return "Pages"
        case .otherFiles: return "Other files"
        case .added: return "Added"
        case .changed: return "Changed"
        case .removed: return "Removed"
        case .unchanged: return "Unchanged"
        }
    }

    public var japanese: String {
        switch self {
        case .pagesAdded(let n): return "追加されたページ（\(n)件）"
        case .pagesChanged(let n): return "変更されたページ（\(n)件）"
        case .pagesRemoved(let n): return "削除されたページ（\(n)件）"
        case .filesAdded(let n): return "追加されたほかのファイル（\(n)件）"
        case .filesChanged(let n): return "変更されたほかのファイル（\(n)件）"
        case .filesRemoved(let n): return "削除されたほかのファイル（\(n)件）"
        case .pages: return "ページ"
        case .otherFiles: return "ほかのファイル"
        case .added: return "追加"
        case .changed: return "変更"
        case .removed: return "削除"
        case .unchanged: return "変更なし"
        }
    }

    public static let examples: [DiffHeading] = [
        .pagesAdded(1), .pagesChanged(3), .pagesRemoved(1), .filesAdded(2), .filesChanged(5), .filesRemoved(1),
        .pages, .otherFiles, .added, .changed, .removed, .unchanged,
    ]
}
