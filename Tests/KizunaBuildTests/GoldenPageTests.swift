import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Every page and generated file of the `sites/small` fixture, in both builds, compared byte for
/// byte with recorded files under `Fixtures/golden/<audience>/` (copied files — static files and
/// theme assets — are left out: they are the sources themselves).
///
/// Re-record on purpose: `KIZUNA_RECORD_GOLDEN=1 swift test --filter GoldenPageTests`. The run
/// prints which files it added, changed and removed; a golden file that no build renders any
/// more fails the suite (and a recording run removes it, reporting that it did).
@Suite struct GoldenPageTests {
    static var recording: Bool { recordingGoldenFiles }

    static func rendered(_ audience: Audience) throws -> [String: Data] {
        let out = try TemporaryDirectory()
        let files = try Build(settings(content: Repo.fixtures + "/sites/small", output: out.path + "/site", audience: audience))
            .renderedFiles().files
        var generated: [String: Data] = [:]
        for file in files {
            if case .bytes(let data) = file.contents { generated[file.path] = data }
        }
        return generated
    }

    @Test(arguments: Audience.allCases)
    func theBuiltSiteMatchesItsGoldenFiles(_ audience: Audience) throws {
        let root = Repo.fixtures + "/golden/" + audience.rawValue
        let actual = try Self.rendered(audience)
        #expect(actual.count > 20, "the fixture builds too few files to cover the page kinds")
        let recorded = snapshot(of: root)

        if Self.recording {
            var report: [String] = []
            for (path, data) in actual.sorted(by: { $0.key < $1.key }) where recorded[path] != data {
                let url = URL(fileURLWithPath: root + "/" + path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
                report.append((recorded[path] == nil ? "added   " : "changed ") + path)
            }
            let stale = Set(recorded.keys).subtracting(actual.keys).sorted()
            for path in stale { try FileManager.default.removeItem(atPath: root + "/" + path) }
            report += stale.map { "removed " + $0 }
            FileHandle.standardError.write(Data("golden/\(audience.rawValue): \(report.isEmpty ? "unchanged" : "\n  " + report.joined(separator: "\n  "))\n".utf8))
            if !stale.isEmpty { Issue.record("removed golden files no build renders any more: \(stale.joined(separator: ", "))") }
            return
        }

        for path in Set(recorded.keys).subtracting(actual.keys).sorted() {
            Issue.record("golden/\(audience.rawValue)/\(path) is rendered by no build any more; remove it (or re-record)")
        }
        for (path, data) in actual.sorted(by: { $0.key < $1.key }) {
            guard let expected = recorded[path] else {
                Issue.record("\(path) (\(audience.rawValue) build) has no golden file; record it")
                continue
            }
            if data != expected { Issue.record(Self.firstDifference(path, actual: data, expected: expected)) }
        }
    }

    // MARK: - A build for a preview address (`--base-url`)

    /// A pull request's preview: the fixture (base_url https://alumni.example.org/portal/) built
    /// for another host and a deeper path, as `kizuna build --base-url` builds it.
    static let previewBase = "https://preview.example.org/alumni/previews/pr-12/"

    /// The files recorded under `Fixtures/golden/preview/`: pages, feeds, calendars, the
    /// sitemap, robots.txt and the search index, where every kind of address appears.
    static let previewFiles = [
        "index.html", "news/first-meetup/index.html", "events/winter-meetup/index.html", "404.html", "news/feed.xml",
        "news/feed.json", "opportunities/feed.xml", "events/winter-meetup.ics", "sitemap.xml", "robots.txt", "search/index.json",
    ]

    static func renderedForPreview() throws -> [String: Data] {
        let out = try TemporaryDirectory()
        var settings = settings(content: Repo.fixtures + "/sites/small", output: out.path + "/site")
        settings.options.baseURL = try BaseURL.parse(previewBase).get()
        return try Build(settings).renderedFiles().files.bytes
    }

    /// Every absolute and root-relative link, canonical, og:url, feed id, calendar URL and asset
    /// URL of these files, as recorded: the preview's host and path.
    @Test func aBuildForAPreviewAddressMatchesItsGoldenFiles() throws {
        let root = Repo.fixtures + "/golden/preview"
        let rendered = try Self.renderedForPreview()
        if Self.recording {
            var report: [String] = []
            for path in Self.previewFiles {
                let data = try #require(rendered[path], "\(path) is not built")
                let url = URL(fileURLWithPath: root + "/" + path)
                if FileManager.default.contents(atPath: url.path) == data { continue }
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
                report.append("recorded " + path)
            }
            FileHandle.standardError.write(Data("golden/preview: \(report.isEmpty ? "unchanged" : "\n  " + report.joined(separator: "\n  "))\n".utf8))
            return
        }
        #expect(Set(snapshot(of: root).keys) == Set(Self.previewFiles), "golden/preview holds other files than previewFiles; re-record")
        for path in Self.previewFiles {
            let data = try #require(rendered[path], "\(path) is not built")
            guard let expected = FileManager.default.contents(atPath: root + "/" + path) else {
                Issue.record("golden/preview/\(path) is missing; record it")
                continue
            }
            if data != expected { Issue.record(Self.firstDifference(path, actual: data, expected: expected)) }
        }
    }

    /// Beyond the recorded files: no generated file of the preview build names the site.yaml
    /// address or its path. (The members build's address, members.alumni.example.org, is another
    /// site and stays.)
    @Test func noFileOfAPreviewBuildLinksToTheSiteYAMLAddress() throws {
        let rendered = try Self.renderedForPreview()
        #expect(rendered.count > 20)
        var found: [String] = []
        for (path, data) in rendered.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            for stale in ["//alumni.example.org", #"="/portal/"#, #""/portal/"#, "'/portal/"] where text.contains(stale) {
                found.append("\(path): \(stale)")
            }
        }
        #expect(found.isEmpty, "\(found)")
        let home = String(decoding: try #require(rendered["index.html"]), as: UTF8.self)
        let rootRelative = try Regex(#"(?:href|src|action)="(/[^"]*)""#)
        let paths = home.matches(of: rootRelative).map { String($0.output[1].substring ?? "") }
        #expect(paths.count > 10)
        #expect(paths.allSatisfy { $0.hasPrefix("/alumni/previews/pr-12/") }, "\(paths.filter { !$0.hasPrefix("/alumni/previews/pr-12/") })")
    }

    static func firstDifference(_ path: String, actual: Data, expected: Data) -> Comment {
        let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        return """
        \(path) differs from its golden file at line \(line + 1):
          expected: \(line < e.count ? String(e[line]) : "<end>")
          actual:   \(line < a.count ? String(a[line]) : "<end>")
        """
    }
}
