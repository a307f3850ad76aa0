import Foundation
import Testing
@testable import KizunaContent

/// `kizuna new <kind> <slug> --translation <code>`, run as an editor runs it: the file it starts
/// beside an original loads as it is (check finds nothing, the language's page shows the
/// original's text), and every refusal says why and writes nothing.
@Suite struct NewTranslationTests {
    let cli = KizunaCLI()
    static let now = "2026-11-25T12:00:00+09:00"

    /// The small fixture in Japanese and English. `untranslated: hide`, so an English page exists
    /// only for a translation that loaded; the one opportunity past its deadline closed and the
    /// Japanese tags named in English, so that `check` has nothing at all to say.
    func bilingualSite() throws -> TemporaryDirectory {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        try edit(work.path + "/content/site.yaml", "language: ja\n", "languages: [ja, en]\nuntranslated: hide\n")
        try edit(work.path + "/content/opportunities/old-rehire.yaml", "status: open\n", "status: closed\n")
        // The fixture's Japanese tags named for English, as check asks of a site in two languages.
        try edit(work.path + "/content/site.yaml", "tags:\n", "tags:\n  交流会: {ja: 交流会, en: Meetups}\n  人事: {ja: 人事, en: HR}\n")
        return work
    }

    func edit(_ path: String, _ before: String, _ after: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(before), "\(path) has \(before)")
        try text.replacingOccurrences(of: before, with: after).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Each kind with text fields: an item of the fixture, its English page, and text from its
    /// title and its body (or description, questions) that the page shows untranslated.
    static let originals: [NewFileKind: (slug: String, page: String, texts: [String])] = [
        .news: ("first-meetup", "en/news/first-meetup/index.html", ["初の交流会を開催しました &lt;速報&gt;", "当日の様子をお伝えします。"]),
        .event: ("winter-meetup", "en/events/winter-meetup/index.html", ["冬の交流会", "<strong>お気軽に</strong>", "本社 10F"]),
        .opportunity: ("mentor-coach", "en/opportunities/mentor-coach/index.html", ["新任マネージャー向けメンター", "月2回のオンライン面談"]),
        .ask: ("advice", "en/asks/advice/index.html", ["人事制度の相談にのってください", "評価制度の見直し"]),
        .survey: ("annual-2026", "en/surveys/annual-2026/index.html", ["2026年 アルムナイサーベイ", "当社で働いてよかったと思いますか", "とてもそう思う"]),
        .page: ("about", "en/about/index.html", ["このネットワークについて", "<strong>卒業生</strong>"]),
    ]

    /// `check` on the members build: what it reports, as JSON entries.
    func checked(_ work: TemporaryDirectory) throws -> [[String: Any]] {
        let check = try cli.run(["check", "--content", "content", "--theme", Repo.theme, "--now", Self.now, "--audience", "members", "--format", "json"],
                                directory: work.path)
        #expect(check.status == 0, "\(check.out)\(check.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(check.out.utf8)) as? [[String: Any]])
    }

    @Test(arguments: NewFileKind.allCases.filter { $0 != .profile })
    func aStartedTranslationLoadsAsItIs(kind: NewFileKind) throws {
        let work = try bilingualSite()
        let (slug, page, texts) = try #require(Self.originals[kind])
        #expect(try checked(work).isEmpty, "the fixture alone is clean")

        let created = try cli.run(["new", kind.rawValue, slug, "--translation", "en", "--content", "content"], directory: work.path)
        #expect(created.status == 0, "\(created.err)")
        let relative = "\(kind.folder)/\(slug).en.\(kind.kind.format.fileExtension)"
        #expect(created.out.hasPrefix("Created content/\(relative): translate its text in place"), "\(created.out)")
        let path = work.path + "/content/" + relative
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("English (en) translation of \(kind.relativePath(slug: slug))"))
        #expect(text.contains("\(kind.relativePath(slug: slug)) の英語（en）訳"))
        #expect(text.contains("\ntitle: "))

        let problems = try checked(work)
        #expect(problems.isEmpty, "0 errors and 0 warnings: \(problems)")
        let build = try cli.run(["build", "--content", "content", "--theme", Repo.theme, "--now", Self.now, "--audience", "members", "--output", "site"],
                                environment: ["NO_COLOR": "1"], directory: work.path)
        #expect(build.status == 0, "\(build.err)")
        #expect(build.out.contains("no warnings"), "\(build.out)")
        let html = try String(contentsOfFile: work.path + "/site/" + page, encoding: .utf8)
        #expect(html.contains(#"<html lang="en""#))
        for original in texts {
            #expect(html.contains(original), "\(page) shows '\(original)' until it is translated")
        }

        // Never replaced: the same command again, or with `=`, is refused and the file is as it was.
        let again = try cli.run(["new", kind.rawValue, slug, "--translation=en", "--content", "content"], directory: work.path)
        #expect(again.status == 1)
        #expect(again.err.contains("content/\(relative) already exists: edit it (kizuna new never replaces a file)"), "\(again.err)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func refusalsSayWhyAndWriteNothing() throws {
        let work = try bilingualSite()
        func refused(_ arguments: [String], _ message: String, language: String = "en") throws {
            let result = try cli.run(["new"] + arguments + ["--content", "content"], environment: ["NO_COLOR": "1", "KIZUNA_LANG": language],
                                     directory: work.path)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.err.contains(message), "\(arguments): \(result.err)")
        }
        try refused(["news", "first-meetp", "--translation", "en"],
                    "error: there is no content/news/first-meetp.md to translate; did you mean 'first-meetup'?")
        try refused(["event", "spring-party", "--translation", "en"],
                    "there is no content/events/spring-party.yaml to translate (a translation starts from its original: check the slug, or start the original with `kizuna new event spring-party`)")
        try refused(["news", "first-meetup", "--translation", "fr"], "'fr' is not one of the portal's languages (site.yaml's 'languages': ja, en)")
        try refused(["news", "first-meetup", "--translation", "ja"], "'ja' is the language at the site root: the original is written in it already; translate into en")
        try refused(["profile", "member-1", "--translation", "en"], "profile files (alumni/) are the same in every language: they have no translations")
        try refused(["news", "first-meetp", "--translation", "en"], "エラー：翻訳する元のファイル `content/news/first-meetp.md` がありません。`first-meetup` の打ち間違いではありませんか。", language: "ja")
        try refused(["page", "about", "--translation", "ja"], "`ja` はサイトのトップに置く言語なので、元のファイルがすでにこの言語です。ほかの言語（en）を指定してください。", language: "ja")

        // An original that does not read: its problem, located, then what to do.
        try work.write(["content/events/broken.yaml": "title: [unclosed\n"])
        try refused(["event", "broken", "--translation", "en"], "content/events/broken.yaml could not be read; fix the errors above first")
        try refused(["event", "broken", "--translation", "en"], "content/events/broken.yaml:1:17: error: YAML syntax error")

        // A translation in the kind's other extension is one already.
        try work.write(["content/events/winter-meetup.en.yml": "title: Winter meetup\n"])
        try refused(["event", "winter-meetup", "--translation", "en"], "content/events/winter-meetup.en.yml already exists")

        let written = try FileManager.default.subpathsOfDirectory(atPath: work.path + "/content").filter { file in
            [".en.", ".fr.", ".ja."].contains { file.contains($0) }
        }
        #expect(written == ["events/winter-meetup.en.yml"], "nothing written but the test's own file")

        // A portal of one language has nothing to translate into yet.
        let single = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: single.path + "/content")
        let one = try cli.run(["new", "news", "first-meetup", "--translation", "en", "--content", "content"], directory: single.path)
        #expect(one.status == 1)
        #expect(one.err.contains("the portal has one language (ja): list its languages in site.yaml first, the one at the site root first (languages: [ja, en])"), "\(one.err)")
    }
}
