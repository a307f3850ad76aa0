/// Problems of the theme: where it is, its templates and its UI strings. Whoever maintains the
/// theme fixes these; the messages still say how.
public enum ThemeMessage: Hashable, Sendable, CatalogueMessage {
    case noTemplatesFolder
    case notFound(name: String, lookedIn: [String])
    case templateSyntax(TemplateSyntax)
    case noTemplate(String)
    /// `referencedBy` names a partial or layout (`{{>name}}`, `{{<name}}`) that `folder` lacks.
    case unknownTemplate(String, folder: String, referencedBy: String)
    case undefinedString(template: String, key: String, file: String)
    case noStringsForLanguage(String)
    case requiredStringMissing(key: String)
    case stringNotInOtherLanguage(key: String, language: String, other: String)
    case unusedString(key: String)

    public var english: String {
        switch self {
        case .noTemplatesFolder:
            return "theme has no templates/ folder (is the theme folder right? see docs/THEMES.md)"
        case .notFound(let name, let folders):
            return "theme '\(name)' not found; looked in \(folders.joined(separator: ", ")). Pass --theme, or set 'theme' in site.yaml"
        case .templateSyntax(let problem):
            return "template syntax error: \(problem.english)"
        case .noTemplate(let name):
            return "the theme has no '\(name)' template"
        case .unknownTemplate(let name, let folder, let by):
            return "template '\(name)' does not exist in \(folder)/ (referenced by '\(by)')"
        case .undefinedString(let template, let key, let file):
            return "template '\(template)' reads the UI string '\(key)', which \(file) does not define"
        case .noStringsForLanguage(let language):
            return "the theme has no UI strings for language '\(language)' (site.yaml's 'language')"
        case .requiredStringMissing(let key):
            return "the UI string '\(key)' is missing; Kizuna needs it to build pages"
        case .stringNotInOtherLanguage(let key, let language, let other):
            return "the UI string '\(key)' is in \(language).yaml but not in \(other).yaml; every language needs the same keys"
        case .unusedString(let key):
            return "the UI string '\(key)' is not used by any template nor by Kizuna; remove it or use it"
        }
    }

    public var japanese: String {
        switch self {
        case .noTemplatesFolder:
            return "テーマに `templates/` フォルダーがありません。テーマのフォルダーの指定（`--theme` か site.yaml の `theme`）を確かめてください（docs/THEMES.md）。"
        case .notFound(let name, let folders):
            return "テーマ `\(name)` が見つかりません（探した場所：\(folders.map { "`\($0)`" }.joined(separator: "、"))）。`--theme` でテーマのフォルダーを指定するか、site.yaml の `theme` を確かめてください。"
        case .templateSyntax(let problem):
            return "テンプレートの書き方が違います。\(problem.japanese)"
        case .noTemplate(let name):
            return "テーマにテンプレート `\(name)` がありません。`templates/\(name).mustache` を作ってください。"
        case .unknownTemplate(let name, let folder, let by):
            return "テンプレート `\(by)` が読み込むテンプレート `\(name)` が、`\(folder)/` にありません。名前を確かめてください。"
        case .undefinedString(let template, let key, let file):
            return "テンプレート `\(template)` が使う UI 文字列 `\(key)` が、`\(file)` にありません。`\(file)` に書き足してください。"
        case .noStringsForLanguage(let language):
            return "テーマに、言語 `\(language)`（site.yaml の `language`）の UI 文字列がありません。`i18n/\(language).yaml` を作るか、`language` を確かめてください。"
        case .requiredStringMissing(let key):
            return "UI 文字列 `\(key)` がありません。ページを作るのに必要なので、書き足してください。"
        case .stringNotInOtherLanguage(let key, let language, let other):
            return "UI 文字列 `\(key)` が `\(language).yaml` にはありますが、`\(other).yaml` にはありません。どの言語のファイルにも同じ文字列を書いてください。"
        case .unusedString(let key):
            return "UI 文字列 `\(key)` は、どのテンプレートからも Kizuna からも使われていません。このままでも公開されますが、消すか、テンプレートで使ってください。"
        }
    }

    public static let examples: [ThemeMessage] = [
        .noTemplatesFolder, .notFound(name: "nowhere", lookedIn: ["/work/themes/nowhere", "/usr/local/share/kizuna/themes/nowhere"]),
        .templateSyntax(.unclosedSection), .noTemplate("event"),
        .unknownTemplate("partials/nope", folder: "themes/default/templates", referencedBy: "page"),
        .undefinedString(template: "404", key: "error404.bdy", file: "themes/default/i18n/ja.yaml"),
        .noStringsForLanguage("ja"), .requiredStringMissing(key: "ask.anonymous"),
        .stringNotInOtherLanguage(key: "news.toc", language: "ja", other: "en"), .unusedString(key: "leftover.word"),
    ]
}
