import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A build whose output was made from exactly the same inputs does nothing; any change to the
/// content, the theme or the options builds again, and gives what a clean build gives. Every
/// build here keeps `.kizuna-cache/` (rendered Markdown and news cards) as the command does,
/// with a secret, so cards are cached too.
@Suite struct UnchangedBuildTests {
    func project() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: dir.path + "/content")
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: dir.path + "/theme")
        return dir
    }

    static let secret = Array("unchanged-build-tests".utf8)

    @discardableResult
    func build(_ dir: TemporaryDirectory, audience: Audience = .members, now: Date = fixedNow, skip: Bool = true,
               output: String = "site") throws -> Build.Report {
        var settings = Build.Settings(contentDirectory: dir.path + "/content", themeDirectory: dir.path + "/theme",
                                      outputDirectory: dir.path + "/" + output,
                                      options: BuildOptions(audience: audience, now: now), useCache: skip,
                                      cacheDirectory: dir.path + "/.kizuna-cache")
        settings.cacheSecret = Self.secret
        return try Build(settings).run()
    }

    @Test func sameInputsSkipDifferentInputsBuild() throws {
        let dir = try project()
        let first = try build(dir)
        #expect(!first.unchanged)
        let marker = dir.path + "/site/" + BuiltSite.markerName
        let written = try FileManager.default.attributesOfItem(atPath: marker)[.modificationDate] as? Date

        let second = try build(dir)
        #expect(second.unchanged)
        #expect(second.pages == first.pages && second.files == first.files)
        #expect(try FileManager.default.attributesOfItem(atPath: marker)[.modificationDate] as? Date == written)

        #expect(!(try build(dir, audience: .public)).unchanged)
        #expect(!(try build(dir, audience: .public, now: fixedNow.addingTimeInterval(1))).unchanged)
        #expect(!(try build(dir, audience: .public, now: fixedNow.addingTimeInterval(1), skip: false)).unchanged)
        // --no-cache still records its inputs, so the next build can skip.
        #expect(try build(dir, audience: .public, now: fixedNow.addingTimeInterval(1)).unchanged)
    }

    func inode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
    }

    /// Editing one post re-renders what shows it and takes every other page from the previous
    /// build (the same file, linked); the result is what a clean build gives.
    @Test func unchangedPagesAreTakenFromThePreviousBuild() throws {
        let dir = try project()
        try build(dir)
        let survey = dir.path + "/site/surveys/annual-2026/index.html", post = dir.path + "/site/news/first-meetup/index.html"
        let (surveyBefore, postBefore) = (try inode(survey), try inode(post))
        let source = dir.path + "/content/news/first-meetup.md"
        let text = try String(contentsOfFile: source, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: 改訂 ").write(toFile: source, atomically: true, encoding: .utf8)
        try build(dir)
        #expect(try inode(survey) == surveyBefore)
        #expect(try inode(post) != postBefore)
        try build(dir, skip: false, output: "clean")
        #expect(snapshot(of: dir.path + "/site") == snapshot(of: dir.path + "/clean"))
        // --no-cache renders every page again.
        let surveyAfter = try inode(survey)
        try build(dir, skip: false)
        #expect(try inode(survey) != surveyAfter)
    }

    /// The cache is used (the rebuild renders only the edited body), and a change to the news
    /// card's template reaches every card taken from it: lists, tag pages and the home page.
    @Test func cachedResultsAreUsedAndATemplateEditReachesEveryCard() throws {
        let dir = try project()
        try build(dir)
        let cache = dir.path + "/.kizuna-cache"
        let engine = try #require(InputFingerprint.engine())
        let posts = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/content/news").filter { $0.hasSuffix(".md") }
        #expect(ResultCache(folder: cache, name: "markdown", engine: engine).counts.read >= posts.count)
        #expect(ResultCache(folder: cache, name: "news-cards", engine: engine, authenticatedBy: SipHash(secret: Self.secret)).counts.read >= 1)

        let card = dir.path + "/theme/templates/partials/news-card.mustache"
        let template = try String(contentsOfFile: card, encoding: .utf8)
        try (template + "<!-- card v2 -->").write(toFile: card, atomically: true, encoding: .utf8)
        try build(dir)
        try build(dir, skip: false, output: "clean")
        let incremental = snapshot(of: dir.path + "/site"), clean = snapshot(of: dir.path + "/clean")
        #expect(incremental == clean)
        let withCards = incremental.filter { String(decoding: $0.value, as: UTF8.self).contains("<!-- card v2 -->") }.keys
        #expect(withCards.contains("index.html") && withCards.contains("news/index.html"))
        #expect(withCards.contains { $0.hasPrefix("news/tags/") && $0 != "news/tags/index.html" })
    }

    /// A damaged cache file (a build killed while appending, a disk error) costs time, never a
    /// wrong page: the build gives what a clean build gives and writes the file afresh.
    @Test func aDamagedCacheIsIgnored() throws {
        let dir = try project()
        try build(dir)
        let file = dir.path + "/.kizuna-cache/markdown"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count / 2] ^= 0xff
        bytes.removeLast(7)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        try build(dir, now: fixedNow.addingTimeInterval(60))
        try build(dir, now: fixedNow.addingTimeInterval(60), skip: false, output: "clean")
        #expect(snapshot(of: dir.path + "/site") == snapshot(of: dir.path + "/clean"))
        let engine = try #require(InputFingerprint.engine())
        let reread = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(ResultCache.entries(of: reread, header: ResultCache(folder: nil, name: "markdown", engine: engine).header).sound)
    }

    @Test func anEditedPostOrStringRebuildsLikeACleanBuild() throws {
        let dir = try project()
        try build(dir)
        let post = dir.path + "/content/news/first-meetup.md"
        let text = try String(contentsOfFile: post, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: 改訂 ").write(toFile: post, atomically: true, encoding: .utf8)
        let strings = dir.path + "/theme/i18n/ja.yaml"
        let ja = try String(contentsOfFile: strings, encoding: .utf8)
        try ja.replacingOccurrences(of: "  older: ", with: "  older: 前へ・").write(toFile: strings, atomically: true, encoding: .utf8)

        let rebuilt = try build(dir)
        #expect(!rebuilt.unchanged)
        try build(dir, skip: false, output: "clean")
        #expect(snapshot(of: dir.path + "/site") == snapshot(of: dir.path + "/clean"))
        try FileManager.default.removeItem(atPath: dir.path + "/clean")
        let incremental = snapshot(of: dir.path + "/site")
        let page = String(decoding: try #require(incremental["news/first-meetup/index.html"]), as: UTF8.self)
        #expect(page.contains("<h1>改訂 "))
        let neighbour = incremental.values.map { String(decoding: $0, as: UTF8.self) }.contains { $0.contains("前へ・") }
        #expect(neighbour)
    }
}
