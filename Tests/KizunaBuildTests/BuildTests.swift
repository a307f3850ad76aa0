import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// End to end: real content on disk through real cmark-gfm, libyaml and swift-mustache.
@Suite struct BuildTests {
    static let small = Repo.fixtures + "/sites/small"

    @Test func theExamplePortalBuildsWithoutWarnings() throws {
        let out = try TemporaryDirectory()
        let report = try Build(settings(output: out.path + "/site", audience: .members)).run()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.pages > 100)
        for path in ["index.html", "news/index.html", "news/page/2/index.html", "events/index.html", "opportunities/index.html",
                     "opportunities/rehire/index.html", "opportunities/contract/index.html", "opportunities/mentor/index.html",
                     "directory/index.html", "network/index.html", "surveys/index.html", "asks/index.html",
                     "about/index.html", "privacy/index.html", "join/index.html", "sitemap.xml", "robots.txt", "404.html",
                     "static/logo.svg", "assets/style.css"] {
            #expect(FileManager.default.fileExists(atPath: out.path + "/site/" + path), "\(path) missing")
        }
    }

    /// Privacy rule: a value of a field its member did not consent to show is written nowhere.
    @Test(arguments: [Audience.public, .members])
    func unconsentedFieldsNeverAppear(audience: Audience) throws {
        let out = try TemporaryDirectory()
        try Build(settings(output: out.path, audience: audience)).run()
        let files = snapshot(of: out.path).mapValues { String(decoding: $0, as: UTF8.self) }
        let (content, _) = ContentLoader(contentDirectory: Repo.content, kinds: ContentKinds.builtIn.items).load()
        let profiles = content[ProfileKind()]
        var checked = 0
        for p in profiles {
            let listed = p.consent.directory && audience == .members
            let shown = listed ? p.consent.fields : []
            var secrets: [String] = []
            if !listed { secrets.append(p.name) }
            if !shown.contains(.nameEN), let v = p.nameEN { secrets.append(v) }
            if !shown.contains(.email), let v = p.email { secrets += [v, v.replacingOccurrences(of: "@", with: "&#64;")] }
            if !shown.contains(.company), let v = p.company { secrets.append(v) }
            if !shown.contains(.links) { secrets += p.links.map { $0.link.url } }
            if !shown.contains(.bio), let bio = p.bio {
                let firstLine = bio.text.split(separator: "\n").first.map(String.init) ?? ""
                if firstLine.count >= 12 { secrets.append(String(firstLine.prefix(12))) }
            }
            for secret in secrets {
                checked += 1
                for (path, text) in files where text.contains(secret) {
                    Issue.record("\(audience) build: '\(secret)' of \(p.slug) appears in \(path)")
                }
            }
        }
        #expect(checked > 50)
    }

    /// The directory and members-only items exist only in a members build.
    @Test func publicBuildHasNoDirectoryAndNoMembersOnlyItems() throws {
        let out = try TemporaryDirectory()
        try Build(settings(output: out.path, audience: .public)).run()
        let files = snapshot(of: out.path)
        #expect(!files.keys.contains { $0.hasPrefix("directory/") })
        let (content, _) = ContentLoader(contentDirectory: Repo.content, kinds: ContentKinds.builtIn.items).load()
        let membersOnly = content[NewsKind()].filter { $0.audience == .members }.map { "news/\($0.slug)/index.html" }
            + content[EventKind()].filter { $0.audience == .members }.map { "events/\($0.slug)/index.html" }
            + content[OpportunityKind()].filter { $0.audience == .members }.map { "opportunities/\($0.slug)/index.html" }
            + content[SurveyKind()].filter { $0.audience == .members }.map { "surveys/\($0.slug)/index.html" }
            + content[AskKind()].filter { $0.audience == .members }.map { "asks/\($0.slug)/index.html" }
        #expect(membersOnly.count > 10)
        for path in membersOnly { #expect(files[path] == nil, "\(path) is in a public build") }
        let listedNames = content[ProfileKind()].filter(\.consent.directory).map(\.name)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("/directory/"), "\(path) links to the directory")
            for name in listedNames where text.contains(name) { Issue.record("\(name) appears in public \(path)") }
        }
        let robots = String(decoding: files["robots.txt"] ?? Data(), as: UTF8.self)
        #expect(robots.contains("Sitemap: https://alumni.example.com/sitemap.xml"))
    }

    @Test func membersBuildListsOnlyConsentingProfiles() throws {
        let out = try TemporaryDirectory()
        try Build(settings(content: Self.small, output: out.path, audience: .members)).run()
        let files = snapshot(of: out.path)
        // The filter pages and the data file are the directory's too (DirectoryFilterTests).
        let filters = ["decade/", "industry/", "role/", "interest/", "mentors/", "data.json"].map { "directory/" + $0 }
        let profiles = files.keys.filter { $0.hasPrefix("directory/") && $0 != "directory/index.html" && !filters.contains(where: $0.hasPrefix) }.sorted()
        #expect(profiles == (1...4).map { "directory/member-\($0)/index.html" } + ["directory/open-book/index.html"])
        let robots = String(decoding: files["robots.txt"]!, as: UTF8.self)
        #expect(robots.contains("Disallow: /"))
        let openBook = String(decoding: files["directory/open-book/index.html"]!, as: UTF8.self)
        #expect(openBook.contains("mailto:taro@open.example"))
        #expect(openBook.contains("株式会社オープン"))
    }

    @Test func publishingFollowsNowDraftsAndDeadlines() throws {
        let out = try TemporaryDirectory()
        try Build(settings(content: Self.small, output: out.path, audience: .public)).run()
        var files = snapshot(of: out.path)
        #expect(files["news/first-meetup/index.html"] != nil)
        #expect(files["news/future/index.html"] == nil, "dated after now")
        #expect(files["news/draft/index.html"] == nil, "draft")
        #expect(files["news/members-update/index.html"] == nil, "members only")
        let board = String(decoding: files["opportunities/index.html"]!, as: UTF8.self)
        #expect(board.contains("新任マネージャー向けメンター"))

        let later = Timestamp(iso: "2027-01-01T00:00:00+09:00", zone: TimeZone(identifier: "Asia/Tokyo")!)!.date
        try Build(settings(content: Self.small, output: out.path, audience: .members, now: later, drafts: true)).run()
        files = snapshot(of: out.path)
        #expect(files["news/future/index.html"] != nil)
        #expect(files["news/draft/index.html"] != nil)
        let laterBoard = String(decoding: files["opportunities/mentor/index.html"]!, as: UTF8.self)
        // Past its deadline: archived, marked closed, no apply link.
        #expect(laterBoard.contains("締切済み"))
        let detail = String(decoding: files["opportunities/mentor-coach/index.html"]!, as: UTF8.self)
        #expect(!detail.contains("mailto:jobs@example.org"))
        #expect(detail.contains("この募集は終了しました。"))
    }

    @Test func aFailedBuildLeavesThePreviousOutputByteIdentical() throws {
        let work = try TemporaryDirectory()
        let output = work.path + "/site"
        try Build(settings(content: Self.small, output: output)).run()
        let before = snapshot(of: output)
        #expect(before.count > 20)

        // Same content plus one broken file.
        let broken = work.path + "/content"
        try FileManager.default.copyItem(atPath: Self.small, toPath: broken)
        try Data("title: 壊れた\nstart: tomorrow\nmode: online\n".utf8).write(to: URL(fileURLWithPath: broken + "/events/broken.yaml"))
        #expect(throws: BuildFailure.self) { try Build(settings(content: broken, output: output)).run() }
        #expect(snapshot(of: output) == before)
        // Nothing else was left beside the output.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        #expect(siblings == ["content", "site"])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory()
        try Build(settings(output: a.path, audience: .members)).run()
        try Build(settings(output: b.path, audience: .members)).run()
        let first = snapshot(of: a.path), second = snapshot(of: b.path)
        #expect(first.count > 100)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, data) in first where second[path] != data { Issue.record("\(path) differs between two builds") }
    }

    @Test func nowComesFromTheFlagThenSourceDateEpochThenTheClock() throws {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let clock = Date(timeIntervalSince1970: 42)
        #expect(try settledNow("2024-01-01T00:00:00+09:00", ["SOURCE_DATE_EPOCH": "1"], in: tokyo) == Date(timeIntervalSince1970: 1_704_034_800))
        #expect(try settledNow("2024-01-01", [:], in: tokyo) == Date(timeIntervalSince1970: 1_704_034_800))
        #expect(try settledNow(nil, ["SOURCE_DATE_EPOCH": "1700000000"], in: tokyo) == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(try settledNow(nil, [:], in: tokyo, clock: { clock }) == clock)
        // An empty SOURCE_DATE_EPOCH counts as unset: the clock.
        #expect(try settledNow(nil, ["SOURCE_DATE_EPOCH": ""], in: tokyo, clock: { clock }) == clock)
        #expect(throws: BuildOptions.NowError.self) { try settledNow("tomorrow", [:], in: tokyo) }
        // A bare day is settled in the site's own zone once site.yaml is known (a zone away from
        // UTC: at UTC, London's in January, the stand-in is the same instant).
        let moment = try BuildOptions.resolveMoment(argument: "2024-01-01", environment: [:])
        #expect(moment.local == LocalDateTime(day: LocalDate(year: 2024, month: 1, day: 1)))
        #expect(try settledNow("2024-01-01", [:], in: TimeZone(identifier: "America/New_York")!) == Date(timeIntervalSince1970: 1_704_085_200))
        for epoch in ["x", "-1", "1.5"] {
            #expect(throws: BuildOptions.NowError.self, "\(epoch)") { try settledNow(nil, ["SOURCE_DATE_EPOCH": epoch], in: tokyo) }
        }
    }

    @Test func writerRefusesPathsOutsideTheOutput() {
        for bad in ["../escape.html", "/etc/passwd", "a/../../b", ""] {
            #expect(throws: OutputWriter.WriteError.self) { try OutputWriter.checkedPath(bad) }
        }
        #expect((try? OutputWriter.checkedPath("news/交流会/index.html")) == "news/交流会/index.html")
    }
}

@Suite struct OutputSafetyTests {
    @Test func theOutputMayNotReplaceContentThemeOrAForeignFolder() throws {
        let work = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML, "notes/todo.txt": "keep me"])
        let files = [OutputFile(path: "index.html", contents: .bytes(Data("x".utf8)))]
        for output in [work.path + "/content", work.path, "/", work.path + "/notes"] {
            #expect(throws: OutputWriter.WriteError.self, "\(output)") {
                try OutputWriter(outputDirectory: output, protecting: [work.path + "/content"]).writeAsABuild(files)
            }
        }
        #expect(FileManager.default.contents(atPath: work.path + "/notes/todo.txt") == Data("keep me".utf8))
        // A previous site is replaced as a whole.
        try OutputWriter(outputDirectory: work.path + "/site").writeAsABuild(files)
        try OutputWriter(outputDirectory: work.path + "/site").writeAsABuild([OutputFile(path: "404.html", contents: .bytes(Data("y".utf8)))])
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path + "/site").sorted() == [".kizuna-site", "404.html"])
    }
}

@Suite struct LanguageTests {
    @Test func anEnglishSiteUsesTheEnglishStrings() throws {
        let work = try TemporaryDirectory()
        let content = work.path + "/content"
        try FileManager.default.copyItem(atPath: BuildTests.small, toPath: content)
        let site = try String(contentsOfFile: content + "/site.yaml", encoding: .utf8).replacingOccurrences(of: "language: ja", with: "language: en")
        try site.write(toFile: content + "/site.yaml", atomically: true, encoding: .utf8)
        try Build(settings(content: content, output: work.path + "/site", audience: .members)).run()
        let post = try String(contentsOfFile: work.path + "/site/news/first-meetup/index.html", encoding: .utf8)
        #expect(post.contains("<html lang=\"en\">"))
        #expect(post.contains(">News</a>"))
        #expect(post.contains("Sun, 25 Oct 2026, 18:00"))
        // An event's time range as English writes it: "Thu, 10 Dec 2026, 19:00–21:00".
        let event = try String(contentsOfFile: work.path + "/site/events/winter-meetup/index.html", encoding: .utf8)
        #expect(event.contains("Thu, 10 Dec 2026, 19:00–21:00</time>"))
        let opportunity = try String(contentsOfFile: work.path + "/site/opportunities/mentor-coach/index.html", encoding: .utf8)
        #expect(opportunity.contains("¥5,000–¥8,000 per hour"))
    }
}

/// The build's "now" as production resolves it: `resolveMoment`, then settled in the site's zone.
fileprivate func settledNow(argument: String?, environment: [String: String], zone: TimeZone,
                            clock: () -> Date = Date.init) throws(BuildOptions.NowError) -> Date {
    let moment = try BuildOptions.resolveMoment(argument: argument, environment: environment, clock: clock)
    return BuildOptions(now: moment.date, localNow: moment.local).settled(in: zone).now
}
