import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a write step failed: a file standing where a folder must go, or the system's error. The
/// system's own text (strerror) is English; the common causes have Japanese of their own, the
/// rest quote the system's words.
public enum WriteFailure: Hashable, Sendable, CatalogueMessage {
    case fileInTheWay(String)
    /// `code`: the POSIX error, when there is one; `text`: the system's message.
    case system(code: Int32?, text: String)

    public var english: String {
        switch self {
        case .fileInTheWay(let path): return "\(path) is a file, not a folder"
        case .system(_, let text): return text
        }
    }

    public var japanese: String {
        switch self {
        case .fileInTheWay(let path):
            return "`\(path)` がフォルダーではなくファイルになっています。そのファイルを移すか、別の出力先を `--output` で指定してください。"
        case .system(let code?, _) where code == ENOSPC || code == EDQUOT:
            return "ディスクに空きがありません。空きを作ってから、もう一度実行してください。"
        case .system(let code?, _) where code == EACCES || code == EPERM:
            return "書き込む権限がありません。フォルダーの権限を確かめてください。"
        case .system(let code?, _) where code == EROFS:
            return "読み取り専用の場所です。書き込める場所を `--output` で指定してください。"
        case .system(let code?, _) where code == ENOENT:
            return "ファイルかフォルダーが見つかりません。途中で消されていないか確かめてください。"
        case .system(let code?, _) where code == ENAMETOOLONG:
            return "名前が長すぎます。短いパスの出力先を `--output` で指定してください。"
        case .system(_, let text):
            return "システムのエラーです（`\(text)`）。空き容量と権限を確かめてください。"
        }
    }

    public static let examples: [WriteFailure] = [
        .fileInTheWay("/work/somefile"), .system(code: ENOSPC, text: "No space left on device"),
        .system(code: EACCES, text: "Permission denied"), .system(code: EROFS, text: "Read-only file system"),
        .system(code: ENOENT, text: "No such file or directory"), .system(code: ENAMETOOLONG, text: "File name too long"),
        .system(code: EIO, text: "Input/output error"),
    ]
}
