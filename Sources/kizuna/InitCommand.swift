import ArgumentParser
import Foundation
import KizunaContent

/// `kizuna init <folder>`: a small new portal that builds and checks clean for both audiences.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new portal: content/ with a commented site.yaml and one example of each kind, a README for its editors, a .gitignore (never overwrites).",
        discussion: "The folder must be new or empty (hidden files such as .git aside) unless --force, which adds the portal's files beside what is there and keeps every file that exists. The theme is not copied: a build uses themes/default beside the kizuna executable."
    )

    @Argument(help: "The portal's folder (created if missing).")
    var folder: String

    @Option(help: "The company's name (site.yaml's organization.name and title). Default: a placeholder to change.")
    var name: String?

    @Option(help: "The address the portal is published at (site.yaml's base_url), e.g. https://alumni.example.com/. Default: a placeholder to change.")
    var baseURL: String?

    @Option(help: "The portal's language (site.yaml's language, the examples and the README): ja or en.")
    var language = "ja"

    @Option(help: "Today, for the examples' dates (as build's --now). Default: SOURCE_DATE_EPOCH, else the clock.")
    var now: String?

    @Flag(help: "Write into a folder that is not empty, keeping every file already there.")
    var force = false

    @Option(help: "Language of messages: ja or en. Default: KIZUNA_LANG, else the portal's --language.")
    var lang: String?

    var messageLanguage: EditorLanguage {
        EditorLanguage.resolve(flag: lang, environment: ProcessInfo.processInfo.environment, siteLanguage: PortalLanguage(rawValue: language)?.rawValue)
    }

    func validate() throws {
        if let lang, EditorLanguage(code: lang) == nil {
            throw ValidationError(CommandMessage.badLanguage(lang).text(messageLanguage))
        }
        _ = try ChoiceArgument.value(language, of: PortalLanguage.self, name: "--language", messageLanguage)
        if let name, !PortalTemplate.accepts(name: name) {
            throw ValidationError(InitMessage.badName(TerminalSafe.escape(name)).text(messageLanguage))
        }
        _ = try baseURLValue()
    }

    /// `--base-url`, read as site.yaml's base_url is.
    func baseURLValue() throws -> BaseURL? {
        guard let baseURL else { return nil }
        switch BaseURL.parse(baseURL) {
        case .success(let parsed): return parsed
        case .failure(let problem): throw ValidationError(FieldMessage.badBaseURL(field: "--base-url", problem).text(messageLanguage))
        }
    }

    func run() throws {
        let language = messageLanguage
        let moment = try SiteOptions.moment(now, language).date
        let zone = SiteConfig.defaultTimeZone
        let template = PortalTemplate(language: self.language, companyName: name?.trimmingCharacters(in: .whitespaces), baseURL: try baseURLValue(),
                                      today: LocalDate(moment, zone: zone), zone: zone)
        let out = Terminal.standardOutput, err = Terminal.standardError
        do {
            let written = try PortalWriter.create(template, in: folder, force: force)
            // Paths as typed, with any control character made visible.
            let shown = TerminalSafe.escape(folder)
            for path in written.kept { err.write(InitMessage.kept(path: TerminalSafe.escape(path)).text(language) + "\n") }
            out.write(out.styled(InitMessage.created(folder: shown, files: written.created.count).text(language), .green) + "\n")
            out.write(InitMessage.nextSteps(folder: shown).text(language) + "\n")
        } catch {
            err.error(error.text, language)
            throw ExitCode(1)
        }
    }
}

enum PortalLanguage: String, CaseIterable {
    case ja, en
}
