import Foundation
import Testing

/// `kizuna diff` run as a process on two builds of the example (the second with a news post
/// added, one changed and one removed), and `kizuna build --noindex`, as the preview workflow
/// runs them.
@Suite struct DiffCommandTests {
    static let options = ["--now", ExampleEdits.now, "--base-url", ExampleEdits.baseURL, "--noindex", "--quiet"]

    @Test func diffOfTwoBuildsOfTheExampleListsThePostsAndTheirLists() throws {
        let work = try TemporaryDirectory()
        try ExampleEdits.write(to: work.path + "/edited")
        let cli = KizunaCLI()
        let old = try cli.run(["build", "--content", Repo.content, "--theme", Repo.theme, "--output", work.path + "/old"] + Self.options)
        #expect(old.status == 0, "\(old.err)")
        let new = try cli.run(["build", "--content", work.path + "/edited", "--theme", Repo.theme, "--output", work.path + "/new"] + Self.options)
        #expect(new.status == 0, "\(new.err)")

        let run = try cli.run(["diff", work.path + "/old", work.path + "/new", "--format", "json", "--link", ExampleEdits.baseURL])
        #expect(run.status == 0, "\(run.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let pages = try #require(json["pages"] as? [String: Any]), files = try #require(json["files"] as? [String: Any])
        func urls(_ group: String) -> Set<String> { Set((pages[group] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }) }
        func paths(_ group: String) -> Set<String> { Set(files[group] as? [String] ?? []) }

        let expected = ExampleEdits.expected(old: work.path + "/old", new: work.path + "/new")
        for group in ["added", "changed", "removed"] {
            #expect(urls(group) == expected.pages[group], "\(group)")
            #expect(paths(group) == expected.files[group], "\(group)")
        }
        #expect(urls("added").contains("/news/\(ExampleEdits.added)/"))
        #expect(urls("changed").isSuperset(of: ["/news/\(ExampleEdits.changed)/", "/news/"]))
        #expect(urls("removed").contains("/news/\(ExampleEdits.removed)/"))
        let added = try #require((pages["added"] as? [[String: Any]])?.first { $0["url"] as? String == "/news/\(ExampleEdits.added)/" })
        #expect(added["address"] as? String == ExampleEdits.baseURL + "news/\(ExampleEdits.added)/")

        // The text summary counts the same, in the language asked for.
        let text = try cli.run(["diff", work.path + "/old", work.path + "/new", "--lang", "ja"])
        #expect(text.status == 0)
        #expect(text.out.hasPrefix("ページ：追加\(expected.pages["added"]!.count)件、変更\(expected.pages["changed"]!.count)件、削除\(expected.pages["removed"]!.count)件"), "\(text.out)")

        // Previews are kept out of search engines: every page says so, and robots.txt too.
        let html = ExampleEdits.files(of: work.path + "/new").filter { $0.key.hasSuffix(".html") }
        #expect(html.count > 50)
        let indexed = html.filter { !String(decoding: $0.value, as: UTF8.self).contains(#"<meta name="robots" content="noindex">"#) }
        #expect(indexed.keys.sorted() == [])
        let robots = try String(contentsOfFile: work.path + "/new/robots.txt", encoding: .utf8)
        #expect(robots.contains("Disallow: /") && !robots.contains("Allow: /\n"))
    }

    @Test func aPublicBuildWithoutNoindexIsIndexed() throws {
        let work = try TemporaryDirectory()
        let run = try KizunaCLI().run(["build", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme, "--output", work.path + "/site",
                                       "--now", ExampleEdits.now, "--quiet"])
        #expect(run.status == 0, "\(run.err)")
        let home = try String(contentsOfFile: work.path + "/site/index.html", encoding: .utf8)
        #expect(!home.contains(#"name="robots""#))
        #expect(try String(contentsOfFile: work.path + "/site/robots.txt", encoding: .utf8).contains("Allow: /\n"))
    }

    @Test func aFolderKizunaDidNotBuildIsAnError() throws {
        let work = try TemporaryDirectory(["plain/index.html": "<title>x</title>", "built/.kizuna-site": "kizuna-site 1\n"])
        let run = try KizunaCLI().run(["diff", work.path + "/plain", work.path + "/built"])
        #expect(run.status == 1)
        #expect(run.err.contains("is not a folder Kizuna built (it has no .kizuna-site)"), "\(run.err)")
        let badLink = try KizunaCLI().run(["diff", work.path + "/built", work.path + "/built", "--link", "javascript:alert(1)"])
        #expect(badLink.status == 64 && badLink.err.contains("--link"), "\(badLink.err)")
        let badFormat = try KizunaCLI().run(["diff", work.path + "/built", work.path + "/built", "--format", "markdwn"])
        #expect(badFormat.status == 64 && badFormat.err.contains("markdown"), "\(badFormat.err)")
    }
}
