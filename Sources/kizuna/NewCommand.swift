import ArgumentParser
import Foundation
import KizunaContent
import KizunaBuild
import KizunaSite

/// `kizuna new <kind> <slug>`: a commented file with every field, ready to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a content file with every field, commented in Japanese and English (never overwrites).",
        discussion: "Kinds: news, event, opportunity, profile, survey, ask, page. Everything but a profile starts as a draft (shown with --drafts); a profile starts listed nowhere and counted nowhere until its consent is filled in."
    )

    @Argument(help: "news, event, opportunity, profile, survey, ask or page.")
    var kind: String

    @Argument(help: "The slug: the file name and URL (lower-case a-z, 0-9 and '-').")
    var slug: String

    @Option(help: "Content folder.")
    var content = "content"

    @Option(help: "Today, for the dates the file starts with (as build's --now). Default: SOURCE_DATE_EPOCH, else the clock.")
    var now: String?

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        try languageOption.check(content: content)
        _ = try ChoiceArgument.value(kind, of: KindArgument.self, name: "<kind>", languageOption.resolved(content: content))
    }

    /// `<kind>`, checked in `validate`.
    var kindValue: NewFileKind { (KindArgument(rawValue: kind) ?? .news).value }

    func run() throws {
        let language = languageOption.resolved(content: content)
        let moment = try SiteOptions.moment(now, language).date
        do {
            let path = try ScaffoldWriter.create(kindValue, slug: slug, contentDirectory: content, now: moment)
            Terminal.standardOutput.write(CommandMessage.created(path: path, profile: kindValue == .profile).text(language) + "\n")
        } catch {
            if case .siteUnreadable(let diagnostics) = error { Terminal.standardError.diagnostics(diagnostics, language) }
            Terminal.standardError.error(error.text, language)
            throw ExitCode(1)
        }
    }
}

enum KindArgument: String, CaseIterable {
    case news, event, opportunity, profile, survey, ask, page
    var value: NewFileKind { NewFileKind(rawValue: rawValue)! }
}
