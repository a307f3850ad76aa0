import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The `kizuna` executable itself: exit codes and what it prints. `swift build --build-tests`
/// (as scripts/test.sh runs it) builds it next to the test bundle.
@Suite struct CommandLineTests {
    static var binary: String { KizunaCLI.binary }

    func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try KizunaCLI().run(arguments, environment: environment, directory: directory)
    }

    @Test func buildsAndReportsWhatItWrote() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build the executable first: swift build --build-tests")
        let work = try TemporaryDirectory()
        let result = try run(["build", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme,
                              "--output", work.path + "/site"], environment: ["SOURCE_DATE_EPOCH": "1795000000"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Built "))
        #expect(result.out.contains("public build"))
        #expect(FileManager.default.fileExists(atPath: work.path + "/site/index.html"))
    }

    @Test func failsWithEveryErrorLocatedAndLeavesTheOutput() throws {
        let work = try TemporaryDirectory([
            "content/site.yaml": "title: x\nbase_url: https://a.example/\n",
            "content/events/a.yaml": "title: a\nstart: 2024-01-01\nmode: boat\n",
            "content/news/b.md": "---\ndate: 2024-01-01\n---\n",
            "site/index.html": "old",
        ])
        let result = try run(["build", "--content", work.path + "/content", "--theme", Repo.theme, "--output", work.path + "/site",
                              "--now", "2024-06-01T00:00:00+09:00"])
        #expect(result.status == 1)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.contains(work.path + "/content/events/a.yaml:3:7: error: 'mode' must be one of in-person, online, hybrid, not 'boat'"))
        #expect(lines.contains(work.path + "/content/news/b.md:2:1: error: missing required field 'title'"))
        #expect(lines.contains("    mode: boat"))
        #expect(lines.last == "build failed: 2 errors; \(work.path)/site/ was left unchanged")
        #expect(FileManager.default.contents(atPath: work.path + "/site/index.html") == Data("old".utf8))
    }

    /// Hundreds of broken files: far more than a pipe holds (64 KB) on standard error, while
    /// standard output stays open. Reading one pipe to its end before the other would hang here.
    @Test func aFailureLongerThanAPipeIsReadWhole() throws {
        let mode = String(repeating: "boat", count: 150)
        var files = ["content/site.yaml": "title: x\nbase_url: https://a.example/\n"]
        for i in 1...300 { files["content/events/e\(i).yaml"] = "title: a\nstart: 2024-01-01\nmode: \(mode)\n" }
        let work = try TemporaryDirectory(files)
        let result = try run(["build", "--content", work.path + "/content", "--theme", Repo.theme, "--output", work.path + "/site",
                              "--now", "2024-06-01T00:00:00+09:00"])
        #expect(result.status == 1)
        #expect(result.err.utf8.count > 2 * 65_536, "\(result.err.utf8.count) bytes")
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(".yaml:3:7: error: 'mode' must be one of in-person, online, hybrid, not 'boatboat") }.count == 200)
        #expect(lines.contains("    mode: " + mode))
        #expect(lines.suffix(2) == ["… and 100 more", "build failed: 300 errors; \(work.path)/site/ was left unchanged"])
    }

    /// The trap of a preview build written into content/static/: the next build would publish it.
    @Test func refusesAnOutputInsideTheContentAndAForeignFolder() throws {
        let work = try TemporaryDirectory([
            "content/site.yaml": "title: x\nbase_url: https://a.example/\n", "content/static/a.txt": "a",
            "web/index.html": "<h1>app</h1>", "web/README.md": "mine",
        ])
        let inside = try run(["build", "--content", work.path + "/content", "--theme", Repo.theme,
                              "--output", work.path + "/content/static/preview", "--now", "2024-06-01"])
        #expect(inside.status == 1)
        #expect(inside.err.contains("is inside \(ContentLoader.resolved(work.path + "/content")), so the next build would read the built site as content"))
        #expect(!FileManager.default.fileExists(atPath: work.path + "/content/static/preview"))
        let foreign = try run(["build", "--content", work.path + "/content", "--theme", Repo.theme, "--output", work.path + "/web", "--now", "2024-06-01"])
        #expect(foreign.status == 1)
        #expect(foreign.err.contains("was not built by Kizuna"))
        #expect(snapshot(of: work.path + "/web").keys.sorted() == ["README.md", "index.html"])
    }

    @Test func rejectsABadNow() throws {
        let result = try run(["build", "--now", "next week"])
        #expect(result.status == 64)
        #expect(result.err.contains("--now must be a date-time with offset"))
    }
}
