import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild

/// `kizuna check`: the build's checks without writing, in three formats.
@Suite struct CheckCommandTests {
    let cli = KizunaCLI()

    func brokenSite() throws -> TemporaryDirectory {
        try TemporaryDirectory([
            "site.yaml": minimalSiteYAML,
            "news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n[壊れたリンク](/nowhere/)、画像 ![](https://example.com/x.png)\n",
            "events/e.yaml": "title: E\nstart: 2024-01-01\nmode: in-person\naudience: public\nvenue: {name: v}\ncapacity: many\n",
        ])
    }

    @Test func aGoodSitePassesAndNothingIsWritten() throws {
        let work = try TemporaryDirectory()
        let result = try cli.run(["check", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00"],
                                 environment: ["GITHUB_ACTIONS": "false"], directory: work.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "check passed: 0 warnings\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
    }

    @Test func textListsEveryProblemWithItsLine() throws {
        let dir = try brokenSite()
        let result = try cli.run(["check", "--content", dir.path, "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00"],
                                 environment: ["GITHUB_ACTIONS": "false"])
        #expect(result.status == 1)
        // The field error, the dead link and the missing alt text of another file, in one run.
        #expect(result.out == "check failed: 2 errors, 1 warning\n")
        #expect(result.err.contains(dir.path + "/events/e.yaml:6:11: error: "))
        #expect(result.err.contains("    capacity: many\n"))
        #expect(result.err.contains(dir.path + "/news/a.md:5:1: error: link '/nowhere/' points to no page or file of this site"))
    }

    @Test func githubAnnotationsAndJSON() throws {
        let dir = try brokenSite()
        let github = try cli.run(["check", "--content", dir.path, "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00"],
                                 environment: ["GITHUB_ACTIONS": "true"])
        #expect(github.status == 1)
        let lines = github.out.split(separator: "\n").map(String.init)
        // The field error and, in the same run, the link and the missing alt text of another file.
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("::error file=\(dir.path)/events/e.yaml,line=6,col=11::") == true)
        #expect(github.out.contains("::error file=\(dir.path)/news/a.md,line=5,col=1::link '/nowhere/' points to no page or file of this site"))
        #expect(github.out.contains("::warning file=\(dir.path)/news/a.md,line=5,col="))

        let json = try cli.run(["check", "--content", dir.path, "--theme", Repo.theme, "--format", "json", "--now", "2026-11-25T12:00:00+09:00"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(entries.first?["file"] as? String == dir.path + "/events/e.yaml")
        #expect(entries.first?["line"] as? Int == 6 && entries.first?["column"] as? Int == 11)
        #expect(entries.first?["severity"] as? String == "error")
        #expect(entries.map { $0["file"] as? String } == [dir.path + "/events/e.yaml", dir.path + "/news/a.md", dir.path + "/news/a.md"])

        // Once the field is fixed, only the link and the missing alt text are left.
        try dir.write(["events/e.yaml": "title: E\nstart: 2024-01-01\nmode: in-person\naudience: public\nvenue: {name: v}\n"])
        let next = try cli.run(["check", "--content", dir.path, "--theme", Repo.theme, "--format", "github", "--now", "2026-11-25T12:00:00+09:00"])
        #expect(next.status == 1)
        #expect(next.out.split(separator: "\n").count == 2)
        #expect(next.out.contains("::error file=\(dir.path)/news/a.md,line=5,col=1::link '/nowhere/' points to no page or file of this site"))
    }

    @Test func annotationsAreEscaped() {
        let d = Diagnostic(.warning, SourceLocation(path: "a,b:c.md", line: 2, column: 3), LocalizedText(en: "50% done\nnext", ja: "50%完了\n次"))
        #expect(DiagnosticReport.render([d], as: .github) == "::warning file=a%2Cb%3Ac.md,line=2,col=3::50%25 done%0Anext\n")
        #expect(DiagnosticReport.render([d], as: .github, language: .ja) == "::warning file=a%2Cb%3Ac.md,line=2,col=3::50%25完了%0A次\n")
        let whole = Diagnostic(.error, .whole("content"), LocalizedText(en: "content folder does not exist", ja: "コンテンツフォルダーがありません。"))
        #expect(DiagnosticReport.render([whole], as: .github) == "::error file=content::content folder does not exist\n")
    }
}
