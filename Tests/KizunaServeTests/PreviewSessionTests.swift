import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaServe
@testable import KizunaSite

/// The preview's watcher in process, where a test can act at the exact moment a race needs:
/// no guess of how long a build takes.
@Suite struct PreviewSessionTests {
    static func post(_ title: String) -> Data { Data("---\ntitle: \(title)\ndate: 2026-11-20\n---\n本文です。\n".utf8) }

    /// A file saved while a build runs, after it has read the content, is built too: the watcher
    /// compares with the folders as they were when the build started, not after it. Both
    /// moments: around the first build (before the watcher looks), and during a rebuild.
    @Test func aFileSavedDuringABuildIsBuiltToo() async throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let first = work.path + "/content/news/first.md", second = work.path + "/content/news/second.md"
        let (events, told) = AsyncStream.makeStream(of: PreviewSession.Event.self)
        let options = PreviewSession.Options(contentDirectory: work.path + "/content", themeDirectory: Repo.theme, audience: .public,
                                             drafts: false, now: "2026-11-25T12:00:00+09:00", port: 0, pollInterval: .milliseconds(20))
        let session = PreviewSession(options: options, folder: work.path + "/preview") { event in
            // `.built` of the first rebuild: it has read the content and written the site, and
            // the watcher has not looked again (it waits for this call). Save the second file now.
            if case .built(_, _, rebuild: true) = event, !FileManager.default.fileExists(atPath: second) {
                try? Self.post("二つ目").write(to: URL(fileURLWithPath: second), options: .atomic)
            }
            told.yield(event)
        }
        session.build()
        // Saved after the first build and before the watcher's first look (as when `kizuna serve`
        // is still starting): the watcher starts from the folders the build found, so it sees this.
        try Self.post("一つ目").write(to: URL(fileURLWithPath: first), options: .atomic)
        let watching = Task { await session.watch() }
        defer { watching.cancel() }

        // Bounded: a watcher that never builds again ends the wait after 10 minutes. Generous on
        // purpose: the watcher runs on the test pool, which a full run's synchronous tests can hold
        // for minutes (this test has taken over 400 s there while passing).
        let bound = Task {
            try await Task.sleep(for: .seconds(600))
            told.finish()
        }
        defer { bound.cancel() }
        var rebuilds = 0, initial = 0
        waiting: for await event in events {
            switch event {
            case .built(_, _, rebuild: false): initial += 1
            case .built(_, _, rebuild: true):
                rebuilds += 1
                if rebuilds == 2 { break waiting }
            case .failed(let diagnostics):
                Issue.record("a build failed: \(diagnostics.map(\.description))")
                break waiting
            default: continue
            }
        }
        #expect(initial == 1)
        #expect(rebuilds == 2, "\(rebuilds) rebuilds: a file saved during a build was never built")
        let site = work.path + "/preview/site"
        #expect(FileManager.default.fileExists(atPath: site + "/news/first/index.html"))
        #expect(FileManager.default.fileExists(atPath: site + "/news/second/index.html"))
        // The watcher ends before the folders are removed (it would see that as a change).
        watching.cancel()
        await watching.value
    }
}
