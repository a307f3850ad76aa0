import ArgumentParser
import Foundation
import KizunaContent
import KizunaBuild
import KizunaSite

/// `kizuna new <kind> <slug>`: a commented file with every field, ready to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a content file with every field, commented in Japanese and English (never overwrites).",
        discussion: "Kinds: news, event, opportunity, profile, survey, ask, page. Everything but a profile starts as a draft (shown with --drafts); a profile starts listed nowhere and counted nowhere until its consent is filled in."
    )

    @Argument(help: "news, event, opportunity, profile, survey, ask or page.")
    var kind: KindArgument

    @Argument(help: "The slug: the file name and URL (lower-case a-z, 0-9 and '-').")
    var slug: String

    @Option(help: "Content folder.")
    var content = "content"

    @Option(help: "Today, for the dates the file starts with (as build's --now). Default: SOURCE_DATE_EPOCH, else the clock.")
    var now: String?

    func run() throws {
        let moment = try SiteOptions.moment(now).date
        do {
            let path = try ScaffoldWriter.create(kind.value, slug: slug, contentDirectory: content, now: moment)
            let draft = kind.value == .profile
                ? "consent.directory and consent.stats are false until the member's consent is filled in"
                : "it is a draft: preview with `kizuna serve --drafts`, delete 'draft: true' to publish"
            print("Created \(path) (\(draft))")
        } catch {
            if case .siteUnreadable(let diagnostics) = error { Terminal.standardError.diagnostics(diagnostics, SiteOptions.language(flag: nil, content: content)) }
            Terminal.standardError.write(Terminal.standardError.styled("error: ", .red) + "\(error.description)\n")
            throw ExitCode(1)
        }
    }
}

enum KindArgument: String, ExpressibleByArgument, CaseIterable {
    case news, event, opportunity, profile, survey, ask, page
    var value: NewFileKind { NewFileKind(rawValue: rawValue)! }
}
