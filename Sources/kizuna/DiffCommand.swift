import ArgumentParser
import Foundation
import KizunaBuild
import KizunaContent

/// `kizuna diff OLD NEW`: the pages two built sites differ in (a pull request's preview against
/// main's build). The comparison is `SiteComparison`'s; this only reads the options and prints.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two built sites: the pages added, changed and removed, by address.",
        discussion: """
            Both folders must be sites kizuna build wrote (they hold .kizuna-site). Files are compared byte for byte, and \
            every page names the site's address and the build's "now": build both with the same --base-url and --now, \
            or every page counts as changed. Pages (.html) are listed by address; feeds, calendars, images and the \
            search index are listed apart as other files.
            """
    )

    @Argument(help: "The site before (e.g. main's build).")
    var old: String

    @Argument(help: "The site after (e.g. the pull request's build).")
    var new: String

    @Option(help: "text (default), markdown (for a GitHub job summary or comment) or json (every page, never capped).")
    var format = "text"

    @Option(help: "The address NEW is published at (ending in /), e.g. a preview's: page addresses are printed whole, linked in Markdown.")
    var link: String?

    @Option(help: "At most this many pages or files listed per group in text and Markdown; the rest are counted.")
    var limit = 50

    @OptionGroup var languageOption: LanguageOption

    var language: EditorLanguage { languageOption.resolved(content: "content") }

    func validate() throws {
        try languageOption.check(content: "content")
        _ = try ChoiceArgument.value(format, of: ComparisonReport.Format.self, name: "--format", language)
        _ = try linkValue()
    }

    /// `--link`, read as base_url is (an http(s) address ending in `/`).
    func linkValue() throws -> BaseURL? {
        guard let link else { return nil }
        switch BaseURL.parse(link) {
        case .success(let parsed): return parsed
        case .failure(let problem): throw ValidationError(FieldMessage.badBaseURL(field: "--link", problem).text(language))
        }
    }

    func run() throws {
        let language = self.language
        let comparison: SiteComparison
        do {
            comparison = try SiteComparison.compare(old: old, new: new)
        } catch {
            Terminal.standardError.error(error.message.text, language)
            throw ExitCode(1)
        }
        let format = ComparisonReport.Format(rawValue: format) ?? .text
        let report = ComparisonReport(comparison, link: try linkValue(), limit: limit)
        Terminal.standardOutput.write(report.render(format, language))
    }
}
