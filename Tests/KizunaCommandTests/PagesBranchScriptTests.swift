import Foundation
import Testing

/// scripts/pages-branch.sh, which the publish and check workflows use to push to the gh-pages
/// branch: run against a local bare repository in place of GitHub.
@Suite struct PagesBranchScriptTests {
    static let script = Repo.root + "/scripts/pages-branch.sh"

    func run(_ arguments: [String], remote: String) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PAGES_REMOTE"] = remote
        environment.removeValue(forKey: "GITHUB_TOKEN")
        process.environment = environment
        let child = try ChildProcess.run(process)
        return (child.status, child.outText, child.errText)
    }

    func git(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let child = try ChildProcess.run(process)
        #expect(child.status == 0, "git \(arguments): \(child.errText)")
        return child.outText
    }

    func tree(_ remote: String, _ path: String = "") throws -> [String] {
        try git(["--git-dir", remote, "ls-tree", "--name-only", "gh-pages" + (path.isEmpty ? "" : ":" + path)])
            .split(separator: "\n").map(String.init)
    }

    @Test func theSiteAndThePreviewsShareTheBranch() throws {
        let work = try TemporaryDirectory()
        let remote = work.path + "/origin.git"
        _ = try git(["init", "-q", "--bare", remote])
        let cli = KizunaCLI()
        for (name, now) in [("main", "2026-11-25T12:00:00+09:00"), ("preview", "2026-11-26T12:00:00+09:00")] {
            let built = try cli.run(["build", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme,
                                     "--output", work.path + "/" + name, "--now", now, "--quiet"])
            #expect(built.status == 0, "\(built.err)")
        }

        // Removing from a branch that does not exist creates nothing.
        #expect(try run(["remove", "3"], remote: remote).status == 0)
        #expect(try git(["--git-dir", remote, "branch", "--list"]).isEmpty)

        #expect(try run(["site", work.path + "/main"], remote: remote).status == 0)
        #expect(try run(["preview", "3", work.path + "/preview"], remote: remote).status == 0)
        #expect(try run(["preview", "5", work.path + "/preview"], remote: remote).status == 0)
        #expect(try tree(remote, "previews") == ["pr-3", "pr-5"])
        // The preview is the built site, without Kizuna's own records.
        let expected = try FileManager.default.contentsOfDirectory(atPath: work.path + "/preview").filter { !$0.hasPrefix(".kizuna-") }.sorted()
        #expect(try tree(remote, "previews/pr-3") == expected)
        #expect(try tree(remote).contains(".nojekyll") && !(try tree(remote).contains(".kizuna-site")))

        // The main site's deploy replaces the rest, keeps previews/ and CNAME, and squashes history.
        let clone = work.path + "/clone"
        _ = try git(["clone", "-q", "-b", "gh-pages", remote, clone])
        try Data("alumni.example.org\n".utf8).write(to: URL(fileURLWithPath: clone + "/CNAME"))
        try Data("stale".utf8).write(to: URL(fileURLWithPath: clone + "/stale.html"))
        _ = try git(["-C", clone, "add", "-A"])
        _ = try git(["-C", clone, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "by hand"])
        _ = try git(["-C", clone, "push", "-q", "origin", "gh-pages"])
        #expect(try run(["site", work.path + "/main"], remote: remote).status == 0)
        let root = try tree(remote)
        #expect(root.contains("CNAME") && root.contains("previews") && !root.contains("stale.html"))
        #expect(try git(["--git-dir", remote, "rev-list", "--count", "gh-pages"]) == "1\n")

        #expect(try run(["remove", "3"], remote: remote).status == 0)
        #expect(try tree(remote, "previews") == ["pr-5"])

        // Only a pull request's number, and only a folder kizuna built.
        #expect(try run(["preview", "../x", work.path + "/preview"], remote: remote).status == 64)
        #expect(try run(["preview", "4", work.path], remote: remote).status == 64)
    }
}
