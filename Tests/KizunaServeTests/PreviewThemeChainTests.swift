import Foundation
import Testing
@testable import KizunaBuild
@testable import KizunaServe

/// `kizuna serve` rebuilds on a change in any theme of the chain, not only the one named.
@Suite struct PreviewThemeChainTests {
    @Test func theWatcherWatchesEveryThemeOfTheChain() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        try work.write(["acme/theme.yaml": "extends: \(Repo.theme)\n"])
        let options = PreviewSession.Options(contentDirectory: work.path + "/content", themeDirectory: work.path + "/acme", audience: .public,
                                             drafts: false, now: "2026-11-25T12:00:00+09:00", port: 0, pollInterval: .milliseconds(20))
        let session = PreviewSession(options: options, folder: work.path + "/preview") { _ in }
        #expect(session.watchedFolders == [work.path + "/content", work.path + "/acme", Repo.theme])
    }
}
