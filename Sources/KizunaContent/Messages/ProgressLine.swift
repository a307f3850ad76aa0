/// The progress bar's line on a terminal while a build runs (erased when it ends): the stage,
/// the bar and the files made, the seconds so far. A display line, not a sentence.
public enum ProgressLine: Hashable, Sendable, CataloguePhrase {
    /// `stage` as the build names it (load, render …); `total` is 0 until the number of files
    /// is known, and then the bar is drawn.
    case stage(String, bar: String, done: Int, total: Int, seconds: String)

    public var english: String {
        switch self {
        case .stage(let stage, let bar, let done, let total, let seconds):
            return total > 0 ? "\(stage) \(bar) \(min(done, total))/\(total) files  \(seconds) s" : "\(stage) …  \(seconds) s"
        }
    }

    public var japanese: String {
        switch self {
        case .stage(let stage, let bar, let done, let total, let seconds):
            let name = Self.japaneseStage(stage)
            return total > 0 ? "\(name) \(bar) \(min(done, total))/\(total)ファイル  \(seconds)秒" : "\(name) …  \(seconds)秒"
        }
    }

    static func japaneseStage(_ stage: String) -> String {
        switch stage {
        case "load": return "読み込み"
        case "validate": return "内容の確認"
        case "theme": return "テーマの確認"
        case "derive": return "公開する内容の整理"
        case "routes": return "リンクの確認"
        case "views": return "ページの準備"
        case "render": return "ページの作成"
        case "swap": return "入れ替え"
        default: return stage
        }
    }

    public static let examples: [ProgressLine] = [
        .stage("render", bar: "██████░░", done: 120, total: 220, seconds: "1.4"), .stage("load", bar: "", done: 0, total: 0, seconds: "1.0"),
    ]
}
