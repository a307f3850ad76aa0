import ArgumentParser
import Foundation
import KizunaBuild
import KizunaContent

@main
struct Kizuna: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kizuna",
        abstract: "Builds an alumni-network portal from Markdown and YAML content.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, StatsCommand.self, ImportCommand.self, InitCommand.self, DiffCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    static let commandNames = ["build", "check", "serve", "new", "stats", "import", "init", "diff"]

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `build` is the default subcommand and takes no arguments, so a first word that is not
        // an option is a mistyped command: say which one was meant rather than "unexpected argument".
        if let first = arguments.first, !first.hasPrefix("-"), first != "help", !commandNames.contains(first) {
            let err = Terminal.standardError
            let language = languageOf(arguments)
            err.error(CommandMessage.unknownCommand(first, meant: CommandSuggestion.closest(to: first, among: commandNames)).text, language)
            err.write(CommandMessage.commands(commandNames).text(language) + "\n")
            Platform.exit(64)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}

extension Kizuna {
    /// The language of a command line that could not be parsed: its `--lang` (`--lang ja`,
    /// `--lang=ja`) and `--content`, read as the commands would.
    static func languageOf(_ arguments: [String]) -> EditorLanguage {
        func value(_ name: String) -> String? {
            for (i, argument) in arguments.enumerated() {
                if argument == name, i + 1 < arguments.count { return arguments[i + 1] }
                if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
            }
            return nil
        }
        return SiteOptions.language(flag: value("--lang"), content: value("--content") ?? "content")
    }
}

/// The command name nearest a typo, when one is near enough to be what was meant.
enum CommandSuggestion {
    static func closest(to word: String, among names: [String]) -> String? {
        let scored = names.map { ($0, distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let (name, score) = scored, score <= max(1, name.count / 3) || name.hasPrefix(word.lowercased()) else { return nil }
        return name
    }

    /// Damerau–Levenshtein (optimal string alignment): a swap of two letters is one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
