import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// What editors run: `check` (golden output in every format, editor warnings), `new` (a file
/// of every kind that builds), and how the commands talk (summary, quiet, colours, typos).
@Suite struct EditorToolsTests {
    let cli = KizunaCLI()
    static let now = "2026-11-25T12:00:00+09:00"

    // MARK: check

    /// `check` on a fixture with problems in four files, in each format and both languages,
    /// against golden files (`editor-check.<format>`, `editor-check.ja.<format>`; re-record with
    /// KIZUNA_RECORD_GOLDEN=1). Paths are relative: run from the fixtures folder.
    @Test(arguments: ["text", "github", "json"], ["en", "ja"])
    func checkOutputMatchesItsGoldenFile(format: String, language: String) throws {
        let result = try cli.run(["check", "--content", "editor-check", "--theme", Repo.theme, "--now", Self.now, "--format", format],
                                 environment: ["NO_COLOR": "1", "KIZUNA_LANG": language], directory: Repo.fixtures + "/sites")
        #expect(result.status == 1)
        let printed = format == "text" ? result.err + result.out : result.out
        let golden = Repo.fixtures + "/check/editor-check\(language == "en" ? "" : "." + language).\(format)"
        if recordingGoldenFiles {
            try FileManager.default.createDirectory(atPath: Repo.fixtures + "/check", withIntermediateDirectories: true)
            try Data(printed.utf8).write(to: URL(fileURLWithPath: golden))
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(printed == expected)
    }

    /// An `end` before `start` is reported in the same run as the item's field errors, and so
    /// are the other date orders.
    @Test func dateOrderErrorsComeWithTheFieldErrors() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "events/e.yaml": "title: E\nstart: 2026-12-10T19:00:00+09:00\nend: 2026-12-10T18:00:00+09:00\nmode: boat\n",
            "opportunities/o.yaml": "title: O\nkind: intern\nposted: 2026-11-20\ndeadline: 2026-11-01\nfilled_at: 2026-11-02\nstatus: filled\n",
            "alumni/p.yaml": "joined: 2012\nleft: 2010\n",
        ])
        #expect(lines.contains("<dir>/events/e.yaml:3:6: error: 'end' (2026-12-10T18:00:00+09:00) is before 'start' (2026-12-10T19:00:00+09:00)"))
        #expect(lines.contains("<dir>/events/e.yaml:4:7: error: 'mode' must be one of in-person, online, hybrid, not 'boat'"))
        #expect(lines.contains("<dir>/opportunities/o.yaml:4:11: error: 'deadline' (2026-11-01) is before 'posted' (2026-11-20)"))
        #expect(lines.contains("<dir>/opportunities/o.yaml:5:12: error: 'filled_at' (2026-11-02) is before 'posted' (2026-11-20)"))
        #expect(lines.contains("<dir>/alumni/p.yaml:2:7: error: 'left' (2010) is before 'joined' (2012)"))
        #expect(lines.contains("<dir>/alumni/p.yaml:1:1: error: missing required field 'name'"))
        // Reported once, not again by the validator.
        #expect(lines.filter { $0.contains("is before 'start'") }.count == 1)
    }

    /// Once the errors are fixed: the editor warnings, each at the line to change, only from `check`.
    @Test func editorWarningsPointAtWhatToChange() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/editor-check", toPath: work.path + "/content")
        try work.write([
            "content/events/broken-meetup.yaml": "title: 交流会\nstart: 2026-12-10T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\n",
            // Ended more than 60 days ago: no warning (the editor has decided).
            "content/events/old-meetup.yaml": "title: 昔の会\nstart: 2026-08-01T19:00:00+09:00\nmode: in-person\nvenue: {name: 本社}\n",
            "content/events/cancelled-meetup.yaml": "title: 中止\nstart: 2026-11-10T19:00:00+09:00\nmode: in-person\nvenue: {name: 本社}\nstatus: cancelled\n",
            "content/events/postponed-meetup.yaml": "title: 延期\nstart: 2026-11-12T19:00:00+09:00\nmode: in-person\nvenue: {name: 本社}\nstatus: postponed\n",
            "content/alumni/unlisted.yaml": "name: 非公開\njoined: 2015\nconsent:\n  directory: false\n  fields: [name, company]\n",
            "content/opportunities/late-posting.yaml": "title: 募集\nkind: contract\nposted: 2026-11-01\ndeadline: 2026-11-20\napply: https://forms.example.com/x\n",
            "content/alumni/forgetful.yaml": "name: 山本 太郎\njoined: 2012\nindustry: IT\nconsent:\n  directory: true\n  fields: [name, joined, company, links]\n",
            "content/news/welcome.md": "---\ntitle: ようこそ\ndate: 2026-11-01\n---\n![](https://example.com/x.png)\n",
        ])
        let check = try cli.run(["check", "--content", "content", "--theme", Repo.theme, "--now", Self.now, "--audience", "members", "--format", "json"],
                                directory: work.path)
        #expect(check.status == 0, "\(check.out)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(check.out.utf8)) as? [[String: Any]])
        let found = entries.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!): \($0["message"]!)" }
        #expect(found.contains("content/alumni/forgetful.yaml:6:26: 'consent.fields' names 'company', but the profile has no 'company'; nothing is shown for it"))
        #expect(found.contains("content/alumni/forgetful.yaml:6:35: 'consent.fields' names 'links', but the profile has no 'links'; nothing is shown for it"))
        #expect(found.contains { $0.hasPrefix("content/events/held-meetup.yaml:1:1: event 'held-meetup' ended on 2026-11-01 and has no 'report' yet") })
        #expect(found.contains { $0.contains("the deadline 2026-11-20 has passed") })
        #expect(found.contains { $0.hasPrefix("content/news/welcome.md:5:") && $0.contains("alt") })
        #expect(!found.contains { $0.contains("old-meetup") || $0.contains("cancelled-meetup") || $0.contains("postponed-meetup") || $0.contains("unlisted") })
        #expect(found.contains { $0.hasPrefix("content/site.yaml:") && $0.contains("there is no stats snapshot yet") })
        #expect(entries.count == 6, "\(found)")

        // The build itself does not print check's editor-only warnings.
        let build = try cli.run(["build", "--content", "content", "--theme", Repo.theme, "--now", Self.now, "--audience", "members", "--output", "out"],
                                environment: ["NO_COLOR": "1"], directory: work.path)
        #expect(build.status == 0, "\(build.err)")
        #expect(!build.err.contains("'report'") && !build.err.contains("consent.fields"))
        #expect(build.err.contains("has passed"))
    }

    // MARK: new

    /// Every kind: the file has every field of the contract, builds as is (a draft: published
    /// with --drafts only), carries Japanese and English comments, and is never overwritten.
    @Test(arguments: NewFileKind.allCases)
    func newWritesAFileThatBuilds(kind: NewFileKind) throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let created = try cli.run(["new", kind.rawValue, "fresh-item", "--content", "content", "--now", Self.now], directory: work.path)
        #expect(created.status == 0, "\(created.err)")
        let path = work.path + "/content/" + kind.relativePath(slug: "fresh-item")
        #expect(created.out.hasPrefix("Created content/\(kind.relativePath(slug: "fresh-item"))"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for field in Self.contractFields[kind]! {
            #expect(text.contains("\n\(field):") || text.contains("\n# \(field):") || text.contains("\n  \(field):"), "\(kind): no '\(field)'")
        }
        #expect(text.contains("必須") && text.contains("Required"))

        let moment = try BuildOptions.resolveMoment(argument: Self.now, environment: [:]).date
        func built(drafts: Bool) throws -> Set<String> {
            let s = settings(content: work.path + "/content", output: work.path + "/site", audience: .members, now: moment, drafts: drafts)
            let (files, warnings) = try Build(s).renderedFiles()
            #expect(warnings.filter { $0.location.path.contains("fresh-item") }.isEmpty, "\(warnings)")
            return Set(files.map(\.path))
        }
        let page = Self.page[kind]!
        if kind == .profile {
            // Listed nowhere until consent is given.
            #expect(!(try built(drafts: true)).contains(page))
        } else {
            #expect(try built(drafts: true).contains(page))
            #expect(!(try built(drafts: false)).contains(page))
        }

        let again = try cli.run(["new", kind.rawValue, "fresh-item", "--content", "content"], directory: work.path)
        #expect(again.status == 1)
        #expect(again.err.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func newRefusesABadSlugOrKind() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let slug = try cli.run(["new", "news", "Bad Slug", "--content", "content"], directory: work.path)
        #expect(slug.status == 1)
        #expect(slug.err.contains("slug 'Bad Slug' must"))
        let kind = try cli.run(["new", "meetup", "x", "--content", "content"], directory: work.path)
        #expect(kind.status != 0)
        #expect(!FileManager.default.fileExists(atPath: work.path + "/content/news/Bad Slug.md"))
    }

    /// Today in the site's zone: at 23:30 UTC it is already the next day in Tokyo.
    @Test func newDatesAreTheSitesToday() throws {
        let today = LocalDate(try BuildOptions.resolveMoment(argument: "2026-11-30T23:30:00Z", environment: [:]).date, zone: TimeZone(identifier: "Asia/Tokyo")!)
        let text = Scaffold(today: today, zone: TimeZone(identifier: "Asia/Tokyo")!).text(.event, slug: "x")
        #expect(today.description == "2026-12-01")
        #expect(text.contains("start: 2026-12-15T19:00:00+09:00"))
    }

    static let contractFields: [NewFileKind: [String]] = [
        .news: ["title", "date", "updated", "tags", "summary", "author", "draft", "audience", "image"],
        .event: ["title", "start", "end", "mode", "venue", "online_url", "segments", "capacity", "rsvp", "status", "audience",
                 "description", "previous_start", "report", "sequence", "draft"],
        .opportunity: ["title", "kind", "summary", "description", "department", "location", "remote", "employment", "compensation",
                       "posted", "deadline", "status", "apply", "tags", "audience", "filled_at", "engagement", "draft"],
        .profile: ["name", "name_en", "joined", "left", "departments", "industry", "role", "company", "interests", "mentor", "bio",
                   "links", "email", "consent", "directory", "fields", "stats"],
        .survey: ["title", "kind", "fielded", "respondents", "audience", "questions", "summary", "draft"],
        .ask: ["title", "posted", "asker", "body", "tags", "respond", "status", "expires", "audience", "draft"],
        .page: ["title", "description", "menu", "audience", "draft"],
    ]

    static let page: [NewFileKind: String] = [
        .news: "news/fresh-item/index.html", .event: "events/fresh-item/index.html", .opportunity: "opportunities/fresh-item/index.html",
        .profile: "directory/fresh-item/index.html", .survey: "surveys/fresh-item/index.html", .ask: "asks/fresh-item/index.html",
        .page: "fresh-item/index.html",
    ]

    // MARK: how the commands talk

    @Test func theSummarySaysWhatWasBuiltAndQuietSaysNothing() throws {
        let work = try TemporaryDirectory()
        let arguments = ["build", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme, "--now", Self.now, "--output", work.path + "/site"]
        let built = try cli.run(arguments + ["--audience", "members", "--allowlist", work.path + "/allowlist.txt"])
        #expect(built.status == 0)
        let line = try #require(built.out.split(separator: "\n").first.map(String.init))
        #expect(line.hasPrefix("Built "))
        #expect(line.contains("pages (news "))
        #expect(line.contains("directory "))
        #expect(line.contains("members build, into \(work.path)/site/: 1 warning, "))
        #expect(!built.out.contains("\u{1B}") && !built.err.contains("\u{1B}"), "no colours or progress off a terminal")

        let quiet = try cli.run(arguments + ["--quiet", "--no-cache"])
        #expect(quiet.status == 0)
        #expect(quiet.out.isEmpty && quiet.err.isEmpty)
        let verbose = try cli.run(arguments + ["--verbose", "--no-cache"])
        #expect(verbose.err.contains("render+write"))
        #expect(try cli.run(arguments + ["--quiet", "--verbose"]).status != 0)
    }

    /// On a terminal (a pseudo-terminal from script(1)): colours, unless NO_COLOR is set.
    @Test func coloursOnlyOnATerminalAndNeverWithNoColor() throws {
        let broken = Repo.fixtures + "/sites/editor-check"
        let command = "\(KizunaCLI.binary) check --content \(broken) --theme \(Repo.theme) --now \(Self.now)"
        let coloured = try cli.runShell("script -qec '\(command)' /dev/null", environment: ["TERM": "xterm", "NO_COLOR": ""])
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let plain = try cli.runShell("script -qec '\(command)' /dev/null", environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(plain.contains("error: 'end' (2026-12-10T18:00:00+09:00) is before 'start'"))
        #expect(!plain.contains("\u{1B}["))
    }

    /// A progress bar on a terminal once the build has run for the delay (shortened here).
    @Test func aProgressBarOnATerminal() throws {
        let work = try TemporaryDirectory()
        let command = "\(KizunaCLI.binary) build --content \(Repo.content) --theme \(Repo.theme) --now \(Self.now) --output \(work.path)/site --no-cache"
        let shown = try cli.runShell("script -qec '\(command)' /dev/null", environment: ["TERM": "xterm", "NO_COLOR": "1", "KIZUNA_PROGRESS_DELAY": "0"])
        #expect(shown.contains("\r\u{1B}[2K"), "the bar is drawn and erased in place")
        #expect(shown.contains("Built "))
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let typo = try cli.run(["buidl"])
        #expect(typo.status == 64)
        #expect(typo.err.contains("unknown command 'buidl'; did you mean 'build'?"))
        #expect(try cli.run(["chekc"]).err.contains("did you mean 'check'?"))
        #expect(try cli.run(["serv"]).err.contains("did you mean 'serve'?"))
        #expect(!(try cli.run(["zzzzzz"]).err.contains("did you mean")))
        // The names the suggestion draws from are real commands.
        for name in ["build", "check", "serve", "new"] {
            #expect(try cli.run([name, "--help"]).status == 0, "\(name)")
        }
    }
}

extension KizunaCLI {
    /// A shell command line (for script(1), which gives the command a pseudo-terminal); its output.
    func runShell(_ command: String, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ProcessInfo.processInfo.environment.merging(["KIZUNA_LANG": "en"]) { $1 }.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
