import Foundation
import Testing
@testable import KizunaCore

/// Rendered pages of the `sites/small` fixture compared byte for byte with recorded files.
/// Re-record on purpose: `KIZUNA_RECORD_GOLDEN=1 swift test --filter GoldenPageTests`.
@Suite struct GoldenPageTests {
    static let pages = [
        "index.html",
        "news/index.html",
        "news/first-meetup/index.html",
        "events/winter-meetup/index.html",
        "events/autumn-roundtable/index.html",
        "opportunities/index.html",
        "opportunities/mentor-coach/index.html",
        "directory/index.html",
        "directory/open-book/index.html",
        "network/index.html",
        "surveys/annual-2026/index.html",
        "asks/advice/index.html",
        "about/index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
    ]

    static let built: Result<[String: Data], Error> = Result {
        let out = try TemporaryDirectory()
        try Build(settings(content: Repo.fixtures + "/sites/small", output: out.path + "/site", audience: .members)).run()
        return snapshot(of: out.path + "/site")
    }

    @Test(arguments: pages)
    func pageMatchesGoldenFile(_ page: String) throws {
        let files = try Self.built.get()
        let actual = try #require(files[page], "\(page) was not built")
        let golden = Repo.fixtures + "/golden/" + page.replacingOccurrences(of: "/", with: "__")
        if ProcessInfo.processInfo.environment["KIZUNA_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: Repo.fixtures + "/golden", withIntermediateDirectories: true)
            try actual.write(to: URL(fileURLWithPath: golden))
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: golden), "no golden file \(golden); record it")
        if actual != expected {
            let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("""
            \(page) differs from its golden file at line \(line + 1):
              expected: \(line < e.count ? String(e[line]) : "<end>")
              actual:   \(line < a.count ? String(a[line]) : "<end>")
            """)
        }
    }
}
