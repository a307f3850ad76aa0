/// Problems of the output: a folder Kizuna will not replace, a step of writing that failed, a
/// page that could not be rendered, an output writing a file it did not declare.
public enum OutputMessage: Hashable, Sendable, CatalogueMessage {
    case wouldReplace(output: String, path: String)
    case insideProtected(output: String, path: String)
    case outputIsAFile(String)
    case notBuiltByKizuna(output: String, marker: String)
    case outsideOutput(String)
    case outputPathNotAFolder(String)
    case failed(WriteStep, WriteFailure)
    case sameFileTwice(String)
    /// `output` (an output generator) wrote `path`, which none of its routes declares.
    case undeclaredFile(output: String, path: String)
    /// The theme could not render `file`.
    case renderFailed(ThemeMessage, file: String)
    /// An error Kizuna has no words for, as the system or a library gives it.
    case unexpected(String)

    public var english: String {
        switch self {
        case .wouldReplace(let output, let path):
            return "refusing to use \(output) as the output folder: it would replace \(path)"
        case .insideProtected(let output, let path):
            return "refusing to use \(output) as the output folder: it is inside \(path), so the next build would read the built site as content; choose a folder outside the content and theme"
        case .outputIsAFile(let output):
            return "refusing to replace \(output): it is a file, not a folder"
        case .notBuiltByKizuna(let output, let marker):
            return "refusing to replace \(output): it is not empty and was not built by Kizuna (it has no \(marker) file). Choose another --output, or empty or remove the folder yourself if it is an old build"
        case .outsideOutput(let path):
            return "refusing to write '\(path)' outside the output folder"
        case .outputPathNotAFolder(let path):
            return "output path \(path) exists and is not a folder"
        case .failed(let step, let why):
            return "\(step.english): \(why.english)"
        case .sameFileTwice(let path):
            return "two outputs want the same file '\(path)'"
        case .undeclaredFile(let output, let path):
            return "\(output) wrote \(path), which none of its routes declares"
        case .renderFailed(let problem, let file):
            return "\(problem.english) (rendering \(file))"
        case .unexpected(let text):
            return text
        }
    }

    public var japanese: String {
        switch self {
        case .wouldReplace(let output, let path):
            return "`\(output)` は出力先にできません。`\(path)` を置き換えてしまいます。別のフォルダーを `--output` で指定してください。"
        case .insideProtected(let output, let path):
            return "`\(output)` は `\(path)` の中にあるため、出力先にできません。次のビルドで、作ったサイトをコンテンツとして読んでしまいます。コンテンツとテーマの外のフォルダーを `--output` で指定してください。"
        case .outputIsAFile(let output):
            return "`\(output)` はフォルダーではなくファイルなので、出力先にできません。別のフォルダーを `--output` で指定してください。"
        case .notBuiltByKizuna(let output, let marker):
            return "`\(output)` は空でなく、Kizuna が作ったフォルダーでもない（`\(marker)` がない）ため、置き換えません。別のフォルダーを `--output` で指定してください（古いビルドなら、中身を自分で消してからでもかまいません）。"
        case .outsideOutput(let path):
            return "`\(path)` は出力先のフォルダーの外になるため、書き出しません。出力するファイルの名前を確かめてください。"
        case .outputPathNotAFolder(let path):
            return "出力先 `\(path)` はフォルダーではありません。別のフォルダーを `--output` で指定してください。"
        case .failed(let step, let why):
            return step.japanese + why.japanese
        case .sameFileTwice(let path):
            return "2つの出力が同じファイル `\(path)` を書き出そうとしています。どちらかの名前を変えてください。"
        case .undeclaredFile(let output, let path):
            return "出力 `\(output)` が、どのルートにもないファイル `\(path)` を書き出そうとしました。その出力のルートに `\(path)` を加えてください。"
        case .renderFailed(let problem, let file):
            return "`\(file)` を作れません。\(problem.japanese)"
        case .unexpected(let text):
            return "思いがけないエラーが起きました（`\(text)`）。もう一度実行しても同じなら、開発担当に連絡してください。"
        }
    }

    public static let examples: [OutputMessage] = [
        .wouldReplace(output: "..", path: "/work"), .insideProtected(output: "content/site", path: "/work/content"),
        .outputIsAFile("notes.txt"), .notBuiltByKizuna(output: "public", marker: ".kizuna-site"), .outsideOutput("../escape.html"),
        .outputPathNotAFolder("/work/site"), .failed(.createOutput("somefile/site"), .fileInTheWay("/work/somefile")),
        .sameFileTwice("news/index.html"), .undeclaredFile(output: "SitemapFile", path: "sitemap-2.xml"),
        .renderFailed(.noTemplate("event"), file: "events/x/index.html"), .unexpected("The operation could not be completed."),
    ]
}
