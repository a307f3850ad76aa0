/// Why `kizuna new` (or `stats snapshot`) could not create its file.
public enum ScaffoldMessage: Hashable, Sendable, CatalogueMessage {
    case badSlug(String, SlugProblem)
    case exists(path: String)
    case siteUnreadable
    case cannotWrite(path: String, WriteFailure)
    /// A folder on the way (`link`) is a symbolic link to `target`, outside the folder written in
    /// (the content folder, or `kizuna init`'s portal folder).
    case leavesContent(path: String, link: String, target: String)

    public var english: String {
        switch self {
        case .badSlug(let slug, let problem): return "slug '\(slug)' \(problem.english)"
        case .exists(let path): return "\(path) already exists; choose another slug or edit that file"
        case .siteUnreadable: return "site.yaml could not be read; fix it first"
        case .cannotWrite(let path, let why): return "cannot write \(path): \(why.english)"
        case .leavesContent(let path, let link, let target):
            return "cannot write \(path): \(link) is a symbolic link to \(target), outside the folder it writes in (the content folder; for kizuna init, the new portal's folder), and Kizuna writes only inside it (make \(link) a real folder, or create the file there by hand)"
        }
    }

    public var japanese: String {
        switch self {
        case .badSlug(let slug, let problem):
            return "スラッグ `\(slug)` はファイル名に使えません。\(problem.japanese)"
        case .exists(let path):
            return "`\(path)` はもうあります。別のスラッグにするか、そのファイルを編集してください。"
        case .siteUnreadable:
            return "site.yaml を読めません。先に site.yaml のエラーを直してください。"
        case .cannotWrite(let path, let why):
            return "`\(path)` を作れません。\(why.japanese)"
        case .leavesContent(let path, let link, let target):
            return "`\(path)` を作れません。`\(link)` が書き込み先のフォルダー（コンテンツフォルダー、`kizuna init` では新しいポータルのフォルダー）の外（`\(target)`）を指すシンボリックリンクです。Kizuna はその中にだけ書き込みます。`\(link)` をふつうのフォルダーにしてください。"
        }
    }

    public static let examples: [ScaffoldMessage] = [
        .badSlug("Osaka_Meetup", .characters), .exists(path: "content/events/osaka.yaml"), .siteUnreadable,
        .cannotWrite(path: "content/news/x.md", .system(code: 13, text: "Permission denied")),
        .leavesContent(path: "content/news/x.md", link: "content/news", target: "/tmp/elsewhere"),
    ]
}
