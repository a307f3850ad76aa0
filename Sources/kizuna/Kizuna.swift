import ArgumentParser
import Foundation
import KizunaCore

@main
struct Kizuna: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kizuna",
        abstract: "Builds an alumni-network portal from Markdown and YAML content.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
