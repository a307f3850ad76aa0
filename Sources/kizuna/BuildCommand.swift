import ArgumentParser
import Foundation
import KizunaContent
import KizunaCore
import KizunaSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the portal into the output folder (replaced only if the build succeeds)."
    )

    @Option(help: "Content folder (site.yaml, news/, events/ …).")
    var content = "content"

    @Option(help: "Theme folder. Default: site.yaml's theme, looked up in themes/ beside the content folder, then beside the kizuna executable.")
    var theme: String?

    @Option(help: "Output folder.")
    var output = "site"

    @Option(help: "public (default) or members: members builds include the directory and members-only items.")
    var audience: AudienceArgument = .public

    @Option(help: "The moment the site describes (2024-01-01T00:00:00+09:00; 2024-01-01 or 2024-01-01T10:00:00 are in the site's time zone). Default: SOURCE_DATE_EPOCH, else the clock.")
    var now: String?

    @Flag(help: "Include drafts.")
    var drafts = false

    @Flag(name: .customLong("no-cache"), help: "Build even when the output was built from the same content, theme, options and kizuna.")
    var noCache = false

    @Flag(help: "Print the wall time of each stage to standard error.")
    var timings = false

    func run() throws {
        let moment = try resolveNow()
        let settings = Build.Settings(
            contentDirectory: content, themeDirectory: theme, outputDirectory: output,
            options: BuildOptions(audience: audience.value, now: moment.date, drafts: drafts, localNow: moment.local),
            useCache: !noCache,
            cacheDirectory: Build.Settings.cacheDirectory(forContent: content))
        let started = Date()
        do {
            let report = try Build(settings).run()
            if !report.warnings.isEmpty {
                FileHandle.standardError.write(Data(DiagnosticFormatter().format(report.warnings).utf8))
            }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            if timings { FileHandle.standardError.write(Data(report.timings.table.utf8)) }
            if report.unchanged {
                print("Unchanged: \(output)/ was built from the same content, theme, options and kizuna (\(report.pages) pages); nothing to do (\(seconds) s). --no-cache builds anyway.")
                return
            }
            print("Built \(report.pages) pages (\(report.files) files, \(audience.value.rawValue) build) into \(output)/ in \(seconds) s")
        } catch let failure as BuildFailure {
            FileHandle.standardError.write(Data(DiagnosticFormatter().format(failure.diagnostics).utf8))
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data("build failed: \(errors) error\(errors == 1 ? "" : "s"); \(output)/ was left unchanged\n".utf8))
            throw ExitCode(1)
        } catch let error as OutputWriter.WriteError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// A `--now` without an offset stays local here: the build places it in site.yaml's zone.
    func resolveNow() throws -> (date: Date, local: LocalDateTime?) {
        do {
            return try BuildOptions.resolveMoment(argument: now, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

enum AudienceArgument: String, ExpressibleByArgument, CaseIterable {
    case `public`, members
    var value: Audience { self == .members ? .members : .public }
}
