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

        func run() throws {
            let moment = try SiteOptions.moment(now)
            let err = Terminal.standardError
            var taker = StatsSnapshotTaker(contentDirectory: content, now: moment.date)
            taker.localNow = moment.local
            let outcome: StatsSnapshotTaker.Outcome
            do {
                outcome = try taker.run()
            } catch {
                if case .content(let diagnostics) = error { err.diagnostics(diagnostics, SiteOptions.language(flag: nil, content: content)) }
                err.write(err.styled("error: ", .red) + error.description + "\n")
                throw ExitCode(1)
            }
            switch outcome {
            case .written(let path, _, let first):
                print(first ? "Took the first stats snapshot: \(path). Commit it: the network pages show it from today."
                            : "Took a stats snapshot: \(path). Commit it: the network pages show it from today.")
            case .unchanged(let since):
                print("No change since the snapshot of \(since): nothing to do.")
            case .waiting(let since, let problems, let withdrawnSince):
                let shown = withdrawnSince.map { "show no figures (withdrawn on \($0))" } ?? "keep showing the snapshot of \(since)"
                print("""
                    The counts changed since the snapshot of \(since), but publishing them now could single people out \
                    (\(problems.count) figure\(problems.count == 1 ? "" : "s")). The pages \(shown) until enough others \
                    join, leave or change.
                    """)
                explainOrHint(problems)
            case .withdrawn(let path, let since, let problems):
                print("""
                    No change since the snapshot of \(since) could be published within stats_max_age_days: wrote \(path), \
                    which withdraws the network figures until a later snapshot can be published. Commit it.
                    """)
                explainOrHint(problems)
            }
        }

        func explainOrHint(_ problems: [SnapshotGate.Problem]) {
            if explain {
                for problem in problems { print("  " + TerminalSafe.escape(problem.description)) }
            } else {
                print("Run `kizuna stats snapshot --explain` on your own machine to see which figures.")
            }
        }
    }
}
