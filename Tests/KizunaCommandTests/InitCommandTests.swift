import Foundation
import Testing
import KizunaContent

/// `kizuna init <folder>`: the new portal checks and builds clean for both audiences with the
/// repository's theme, has a page of each kind, and the command never overwrites a file.
@Suite struct InitCommandTests {
    static let now = ["--now", "2026-12-04T12:00:00+09:00"]

    /// Where each kind's example is published (the directory only in the members build).
    static let pageOf: [String: String] = [
        "news": "news/%@/index.html", "events": "events/%@/index.html", "opportunities": "opportunities/%@/index.html",
        "alumni": "directory/%@/index.html", "surveys": "surveys/%@/index.html", "asks": "asks/%@/index.html", "pages": "%@/index.html",
    ]

    @Test(arguments: ["ja", "en"])
    func theNewPortalChecksAndBuildsCleanWithAPageOfEachKind(language: String) throws {
        let work = try TemporaryDirectory()
        let cli = KizunaCLI()
        let made = try cli.run(["init", "portal", "--language", language] + Self.now, directory: work.path)
        #expect(made.status == 0, "\(made.err)")
        #expect(made.err.isEmpty, "\(made.err)")
        #expect(made.out.contains("Created a new portal in portal"), "\(made.out)")
        #expect(made.out.contains("cd portal"))
        let portal = work.path + "/portal"
        let listing = Set(FileManager.default.subpaths(atPath: portal) ?? [])
        #expect(listing.isSuperset(of: [".gitignore", "README.md", "content/site.yaml"]))
        #expect(!listing.contains { $0.hasPrefix("themes") }, "the theme is not copied")
        let gitignore = try String(contentsOfFile: portal + "/.gitignore", encoding: .utf8)
        for ignored in ["site/", "auth/", ".kizuna-cache/"] { #expect(gitignore.components(separatedBy: "\n").contains(ignored)) }
        let site = try String(contentsOfFile: portal + "/content/site.yaml", encoding: .utf8)
        #expect(site.contains("language: \(language)\n"))

        for audience in ["public", "members"] {
            let check = try cli.run(["check", "--theme", Repo.theme, "--audience", audience] + Self.now, directory: portal)
            #expect(check.status == 0, "\(audience): \(check.err)")
            #expect(check.out.contains("check passed: 0 warnings"), "\(audience): \(check.out)")
            #expect(check.err.isEmpty, "\(audience): \(check.err)")
            let output = "site-" + audience
            let build = try cli.run(["build", "--theme", Repo.theme, "--audience", audience, "--output", output] + Self.now, directory: portal)
            #expect(build.status == 0, "\(audience): \(build.err)")
            #expect(build.out.contains("no warnings"), "\(audience): \(build.out)")
            #expect(!build.err.contains("warning"), "\(audience): \(build.err)")
            for example in PortalTemplate.examples {
                let pattern = try #require(Self.pageOf[example.folder], "no published page known for \(example.folder)")
                let page = portal + "/" + output + "/" + String(format: pattern, example.slug)
                let expected = audience == "members" || example.folder != "alumni"
                #expect(FileManager.default.fileExists(atPath: page) == expected, "\(audience): \(page)")
            }
            let home = try String(contentsOfFile: portal + "/" + output + "/index.html", encoding: .utf8)
            #expect(home.contains("/events/welcome-meetup/") && home.contains("/opportunities/rehire-sales-lead/"), "\(audience): upcoming event and open posting")
        }
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndNothingIsEverOverwritten() throws {
        let work = try TemporaryDirectory(["portal/notes.txt": "mine\n", "portal/content/site.yaml": "title: mine\n"])
        let cli = KizunaCLI()
        let refused = try cli.run(["init", "portal"] + Self.now, directory: work.path)
        #expect(refused.status == 1)
        #expect(refused.err.contains("portal is not empty (2 files or folders)"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: work.path + "/portal/README.md"), "nothing is written")

        let forced = try cli.run(["init", "portal", "--force"] + Self.now, directory: work.path)
        #expect(forced.status == 0, "\(forced.err)")
        #expect(forced.err.contains("kept portal/content/site.yaml as it was"), "\(forced.err)")
        #expect(try String(contentsOfFile: work.path + "/portal/content/site.yaml", encoding: .utf8) == "title: mine\n")
        #expect(try String(contentsOfFile: work.path + "/portal/notes.txt", encoding: .utf8) == "mine\n")
        #expect(FileManager.default.fileExists(atPath: work.path + "/portal/content/news/network-launch.md"))

        // A second run keeps every file it wrote the first time, as it was.
        let readme = try String(contentsOfFile: work.path + "/portal/README.md", encoding: .utf8)
        try "edited\n".write(toFile: work.path + "/portal/README.md", atomically: true, encoding: .utf8)
        let again = try cli.run(["init", "portal", "--force"] + Self.now, directory: work.path)
        #expect(again.status == 0)
        #expect(again.out.contains("(0 files)"), "\(again.out)")
        #expect(try String(contentsOfFile: work.path + "/portal/README.md", encoding: .utf8) == "edited\n")
        #expect(!readme.isEmpty)
    }

    /// `--force` into a folder whose `content` is a link to somewhere else: refused, nothing
    /// written there (as `kizuna new` refuses a link that leaves the content folder).
    @Test func aLinkOutOfTheFolderIsNeverWrittenThrough() throws {
        let work = try TemporaryDirectory(["elsewhere/keep.txt": "x\n", "portal/notes.txt": "mine\n"])
        try FileManager.default.createSymbolicLink(atPath: work.path + "/portal/content", withDestinationPath: work.path + "/elsewhere")
        let run = try KizunaCLI().run(["init", "portal", "--force"] + Self.now, directory: work.path)
        #expect(run.status == 1)
        #expect(run.err.contains("is a symbolic link to"), "\(run.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path + "/elsewhere") == ["keep.txt"])
    }

    /// As after `git init`: hidden files do not make a folder "not empty", and are kept.
    @Test func aFolderWithOnlyHiddenFilesIsTakenAndTheyAreKept() throws {
        let work = try TemporaryDirectory(["portal/.git/HEAD": "ref: refs/heads/main\n", "portal/.gitignore": "*.log\n"])
        let run = try KizunaCLI().run(["init", "portal"] + Self.now, directory: work.path)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("kept portal/.gitignore"), "\(run.err)")
        #expect(try String(contentsOfFile: work.path + "/portal/.gitignore", encoding: .utf8) == "*.log\n")
        #expect(FileManager.default.fileExists(atPath: work.path + "/portal/content/site.yaml"))
    }

    @Test func aFileInThePlaceOfTheFolderAndBadOptionsAreRefused() throws {
        let work = try TemporaryDirectory(["portal": "a file\n"])
        let cli = KizunaCLI()
        let file = try cli.run(["init", "portal"], directory: work.path)
        #expect(file.status == 1)
        #expect(file.err.contains("portal is a file, not a folder"), "\(file.err)")
        for (options, expected) in [(["--name", "Acme\nLtd"], "--name must be"), (["--base-url", "ftp://alumni.example.com/"], "--base-url"),
                                    (["--language", "fr"], "--language must be one of ja, en")] {
            let run = try cli.run(["init", "other"] + options, directory: work.path)
            #expect(run.status == 64, "\(options): \(run.status)")
            #expect(run.err.contains(expected), "\(options): \(run.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: work.path + "/other"), "a usage error writes nothing")
    }

    /// Messages follow `--lang`, else KIZUNA_LANG, else the portal's language.
    @Test func theNextStepsAreInTheEditorsLanguage() throws {
        let work = try TemporaryDirectory()
        let ja = try KizunaCLI().run(["init", "a"] + Self.now, environment: ["KIZUNA_LANG": ""], directory: work.path)
        #expect(ja.out.contains("`a` に新しいポータルを作りました"), "\(ja.out)")
        #expect(ja.out.contains("次の手順です。"))
        let en = try KizunaCLI().run(["init", "b", "--language", "en"] + Self.now, environment: ["KIZUNA_LANG": ""], directory: work.path)
        #expect(en.out.contains("Next steps:"), "\(en.out)")
        let flag = try KizunaCLI().run(["init", "c", "--lang", "ja", "--language", "en"] + Self.now, directory: work.path)
        #expect(flag.out.contains("次の手順です。"), "\(flag.out)")
    }
}
