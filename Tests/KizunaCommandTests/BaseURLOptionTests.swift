import Foundation
import Testing

/// `--base-url` on build, check and serve: the same content built for another address (a pull
/// request's preview, a staging host) without editing site.yaml.
@Suite struct BaseURLOptionTests {
    static let now = ["--now", "2026-11-25T12:00:00+09:00"]
    static let preview = "https://preview.example.net/previews/pr-12/"

    @Test func aBuildForAnotherAddressLinksThereAndTheNextBuildGoesBack() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let run = try KizunaCLI().run(["build", "--theme", Repo.theme, "--base-url", Self.preview] + Self.now, directory: work.path)
        #expect(run.status == 0, "\(run.err)")
        let sitemap = try String(contentsOfFile: work.path + "/site/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<loc>https://preview.example.net/previews/pr-12/news/</loc>"), "\(sitemap)")
        #expect(!sitemap.contains("alumni.example.org"))
        let home = try String(contentsOfFile: work.path + "/site/index.html", encoding: .utf8)
        #expect(home.contains(#"href="/previews/pr-12/news/""#))
        #expect(!home.contains(#"href="/portal/"#))

        // The address is part of what a build is made from: without --base-url the same output
        // is built again for site.yaml's base_url, not taken as unchanged.
        let back = try KizunaCLI().run(["build", "--theme", Repo.theme] + Self.now, directory: work.path)
        #expect(back.status == 0, "\(back.err)")
        let again = try String(contentsOfFile: work.path + "/site/sitemap.xml", encoding: .utf8)
        #expect(again.contains("<loc>https://alumni.example.org/portal/news/</loc>"))
        #expect(!again.contains("preview.example.net"))
    }

    @Test func anAddressBaseURLWouldRefuseIsAUsageError() throws {
        for command in ["build", "check", "serve"] {
            let run = try KizunaCLI().run([command, "--content", Repo.fixtures + "/sites/small", "--base-url", "ftp://preview.example.net/"])
            #expect(run.status == 64, "\(command): \(run.status) \(run.err)")
            #expect(run.err.contains("--base-url"), "\(command): \(run.err)")
        }
        let check = try KizunaCLI().run(["check", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme, "--base-url", Self.preview] + Self.now)
        #expect(check.status == 0, "\(check.err)")
    }
}
