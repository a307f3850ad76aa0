/// A step of writing the site that failed (`OutputMessage.failed`): what could not be done,
/// naming its path as the editor knows it (the output folder, not the staging folder).
public enum WriteStep: Hashable, Sendable, CatalogueMessage {
    case createOutput(String)
    case removeUnfinished(String)
    case write(String)
    case createFolder(String)
    case copy(from: String, to: String)
    case moveIntoPlace(String)
    case removeLeftover(String)
    case moveAside(String)

    public var english: String {
        switch self {
        case .createOutput(let path): return "cannot create the output folder \(path)"
        case .removeUnfinished(let path): return "cannot remove the unfinished build \(path)"
        case .write(let path): return "cannot write \(path)"
        case .createFolder(let path): return "cannot create the folder \(path)"
        case .copy(let from, let to): return "cannot copy \(from) to \(to)"
        case .moveIntoPlace(let path): return "cannot move the new site into place as \(path)"
        case .removeLeftover(let path): return "cannot remove the previous site's leftover \(path)"
        case .moveAside(let path): return "cannot move the previous site \(path) aside"
        }
    }

    public var japanese: String {
        switch self {
        case .createOutput(let path): return "出力先のフォルダー `\(path)` を作れません。"
        case .removeUnfinished(let path): return "途中で止まったビルドのフォルダー `\(path)` を消せません。"
        case .write(let path): return "`\(path)` を書き出せません。"
        case .createFolder(let path): return "フォルダー `\(path)` を作れません。"
        case .copy(let from, let to): return "`\(from)` を `\(to)` にコピーできません。"
        case .moveIntoPlace(let path): return "新しいサイトを `\(path)` に置けません。"
        case .removeLeftover(let path): return "前のサイトの残り `\(path)` を消せません。"
        case .moveAside(let path): return "前のサイト `\(path)` を脇へ移せません。"
        }
    }

    public static let examples: [WriteStep] = [
        .createOutput("site"), .removeUnfinished("/work/.site.kizuna-new-123"), .write("site/news/index.html"),
        .createFolder("site/news"), .copy(from: "content/static/logo.png", to: "site/static/logo.png"), .moveIntoPlace("site"),
        .removeLeftover("/work/.site.kizuna-old-123"), .moveAside("site"),
    ]
}
