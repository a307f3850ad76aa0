import ArgumentParser
import Foundation
import KizunaContent
import KizunaSite

/// What build, check and serve read and for whom: the same options, spelled once.
struct SiteOptions: ParsableArguments {
    @Option(help: "Content folder (site.yaml, news/, events/ …).")
    var content = "content"

    @Option(help: "Theme folder. Default: site.yaml's theme, looked up in themes/ beside the content folder, then beside the kizuna executable.")
    var theme: String?

    @Option(help: "public (default) or members: members builds include the directory and members-only items.")
    var audience = "public"

    @Option(help: "The moment the site describes (2024-01-01T00:00:00+09:00; 2024-01-01 or 2024-01-01T10:00:00 are in the site's time zone). Default: SOURCE_DATE_EPOCH, else the clock.")
    var now: String?

    @Flag(help: "Include drafts.")
    var drafts = false

    @Option(help: "The address the site is published at, in place of site.yaml's base_url (a preview or staging host), e.g. https://example.github.io/alumni/previews/pr-12/.")
    var baseURL: String?

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        try languageOption.check(content: content)
        _ = try ChoiceArgument.value(audience, of: AudienceArgument.self, name: "--audience", messageLanguage)
        _ = try baseURLValue(messageLanguage)
    }

    /// `--base-url` read as base_url is; one that is not an http(s) address ending in `/` is a
    /// usage error with base_url's own message.
    func baseURLValue(_ language: EditorLanguage) throws -> BaseURL? {
        guard let baseURL else { return nil }
        switch BaseURL.parse(baseURL) {
        case .success(let parsed): return parsed
        case .failure(let problem): throw ValidationError(FieldMessage.badBaseURL(field: "--base-url", problem).text(language))
        }
    }

    /// `--audience`, checked in `validate`.
    var audienceValue: Audience { (AudienceArgument(rawValue: audience) ?? .public).value }

    /// The language messages are printed in.
    var messageLanguage: EditorLanguage { languageOption.resolved(content: content) }

    static func language(flag: String?, content: String) -> EditorLanguage {
        EditorLanguage.resolve(flag: flag, environment: ProcessInfo.processInfo.environment,
                               siteLanguage: EditorLanguage.ofSite(contentDirectory: content))
    }

    /// The build options these name; `--now` is resolved here (a time without an offset stays
    /// local: the build places it in site.yaml's zone).
    func buildOptions(_ language: EditorLanguage) throws -> BuildOptions {
        let moment = try Self.moment(now, language)
        return BuildOptions(audience: audienceValue, now: moment.date, drafts: drafts, localNow: moment.local, baseURL: try baseURLValue(language))
    }

    /// `--now` (else SOURCE_DATE_EPOCH, else the clock); a value that cannot be read is a usage error.
    static func moment(_ argument: String?, _ language: EditorLanguage) throws -> (date: Date, local: LocalDateTime?) {
        do {
            return try BuildOptions.resolveMoment(argument: argument, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError(error.text(language))
        }
    }
}

/// `--lang`, for every command: the language of its messages, else `KIZUNA_LANG`, else the
/// language of the content folder's site.yaml (`EditorLanguage.resolve`).
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of messages: ja or en. Default: KIZUNA_LANG, else site.yaml's language.")
    var lang: String?

    /// A `--lang` Kizuna has no messages for is a usage error, said in the language the rest
    /// would choose (each command calls this from its `validate`, knowing its content folder).
    func check(content: String) throws {
        if let lang, EditorLanguage(code: lang) == nil {
            throw ValidationError(CommandMessage.badLanguage(lang).text(SiteOptions.language(flag: nil, content: content)))
        }
    }

    func resolved(content: String) -> EditorLanguage { SiteOptions.language(flag: lang, content: content) }
}

enum AudienceArgument: String, CaseIterable {
    case `public`, members
    var value: Audience { self == .members ? .members : .public }
}
