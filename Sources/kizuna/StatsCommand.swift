import ArgumentParser
import Foundation
import KizunaContent
import KizunaBuild
import KizunaSite

/// `kizuna stats snapshot`: the network pages show the newest snapshot of the counts, never the
/// profiles themselves (docs/CONTENT.md, "Snapshots").
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The network's counts as the pages publish them.",
        subcommands: [Snapshot.self]
    )

    struct Snapshot: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "snapshot",
            abstract: "Record today's counts in content/stats/<date>.yaml when publishing them cannot single anybody out.",
            discussion: """
                The network pages show the newest snapshot, so comparing two builds reveals nothing about one person who \
                joined, left, changed or withdrew. A snapshot is written only when the change since every earlier one is \
                itself safe to publish; until then the pages keep the last one. If no change can be published within \
                site.yaml's stats_max_age_days (default 90), a snapshot withdrawing the figures is written instead. \
                Run daily (the publish workflow does) and commit what it writes.
                """
        )

        @Option(help: "Content folder.")
        var content = "content"

        @Option(help: "Today (as build's --now). Default: SOURCE_DATE_EPOCH, else the clock.")
        var now: String?

        @Flag(help: "Say which figures hold a snapshot back. It names values from the profiles: use it on your own machine, not in public CI logs.")
        var explain = false

        @OptionGroup var languageOption: LanguageOption

        func validate() throws { try languageOption.check(content: content) }

        func run() throws {
            let language = languageOption.resolved(content: content)
            let moment = try SiteOptions.moment(now, language)
            let err = Terminal.standardError
            var taker = StatsSnapshotTaker(contentDirectory: content, now: moment.date)
            taker.localNow = moment.local
            let outcome: StatsSnapshotTaker.Outcome
            do {
                outcome = try taker.run()
            } catch {
                if case .content(let diagnostics) = error { err.diagnostics(diagnostics, language) }
                err.error(error.text, language)
                throw ExitCode(1)
            }
            let say = { (message: StatsCommandMessage) in Terminal.standardOutput.write(message.text(language) + "\n") }
            switch outcome {
            case .written(let path, _, let first):
                say(first ? .tookFirst(path: path) : .took(path: path))
            case .unchanged(let since):
                say(.unchanged(since: since))
            case .waiting(let since, let problems, let withdrawnSince):
                say(.waiting(since: since, figures: problems.count, withdrawnOn: withdrawnSince))
                explainOrHint(problems, language)
            case .withdrawn(let path, let since, let problems):
                say(.withdrawn(path: path, since: since))
                explainOrHint(problems, language)
            }
        }

        func explainOrHint(_ problems: [SnapshotGate.Problem], _ language: EditorLanguage) {
            if explain {
                // Figures name values from the profiles, as written: shown escaped.
                for problem in problems { Terminal.standardOutput.write("  " + TerminalSafe.escape(problem.message.text(language)) + "\n") }
            } else {
                Terminal.standardOutput.write(StatsCommandMessage.explainHint.text(language) + "\n")
            }
        }
    }
}
