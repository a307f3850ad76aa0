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

    @Flag(help: "Print the wall time of each stage to standard error.")
    var timings = false

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var settings = Build.Settings(
            contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: output,
            options: try site.buildOptions(), useCache: !noCache,
            cacheDirectory: Build.Settings.cacheDirectory(forContent: site.content))
        settings.cacheSecret = CacheSecret.resolve(environment: ProcessInfo.processInfo.environment)
        let display = ProgressDisplay(enabled: !verbosity.quiet)
        settings.progress = display?.progress
        let started = Date()
        let err = Terminal.standardError
        do {
            let report = try Build(settings).run()
            display?.finish()
            if !verbosity.quiet { err.diagnostics(report.warnings, site.language) }
            if timings || verbosity.verbose { err.write(report.timings.table) }
            guard !verbosity.quiet else { return }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            if report.unchanged {
                print("Unchanged: \(output)/ was built from the same content, theme, options and kizuna (\(report.pages) pages); nothing to do (\(seconds) s). --no-cache builds anyway.")
                return
            }
            print(BuildSummary(report: report, output: output, audience: site.audience.value, seconds: seconds, terminal: .standardOutput).line)
        } catch let failure as BuildFailure {
            display?.finish()
            err.diagnostics(failure.diagnostics, site.language)
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            err.write(err.styled("build failed:", .red) + " \(errors) error\(errors == 1 ? "" : "s"); \(output)/ was left unchanged\n")
            throw ExitCode(1)
        } catch let error as OutputWriter.WriteError {
            display?.finish()
            err.write(err.styled("error:", .red) + " \(error.description)\n")
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

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}

/// The one line a build ends with: what was made, how many warnings, how long it took.
struct BuildSummary {
    var report: Build.Report
    var output: String
    var audience: Audience
    var seconds: String
    var terminal: Terminal

    var line: String {
        let sections = report.pagesBySection.map { "\($0.section) \($0.pages)" }.joined(separator: ", ")
        let warnings = report.warnings.count
        let warned = warnings == 0 ? "no warnings" : terminal.styled("\(warnings) warning\(warnings == 1 ? "" : "s")", .yellow)
        return terminal.styled("Built", .green) + " \(report.files) files, \(report.pages) pages (\(sections)), \(audience.rawValue) build, into \(output)/: \(warned), \(seconds) s"
    }
}
