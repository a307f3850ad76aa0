import ArgumentParser
import Foundation
import KizunaContent
import KizunaBuild
import KizunaSite

/// `kizuna check`: everything the build checks, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and theme as a build would (routes, links, images, strings), without writing anything."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "text (default), github (workflow annotations; the default when GITHUB_ACTIONS=true) or json.")
    var format: String?

    func validate() throws {
        if let format { _ = try ChoiceArgument.value(format, of: ReportFormat.self, name: "--format", site.messageLanguage) }
    }

    func run() throws {
        let language = site.messageLanguage
        let chosen = format.flatMap(ReportFormat.init(rawValue:))?.value ?? (ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
        var settings = Build.Settings(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: "check-writes-nothing",
                                      options: try site.buildOptions(language), useCache: false)
        settings.editorWarnings = true
        var problems: [Diagnostic]
        var failed = false
        do {
            problems = try Build(settings).renderedFiles().warnings
        } catch {
            problems = error.diagnostics
            failed = true
        }
        // Problems go to standard output for github and json (they are the command's result), to
        // standard error for people, with a summary line.
        if chosen == .text {
            let err = Terminal.standardError, out = Terminal.standardOutput
            err.diagnostics(problems, language)
            let errors = problems.filter { $0.severity == .error }.count, warnings = problems.count - errors
            let summary: CommandMessage = failed ? .checkFailed(errors: errors, warnings: warnings) : .checkPassed(warnings: warnings)
            out.write(out.styled(summary.text(language), head: summary.head.map { $0(language) }, failed ? .red : .green) + "\n")
        } else {
            print(DiagnosticReport.render(problems, as: chosen, language: language), terminator: "")
        }
        if failed { throw ExitCode(1) }
    }
}

enum ReportFormat: String, CaseIterable {
    case text, github, json
    var value: DiagnosticReport.Format { DiagnosticReport.Format(rawValue: rawValue)! }
}
