/// Why `kizuna new` (or `stats snapshot`) could not create its file.
public enum ScaffoldMessage: Hashable, Sendable, CatalogueMessage {
    case badSlug(String, SlugProblem)
    case exists(path: String)
    case siteUnreadable
    case cannotWrite(path: String, WriteFailure)
    /// A folder on the way (`link`) is a symbolic link to `target`, outside the folder written in
    /// (the content folder, or `kizuna init`'s portal folder).
    case leavesContent(path: String, link: String, target: String)
    /// `new <kind> <slug> --translation <code>` where `<folder>/<slug>.<ext>` does not exist
    /// (`meant`: a slug of the folder one slip away); `start` is the command that starts it.
    case noOriginal(path: String, start: String, meant: String?)
    /// A language site.yaml's `languages` does not list.
    case translationNotListed(language: String, languages: [String])
    /// A translation on a portal of one language.
    case oneLanguage(language: String, root: String)
    /// The language at the site root: the original is in it.
    case translationIsRoot(language: String, others: [String])
    /// A kind that is the same in every language (profiles).
    case kindNotTranslated(folder: String, item: LocalizedText)
    /// The translation is there already: it is edited, never started again.
    case translationExists(path: String)
    /// The original's YAML, front matter or body cannot be read (the problems are printed first).
    case originalUnreadable(path: String)

    public var english: String {
        switch self {
        case .badSlug(let slug, let problem): return "slug '\(slug)' \(problem.english)"
        case .exists(let path): return "\(path) already exists; choose another slug or edit that file"
        case .siteUnreadable: return "site.yaml could not be read; fix it first"
        case .cannotWrite(let path, let why): return "cannot write \(path): \(why.english)"
        case .leavesContent(let path, let link, let target):
            return "cannot write \(path): \(link) is a symbolic link to \(target), outside the folder it writes in (the content folder; for kizuna init, the new portal's folder), and Kizuna writes only inside it (make \(link) a real folder, or create the file there by hand)"
        case .noOriginal(let path, let start, let meant):
            return "there is no \(path) to translate" + (meant.map { "; did you mean '\($0)'?" } ?? "")
                + " (a translation starts from its original: check the slug, or start the original with `\(start)`)"
        case .translationNotListed(let language, let languages):
            return "'\(language)' is not one of the portal's languages (site.yaml's 'languages': \(languages.joined(separator: ", "))): add it there first, or choose one of them"
        case .oneLanguage(let language, let root):
            return "the portal has one language (\(root)): list its languages in site.yaml first, the one at the site root first (languages: [\(root), \(language)])"
        case .translationIsRoot(let language, let others):
            return "'\(language)' is the language at the site root: the original is written in it already; translate into " + (others.count == 1 ? others[0] : "one of \(others.joined(separator: ", "))")
        case .kindNotTranslated(let folder, let item):
            return "\(item.en) files (\(folder)/) are the same in every language: they have no translations"
        case .translationExists(let path):
            return "\(path) already exists: edit it (kizuna new never replaces a file)"
        case .originalUnreadable(let path):
            return "\(path) could not be read; fix the errors above first"
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
        case .noOriginal(let path, _, let meant?):
            return "翻訳する元のファイル `\(path)` がありません。`\(meant)` の打ち間違いではありませんか。"
        case .noOriginal(let path, let start, nil):
            return "翻訳する元のファイル `\(path)` がありません。スラッグを確かめるか、先に `\(start)` で元のファイルを作ってください。"
        case .translationNotListed(let language, let languages):
            return "`\(language)` はサイトの言語（site.yaml の `languages`：\(languages.joined(separator: "、"))）にありません。先に `languages` に書き足すか、その中の言語を指定してください。"
        case .oneLanguage(let language, let root):
            return "このサイトの言語は `\(root)` だけです。先に site.yaml に、トップに置く言語から順に `languages: [\(root), \(language)]` と書いてください。"
        case .translationIsRoot(let language, let others):
            return "`\(language)` はサイトのトップに置く言語なので、元のファイルがすでにこの言語です。ほかの言語（\(others.joined(separator: "、"))）を指定してください。"
        case .kindNotTranslated(let folder, let item):
            return "\(item.ja)（`\(folder)/`）は翻訳しません。どの言語のページにも、元のファイルのとおりに載ります。"
        case .translationExists(let path):
            return "`\(path)` はもうあります。そのファイルを編集してください（`kizuna new` はファイルを上書きしません）。"
        case .originalUnreadable(let path):
            return "元のファイル `\(path)` を読めません。先に上のエラーを直してください。"
        }
    }

    public static let examples: [ScaffoldMessage] = [
        .badSlug("Osaka_Meetup", .characters), .exists(path: "content/events/osaka.yaml"), .siteUnreadable,
        .cannotWrite(path: "content/news/x.md", .system(code: 13, text: "Permission denied")),
        .leavesContent(path: "content/news/x.md", link: "content/news", target: "/tmp/elsewhere"),
        .noOriginal(path: "content/news/welcom.md", start: "kizuna new news welcom", meant: "welcome"),
        .noOriginal(path: "content/events/osaka.yaml", start: "kizuna new event osaka", meant: nil),
        .translationNotListed(language: "fr", languages: ["ja", "en"]), .oneLanguage(language: "en", root: "ja"),
        .translationIsRoot(language: "ja", others: ["en"]), .kindNotTranslated(folder: "alumni", item: LocalizedText(en: "profile", ja: "プロフィール")),
        .translationExists(path: "content/news/welcome.en.md"), .originalUnreadable(path: "content/news/welcome.md"),
    ]
}
