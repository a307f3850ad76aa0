import ArgumentParser
import Foundation
import KizunaContent
import KizunaBuild
import KizunaSite

/// `kizuna new <kind> <slug>`: a commented file with every field, ready to fill in; with
/// `--translation <code>`, the translation of an existing file, beside it, with its text to translate.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a content file with every field, commented in Japanese and English (never overwrites).",
        discussion: "Kinds: news, event, opportunity, profile, survey, ask, page. Everything but a profile starts as a draft (shown with --drafts); a profile starts listed nowhere and counted nowhere until its consent is filled in. With --translation en, starts the English translation of the existing <slug> instead: <slug>.en.md|yaml beside it, holding the original's text fields to translate in place (everything else comes from the original)."
    )

    @Argument(help: "news, event, opportunity, profile, survey, ask or page.")
    var kind: String

    @Argument(help: "The slug: the file name and URL (lower-case a-z, 0-9 and '-').")
    var slug: String

    @Option(help: "Content folder.")
    var content = "content"

    @Option(help: "Today, for the dates the file starts with (as build's --now). Default: SOURCE_DATE_EPOCH, else the clock.")
    var now: String?

    @Option(help: ArgumentHelp("Start the translation into this language (one of site.yaml's languages) of the existing <slug>, beside it.", valueName: "code"))
    var translation: String?

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        try languageOption.check(content: content)
        _ = try ChoiceArgument.value(kind, of: KindArgument.self, name: "<kind>", languageOption.resolved(content: content))
    }

    /// `<kind>`, checked in `validate`.
    var kindValue: NewFileKind { (KindArgument(rawValue: kind) ?? .news).value }

    func run() throws {
        let language = languageOption.resolved(content: content)
        if let translation { return try translate(into: translation, language) }
        let moment = try SiteOptions.moment(now, language).date
        do {
            let path = try ScaffoldWriter.create(kindValue, slug: slug, contentDirectory: content, now: moment)
            Terminal.standardOutput.write(CommandMessage.created(path: path, profile: kindValue == .profile).text(language) + "\n")
        } catch {
            Terminal.standardError.diagnostics(error.diagnostics, language)
            Terminal.standardError.error(error.text, language)
            throw ExitCode(1)
        }
    }

    /// `--translation <code>`: the translation of the existing `<slug>`, its header naming the
    /// language as the pages' language switch does.
    func translate(into code: String, _ language: EditorLanguage) throws {
        let name = LocalizedText(en: SiteLanguages.name(code, in: "en"), ja: SiteLanguages.name(code, in: "ja"))
        do {
            let (path, original) = try ScaffoldWriter.createTranslation(kindValue, slug: slug, language: code, languageName: name, contentDirectory: content)
            Terminal.standardOutput.write(CommandMessage.createdTranslation(path: path, original: original, language: code).text(language) + "\n")
        } catch {
            Terminal.standardError.diagnostics(error.diagnostics, language)
            Terminal.standardError.error(error.text, language)
            throw ExitCode(1)
        }
    }
}

enum KindArgument: String, CaseIterable {
    case news, event, opportunity, profile, survey, ask, page
    var value: NewFileKind { NewFileKind(rawValue: rawValue)! }
}
