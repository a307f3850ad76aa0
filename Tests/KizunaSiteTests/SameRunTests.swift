import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Link and image errors come in the same run as field errors in other files (issue 16, attack
/// 5): the files without errors are still derived, routed and checked; a link to a file with
/// errors is not called dead; nothing is written while any error stands.
@Suite struct SameRunTests {
    static let now = "2026-11-25T12:00:00+09:00"
    let cli = KizunaCLI()

    /// A field error in b.md, a dead link in a.md, an image to nothing in c.md, and links to the
    /// broken b.md itself (by file, by site path, to a tag only it has, an event's report).
    static let files: [String: String] = [
        "site.yaml": minimalSiteYAML,
        "news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n[x](/nowhere/)と[B](b.md)と[B2](/news/b/)と[タグ](/news/tags/only-b/)\n",
        "news/b.md": "---\ntitle: B\ndate: 2024-01-02\ntags: [only-b]\naudience: everyone\n---\n本文\n",
        "news/c.md": "---\ntitle: C\ndate: 2024-01-03\n---\n![会場](../static/missing.png)\n",
        "events/e.yaml": "title: E\nstart: 2024-01-01T19:00:00+09:00\nmode: online\naudience: public\nonline_url: https://meet.example.com/x\nreport: b\n",
    ]

    static let expected = [
        "<dir>/news/a.md:5:1: error: link '/nowhere/' points to no page or file of this site",
        "<dir>/news/b.md:5:11: error: 'audience' must be one of public, members, not 'everyone'",
        "<dir>/news/c.md:5:1: error: link '../static/missing.png' points to <dir>/static/missing.png, which does not exist; link a content file such as ../events/x.yaml or a site path such as /join/",
    ]

    @Test func buildReportsAllThreeAtOnceAndWritesNothing() throws {
        let dir = try TemporaryDirectory(Self.files)
        let lines = try buildErrors(Self.files)
        #expect(lines == Self.expected)
        // The command: the same problems, and no site.
        let run = try cli.run(["build", "--content", dir.path, "--theme", Repo.theme, "--output", dir.path + "-site", "--now", Self.now],
                              environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        for line in Self.expected {
            #expect(run.err.contains(line.replacingOccurrences(of: "<dir>", with: dir.path)), "\(run.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "-site"))
    }

    @Test func checkReportsAllThreeAtOnce() throws {
        let dir = try TemporaryDirectory(Self.files)
        let run = try cli.run(["check", "--content", dir.path, "--theme", Repo.theme, "--now", Self.now, "--format", "json"])
        #expect(run.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
        let errors = entries.filter { $0["severity"] as? String == "error" }
            .map { "\(($0["file"] as? String ?? "").replacingOccurrences(of: dir.path, with: "<dir>")):\($0["line"] ?? 0):\($0["column"] ?? 0)" }
        #expect(errors == ["<dir>/news/a.md:5:1", "<dir>/news/b.md:5:11", "<dir>/news/c.md:5:1"])
        // Nothing about the links to b.md, its tag or the event's report.
        #expect(!run.out.contains("b.md'") && !run.out.contains("/news/b/") && !run.out.contains("only-b") && !run.out.contains("report"))
    }

    /// Once b.md is fixed, the links to it resolve and the other two errors are still there.
    @Test func theLinksToTheBrokenFileAreCheckedOnceItLoads() throws {
        var files = Self.files
        files["news/b.md"] = "---\ntitle: B\ndate: 2024-01-02\ntags: [only-b]\n---\n本文\n"
        let lines = try buildErrors(files)
        #expect(lines == [Self.expected[0], Self.expected[2]])
        // And a link to a b.md that is still missing its tag page would be dead then.
        files["news/b.md"] = "---\ntitle: B\ndate: 2024-01-02\n---\n本文\n"
        #expect(try buildErrors(files).contains("<dir>/news/a.md:5:41: error: link '/news/tags/only-b/' points to no page or file of this site"))
    }

    /// A file that breaks a rule across files (an image path) is left out the same way, and one
    /// whose YAML does not parse goes by its file name.
    @Test func filesBrokenByARuleOrByTheirYAMLAreLeftOutToo() throws {
        var files = Self.files
        files["news/b.md"] = "---\ntitle: B\ndate: 2024-01-02\ntags: [only-b]\nimage: /static/none.png\n---\n本文\n"
        var lines = try buildErrors(files)
        #expect(lines.filter { $0.contains("news/b.md") }.count == 1)
        #expect(lines.filter { !$0.contains("news/b.md") } == [Self.expected[0], Self.expected[2]])
        files["news/b.md"] = "---\ntitle: [B\n---\n本文\n"
        lines = try buildErrors(files)
        #expect(lines.filter { !$0.contains("news/b.md") } == [Self.expected[0], Self.expected[2]], "\(lines)")
    }

    /// A slug that is not the file name is known when `slug:` was readable: a link to the file
    /// name's page is then dead, and one to the slug's page waits.
    @Test func aBrokenFilesSlugIsItsSlugField() throws {
        var files = Self.files
        files["news/b.md"] = "---\ntitle: B\nslug: bee\ndate: 2024-01-02\naudience: everyone\n---\n本文\n"
        files["news/a.md"] = "---\ntitle: A\ndate: 2024-01-01\n---\n[1](/news/bee/)と[2](/news/b/)\n"
        let lines = try buildErrors(files)
        #expect(lines.contains("<dir>/news/a.md:5:1: error: link '/news/bee/' points to no page or file of this site") == false)
        #expect(lines.contains("<dir>/news/a.md:5:17: error: link '/news/b/' points to no page or file of this site"), "\(lines)")
        // The event's `report: b` names the file name, not the slug: reported too.
        #expect(lines.contains { $0.hasPrefix("<dir>/events/e.yaml:6:9: error: 'report' names the news post 'b'") })
    }

    /// With site.yaml broken, dates, audiences and the base path are unknown: links wait.
    @Test func aBrokenSiteYAMLStillStopsBeforeLinks() throws {
        var files = Self.files
        files["site.yaml"] = "title: t\n"
        let lines = try buildErrors(files)
        #expect(lines.contains { $0.hasPrefix("<dir>/site.yaml") })
        #expect(!lines.contains { $0.contains("/nowhere/") })
    }

    /// Editor warnings (and the build's own) come with the errors, from the files that loaded.
    @Test func editorWarningsComeInTheSameRun() throws {
        var files = Self.files
        files["events/recent.yaml"] = "title: R\nstart: 2026-11-20T19:00:00+09:00\nmode: online\naudience: public\nonline_url: https://meet.example.com/x\n"
        let dir = try TemporaryDirectory(files)
        let run = try cli.run(["check", "--content", dir.path, "--theme", Repo.theme, "--now", Self.now, "--format", "github"])
        #expect(run.status == 1)
        #expect(run.out.contains("::warning file=\(dir.path)/events/recent.yaml"), "\(run.out)")
        #expect(run.out.contains("::error file=\(dir.path)/news/a.md,line=5,col=1::"))
    }
}
