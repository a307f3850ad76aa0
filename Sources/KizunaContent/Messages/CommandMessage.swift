/// What the commands say around the problems: `check`'s summary, the build's summary line,
/// `new`'s file, and what is wrong with a command line.
public enum CommandMessage: Hashable, Sendable, CatalogueMessage {
    case checkPassed(warnings: Int)
    case checkFailed(errors: Int, warnings: Int)
    /// The build's last line: pages per part of the portal (`SectionCount.section` as the build
    /// report names it: news, events, …, other).
    case built(files: Int, pages: Int, sections: [SectionCount], audience: Audience, output: String, warnings: Int, seconds: String)
    case unchanged(output: String, pages: Int, seconds: String)
    case buildFailed(errors: Int, output: String)
    case created(path: String, profile: Bool)
    /// `new --translation` wrote the translation `path` of `original`, for the pages under `/<language>/`.
    case createdTranslation(path: String, original: String, language: String)
    /// `new` could not make the file, for the reason given (`ScaffoldWriter`'s words).
    case unknownCommand(String, meant: String?)
    case commands([String])
    case badLanguage(String)
    /// A value of an option or argument with a fixed set (`--audience memebers`).
    case badChoice(name: String, written: String, allowed: [String], meant: String?)
    case quietAndVerbose
    case badNow(String)
    case badSourceDateEpoch(String)
    case badAllowedHost(ServeMessage)
    case badRequestTimeout

    /// Pages of one part of the portal, for the build's summary.
    public struct SectionCount: Hashable, Sendable {
        public var section: String
        public var pages: Int
        public init(section: String, pages: Int) {
            self.section = section
            self.pages = pages
        }
    }

    /// The words a terminal colours: the verdict that starts a line.
    public var head: LocalizedText? {
        switch self {
        case .checkPassed: return LocalizedText(en: "check passed:", ja: "確認を終えました：")
        case .checkFailed: return LocalizedText(en: "check failed:", ja: "確認を終えました：")
        case .built(_, _, _, let audience, let output, _, _):
            return LocalizedText(en: "Built", ja: "\(audience == .members ? "会員版" : "公開版")を `\(output)/` に作りました：")
        case .buildFailed: return LocalizedText(en: "build failed:", ja: "サイトを作れませんでした：")
        default: return nil
        }
    }

    /// "no warnings", "1 warning" / 「警告なし」「警告1件」: a terminal colours them.
    public static func warnings(_ n: Int) -> LocalizedText {
        LocalizedText(en: n == 0 ? "no warnings" : "\(n) warning\(n == 1 ? "" : "s")", ja: n == 0 ? "警告なし" : "警告\(NumberText.grouped(n))件")
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// The portal's parts as the theme's navigation names them (docs/JAPANESE.md §2); a kind of
    /// one's own by its section, as typed.
    static func japaneseSection(_ section: String) -> String {
        switch section {
        case "news": return "お知らせ"
        case "events": return "イベント"
        case "opportunities": return "求人・案件"
        case "directory": return "名簿"
        case "surveys": return "サーベイ"
        case "asks": return "相談"
        case "digest": return "月間ダイジェスト"
        case "pages": return "固定ページ"
        case "other": return "その他"
        default: return "`\(section)`"
        }
    }

    public var english: String {
        switch self {
        case .checkPassed(let warnings):
            return "check passed: \(Self.plural(warnings, "warning"))"
        case .checkFailed(let errors, let warnings):
            return "check failed: \(Self.plural(errors, "error")), \(Self.plural(warnings, "warning"))"
        case .built(let files, let pages, let sections, let audience, let output, let warnings, let seconds):
            let parts = sections.map { "\($0.section) \($0.pages)" }.joined(separator: ", ")
            return "Built \(files) files, \(pages) pages (\(parts)), \(audience.rawValue) build, into \(output)/: \(Self.warnings(warnings).en), \(seconds) s"
        case .unchanged(let output, let pages, let seconds):
            return "Unchanged: \(output)/ was built from the same content, theme, options and kizuna (\(pages) pages); nothing to do (\(seconds) s). --no-cache builds anyway."
        case .buildFailed(let errors, let output):
            return "build failed: \(Self.plural(errors, "error")); \(output)/ was left unchanged"
        case .created(let path, let profile):
            return "Created \(path) (" + (profile
                ? "consent.directory and consent.stats are false until the member's consent is filled in"
                : "it is a draft: preview with `kizuna serve --drafts`, delete 'draft: true' to publish") + ")"
        case .createdTranslation(let path, let original, let language):
            return "Created \(path): translate its text in place (until then the pages under /\(language)/ show the original's); everything else comes from \(original)"
        case .unknownCommand(let word, let meant):
            return "unknown command '\(word)'" + (meant.map { "; did you mean '\($0)'?" } ?? "")
        case .commands(let names):
            return "Commands: \(names.joined(separator: ", ")). See 'kizuna --help'."
        case .badLanguage(let code):
            return "--lang must be ja or en, not '\(code)'"
        case .badChoice(let name, let written, let allowed, let meant):
            return "\(name) must be one of \(allowed.joined(separator: ", ")), not '\(written)'" + (meant.map { "; did you mean '\($0)'?" } ?? "")
        case .quietAndVerbose:
            return "--quiet and --verbose cannot be used together"
        case .badNow(let written):
            return "--now must be a date-time with offset such as 2024-01-01T00:00:00+09:00, or a date, not '\(written)'"
        case .badSourceDateEpoch(let value):
            return "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(value)'"
        case .badAllowedHost(let problem):
            return "--allowed-host: \(problem.english)"
        case .badRequestTimeout:
            return "--request-timeout must be between 0 and 3600 seconds"
        }
    }

    public var japanese: String {
        switch self {
        case .checkPassed(let warnings):
            return "確認を終えました：エラー0件、警告\(NumberText.grouped(warnings))件。"
                + (warnings == 0 ? "問題はありません。" : "このままでも公開されますが、警告も確かめてください。")
        case .checkFailed(let errors, let warnings):
            return "確認を終えました：エラー\(NumberText.grouped(errors))件、警告\(NumberText.grouped(warnings))件。エラーを直して、もう一度実行してください。"
        case .built(let files, let pages, let sections, _, _, let warnings, let seconds):
            let parts = sections.map { "\(RouteMessage.before(Self.japaneseSection($0.section)))\(NumberText.grouped($0.pages))件" }.joined(separator: "、")
            return head!.ja + "ページ\(NumberText.grouped(pages))件（\(parts)）、ファイル\(NumberText.grouped(files))件、\(Self.warnings(warnings).ja)、\(seconds)秒。"
        case .unchanged(let output, let pages, let seconds):
            return "`\(output)/` は、同じコンテンツ・テーマ・オプション・kizuna で作ったものです（ページ\(NumberText.grouped(pages))件）。何もしませんでした（\(seconds)秒）。作り直すなら `--no-cache` を付けてください。"
        case .buildFailed(let errors, let output):
            return "サイトを作れませんでした：エラー\(NumberText.grouped(errors))件。`\(output)/` は前のままです。エラーを直して、もう一度実行してください。"
        case .created(let path, let profile):
            return "`\(path)` を作りました。" + (profile
                ? "本人の同意を書き込むまで、`consent.directory` と `consent.stats` は `false` のままです。"
                : "下書きなので、`kizuna serve --drafts` で確かめてから、`draft: true` の行を消して公開してください。")
        case .createdTranslation(let path, let original, let language):
            return "`\(path)` を作りました。中の文章を訳して書き換えてください（書き換えるまでは、/\(language)/ のページに元の文章が載ります）。ほかの項目は `\(original)` のものが使われます。"
        case .unknownCommand(let word, let meant?):
            return "`\(word)` というコマンドはありません。`\(meant)` の打ち間違いではありませんか。"
        case .unknownCommand(let word, nil):
            return "`\(word)` というコマンドはありません。"
        case .commands(let names):
            return "使えるコマンドは \(names.map { "`\($0)`" }.joined(separator: "、")) です（詳しくは `kizuna --help`）。"
        case .badLanguage(let code):
            return "`--lang` に `\(code)` は使えません。`ja` か `en` を書いてください。"
        case .badChoice(let name, let written, _, let meant?):
            return "`\(name)` に `\(written)` は使えません。`\(meant)` の打ち間違いではありませんか。"
        case .badChoice(let name, let written, let allowed, nil):
            return "`\(name)` に `\(written)` は使えません。\(FieldMessage.listed(allowed, or: true)) のどれかを書いてください。"
        case .quietAndVerbose:
            return "`--quiet` と `--verbose` は一緒に使えません。どちらか一方にしてください。"
        case .badNow(let written):
            return "`--now` の書き方が違います（`\(written)`）。`2024-01-01T00:00:00+09:00` か `2024-01-01` の形で書いてください。"
        case .badSourceDateEpoch(let value):
            return "`SOURCE_DATE_EPOCH` の値 `\(value)` が読めません。1970年からの秒数を整数で書いてください。"
        case .badAllowedHost(let problem):
            return "`--allowed-host` の値が使えません。\(problem.japanese)"
        case .badRequestTimeout:
            return "`--request-timeout` には、0より大きく3600以下の秒数を書いてください。"
        }
    }

    public static let examples: [CommandMessage] = [
        .checkPassed(warnings: 0), .checkPassed(warnings: 2), .checkFailed(errors: 1, warnings: 0),
        .built(files: 220, pages: 167, sections: [.init(section: "news", pages: 34), .init(section: "events", pages: 24), .init(section: "other", pages: 5)],
               audience: .members, output: "site", warnings: 1, seconds: "0.21"),
        .built(files: 12, pages: 9, sections: [.init(section: "groups", pages: 9)], audience: .public, output: "out", warnings: 0, seconds: "0.05"),
        .unchanged(output: "site", pages: 167, seconds: "0.02"), .buildFailed(errors: 2, output: "site"),
        .created(path: "content/news/welcome.md", profile: false), .created(path: "content/alumni/yamada-taro.yaml", profile: true),
        .createdTranslation(path: "content/news/welcome.en.md", original: "content/news/welcome.md", language: "en"),
        .unknownCommand("buidl", meant: "build"), .unknownCommand("zzz", meant: nil), .commands(["build", "check", "serve", "new", "stats"]),
        .badLanguage("fr"), .badChoice(name: "--audience", written: "memebers", allowed: ["public", "members"], meant: "members"),
        .badChoice(name: "<kind>", written: "求人", allowed: ["news", "event"], meant: nil), .quietAndVerbose, .badNow("tomorrow"), .badSourceDateEpoch("-1"),
        .badAllowedHost(.wildcardTooWide("*.dev")), .badRequestTimeout,
    ]
}
