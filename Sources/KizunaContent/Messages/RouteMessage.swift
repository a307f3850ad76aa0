/// Two routes that would write one file: the same path, or paths a case-insensitive or
/// normalising disk or web host takes as one. Each page is named (`PageName`, or a kind's own
/// name), with the content file that makes it when there is one.
public enum RouteMessage: Hashable, Sendable, CatalogueMessage {
    /// `page` (reported at its source) writes `file`, which `other` (from `otherSource`) writes too.
    case writtenTwice(page: LocalizedText, file: String, other: LocalizedText, otherSource: String?)
    /// Neither page comes from a content file.
    case bothWrite(LocalizedText, LocalizedText, file: String)
    /// A page of the root language in the folder of another language (`en/`, from `pages/en.md`).
    case inLanguageFolder(page: LocalizedText, file: String, language: String)
    /// `page` writes `file`, whose `path` (the file or, ending in `/`, a folder on its way)
    /// differs from `earlier`, written by `other`, only in case or only in Unicode form.
    case foldedClash(page: LocalizedText, file: String, path: String, earlier: String, unicodeOnly: Bool,
                     other: LocalizedText, otherSource: String?)

    static func named(_ page: LocalizedText, _ source: String?) -> (en: String, ja: String) {
        (page.en + (source.map { " (\($0))" } ?? ""), page.ja + (source.map { "（`\($0)`）" } ?? ""))
    }

    /// A Japanese name before its particle: a space after a name that ends in code
    /// (「お知らせ `x` が」, docs/JAPANESE.md §3).
    static func before(_ name: String) -> String { name.hasSuffix("`") ? name + " " : name }

    public var english: String {
        switch self {
        case .writtenTwice(let page, let file, let other, let source):
            return "\(page.en) writes \(file), which is also written by \(Self.named(other, source).en); change its slug or file name"
        case .bothWrite(let a, let b, let file):
            return "\(a.en) and \(b.en) both write \(file)"
        case .inLanguageFolder(let page, let file, let language):
            return "\(page.en) would write \(file), inside \(language)/, where the site's pages in '\(language)' go: rename it"
        case .foldedClash(let page, let file, let path, let earlier, let unicodeOnly, let other, let source):
            let what = path.hasSuffix("/") ? "its folder \(path)" : path
            let how = unicodeOnly
                ? "differs from \(earlier) only in Unicode form (such as é as one character or as e and an accent)"
                : "differs from \(earlier) only in upper and lower case"
            return "\(page.en) writes \(file): \(what) \(how), which \(Self.named(other, source).en) writes; "
                + "on a case-insensitive or normalising disk or web host one replaces the other. Rename one"
        }
    }

    public var japanese: String {
        switch self {
        case .writtenTwice(let page, let file, let other, let source):
            return "\(Self.before(page.ja))が書き出すファイル `\(file)` は、\(Self.before(Self.named(other, source).ja))も書き出します。こちらのスラッグかファイル名を変えてください。"
        case .inLanguageFolder(let page, let file, let language):
            return "\(Self.before(page.ja))が書き出す `\(file)` は、`\(language)` のページを置くフォルダー `\(language)/` の中です。名前を変えてください。"
        case .bothWrite(let a, let b, let file):
            return "\(Self.before(a.ja))と\(Self.before(b.ja))が、同じファイル `\(file)` を書き出します。どちらかの名前を変えてください。"
        case .foldedClash(let page, let file, let path, let earlier, let unicodeOnly, let other, let source):
            let what = path.hasSuffix("/") ? "ファイル `\(file)` のフォルダー `\(path)`" : "ファイル `\(path)`"
            let how = unicodeOnly ? "文字の表し方（é を1文字で書くか、e とアクセント記号で書くか）" : "大文字と小文字"
            return "\(Self.before(page.ja))が書き出す\(what) は、\(Self.before(Self.named(other, source).ja))が書き出す `\(earlier)` と\(how)しか違いません。"
                + (unicodeOnly ? "文字の表し方をそろえるディスク（macOS など）やウェブサーバーでは" : "大文字と小文字を区別しないディスクやウェブサーバーでは")
                + "、一方がもう一方を上書きします。どちらかの名前を変えてください。"
        }
    }

    public static let examples: [RouteMessage] = [
        .inLanguageFolder(page: PageName.page("en").text, file: "en/index.html", language: "en"),
        .writtenTwice(page: PageName.page("news").text, file: "news/index.html", other: PageName.newsList(page: 1).text, otherSource: nil),
        .writtenTwice(page: PageName.staticFile("a.txt").text, file: "static/a.txt", other: PageName.staticFile("a.txt").text,
                      otherSource: "content/static/a.txt"),
        .bothWrite(PageName.search.text, PageName.page("search").text, file: "search/index.html"),
        .foldedClash(page: PageName.staticFile("Logo.svg").text, file: "static/Logo.svg", path: "static/Logo.svg", earlier: "static/logo.svg",
                     unicodeOnly: false, other: PageName.staticFile("logo.svg").text, otherSource: "content/static/logo.svg"),
        .foldedClash(page: PageName.newsPost("café").text, file: "news/café/index.html", path: "news/café/", earlier: "news/café/",
                     unicodeOnly: true, other: PageName.newsPost("café").text, otherSource: "content/news/café.md"),
    ]
}
