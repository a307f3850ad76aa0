import ArgumentParser
import Foundation
import KizunaContent
import KizunaBuild
import KizunaSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the portal into the output folder (replaced only if the build succeeds)."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "Output folder.")
    var output = "site"

    @Flag(name: .customLong("no-cache"), help: "Build even when the output was built from the same content, theme, options and kizuna.")
    var noCache = false

    @Flag(help: "Ask search engines not to index any page (<meta name=\"robots\" content=\"noindex\"> on every page, a robots.txt that turns crawlers away): for previews and staging hosts.")
    var noindex = false

    @Flag(help: "Print the wall time of each stage to standard error.")
    var timings = false

    @Option(help: "Members build: where to write the allowlist of members' e-mail addresses (default: site.yaml's members.allowlist, else auth/allowlist.txt beside the content folder; never inside the output or content folder).")
    var allowlist: String?

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        try verbosity.check(site.messageLanguage)
        if allowlist != nil && site.audienceValue != .members {
            throw ValidationError(MembersMessage.allowlistNeedsMembers.text(site.messageLanguage))
        }
    }

    func run() throws {
        let language = site.messageLanguage
        var options = try site.buildOptions(language)
        options.noindex = noindex
        var settings = Build.Settings(
            contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: output,
            options: options, useCache: !noCache,
            cacheDirectory: Build.Settings.cacheDirectory(forContent: site.content))
        settings.cacheSecret = CacheSecret.resolve(environment: ProcessInfo.processInfo.environment)
        if site.audienceValue == .members { settings.allowlist = allowlist.map { .path($0) } ?? .site }
        let display = ProgressDisplay(enabled: !verbosity.quiet, language: language)
        settings.progress = display?.progress
        let started = Date()
        let err = Terminal.standardError, out = Terminal.standardOutput
        do {
            let report = try Build(settings).run()
            display?.finish()
            if !verbosity.quiet { err.diagnostics(report.warnings, language) }
            if timings || verbosity.verbose { err.write(report.timings.table) }
            guard !verbosity.quiet else { return }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            if report.unchanged {
                out.write(CommandMessage.unchanged(output: output, pages: report.pages, seconds: seconds).text(language) + "\n")
            } else {
                out.write(BuildSummary(report: report, output: output, audience: site.audienceValue, seconds: seconds, terminal: out).line(language) + "\n")
            }
            if let written = report.allowlist {
                out.write(MembersMessage.allowlistWritten(path: written.path, addresses: written.addresses, withoutEmail: written.withoutEmail,
                                                          sha256: written.sha256).text(language) + "\n")
            }
        } catch let failure as BuildFailure {
            display?.finish()
            err.diagnostics(failure.diagnostics, language)
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            let message = CommandMessage.buildFailed(errors: errors, output: output)
            err.write(err.styled(message.text(language), head: message.head.map { $0(language) }, .red) + "\n")
            throw ExitCode(1)
        } catch let error as OutputWriter.WriteError {
            display?.finish()
            err.error(error.text, language)
            throw ExitCode(1)
        }
    }
}

/// How much a command says: `--quiet` only errors, `--verbose` also the stage timings.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the wall time of each stage.")
    var verbose = false

    /// Both at once is a usage error (each command calls this from its `validate`).
    func check(_ language: EditorLanguage) throws {
        if quiet && verbose { throw ValidationError(CommandMessage.quietAndVerbose.text(language)) }
    }
}

/// The one line a build ends with: what was made, how many warnings, how long it took.
struct BuildSummary {
    var report: Build.Report
    var output: String
    var audience: Audience
    var seconds: String
    var terminal: Terminal

    func line(_ language: EditorLanguage) -> String {
        let warnings = report.warnings.count
        let message = CommandMessage.built(
            files: report.files, pages: report.pages, sections: report.pagesBySection.map { .init(section: $0.section, pages: $0.pages) },
            audience: audience, output: output, warnings: warnings, seconds: seconds)
        return terminal.styled(message.text(language), head: message.head.map { $0(language) }, .green,
                               also: warnings == 0 ? nil : (CommandMessage.warnings(warnings)(language), .yellow))
    }
}
