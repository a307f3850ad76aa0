import ArgumentParser
import Foundation
import KizunaContent

/// `kizuna import profiles`: sign-ups become profiles (docs/CONTENT.md, "Importing sign-ups").
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data from elsewhere into the content folder.",
        subcommands: [Profiles.self]
    )

    struct Profiles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "profiles",
            abstract: "Write one profile per person of a sign-up form's CSV export into content/alumni/.",
            discussion: """
                The mapping file names the column of each field and of consent. Only those fields are written: \
                what editors add to a profile is kept. Every problem is reported as export.csv:line:column, \
                and nothing is written while there is one. Running it again with the same export changes nothing.
                """
        )

        @Argument(help: "The form's export (CSV: UTF-8, UTF-16 or Shift_JIS).")
        var export: String

        @Option(help: "The mapping file (YAML): which column fills which field.")
        var map: String

        @Option(help: "Content folder.")
        var content = "content"

        @Flag(help: "Say what would be created and updated, and write nothing.")
        var dryRun = false

        @OptionGroup var languageOption: LanguageOption

        func validate() throws { try languageOption.check(content: content) }

        func run() throws {
            let language = languageOption.resolved(content: content)
            let out = Terminal.standardOutput, err = Terminal.standardError
            let plan = ProfileImport.plan(export: export, mapping: map, contentDirectory: content)
            let problems = plan.diagnostics.sorted
            if !problems.isEmpty {
                // The export's lines are shown as decoded (it may be Shift_JIS).
                let exportLines = plan.exportText.map { $0.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) }
                let formatter = DiagnosticFormatter(colours: err.colours, language: language)
                err.write(formatter.format(problems) { path in
                    path == export ? exportLines : DiagnosticFormatter.readLines(path)
                })
            }
            if plan.diagnostics.hasErrors {
                err.write(ImportMessage.nothingWritten.text(language) + "\n")
                throw ExitCode(1)
            }
            var created = 0, updated = 0, unchanged = 0
            for change in plan.changes {
                switch change.outcome {
                case .created:
                    created += 1
                    out.write(TerminalSafe.escape(ImportMessage.created(path: change.path, dryRun: dryRun).text(language)) + "\n")
                case .updated(let fields):
                    updated += 1
                    out.write(TerminalSafe.escape(ImportMessage.updated(path: change.path, fields: fields, dryRun: dryRun).text(language)) + "\n")
                case .unchanged:
                    unchanged += 1
                }
            }
            if !dryRun {
                do {
                    try plan.write(contentDirectory: content)
                } catch {
                    err.error(error.text, language)
                    throw ExitCode(1)
                }
            }
            if created + updated == 0 && !dryRun {
                out.write(ImportMessage.nothingToChange(unchanged: unchanged).text(language) + "\n")
            } else {
                out.write(ImportMessage.summary(created: created, updated: updated, unchanged: unchanged, dryRun: dryRun).text(language) + "\n")
            }
        }
    }
}
