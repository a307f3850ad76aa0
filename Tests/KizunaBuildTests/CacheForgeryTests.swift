import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// `.kizuna-cache/` cannot put into a page what the content could not (issue 16, attack 11):
/// its checksum is public, so an entry rewritten with a recomputed checksum passes it. Markdown
/// bodies are checked again when read (`RenderedHTMLRules`), with no key, so CI's cache stays
/// warm; news cards are kept only with a secret and authenticated by it.
@Suite struct CacheForgeryTests {
    static let onerror = "<img src=x onerror=alert(1)>"

    func project(rawHTML: Bool = false) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: dir.path + "/content")
        if rawHTML {
            let site = dir.path + "/content/site.yaml"
            try (try String(contentsOfFile: site, encoding: .utf8) + "markdown: {raw_html: true}\n").write(toFile: site, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// A build as the command makes one (the cache beside the content); each call another "now",
    /// so nothing is skipped as unchanged.
    func build(_ dir: TemporaryDirectory, secret: String? = nil, minute: Double, output: String = "site", cache: Bool = true) throws {
        var settings = Build.Settings(contentDirectory: dir.path + "/content", themeDirectory: Repo.theme, outputDirectory: dir.path + "/" + output,
                                      options: BuildOptions(audience: .members, now: fixedNow.addingTimeInterval(60 * minute)),
                                      useCache: cache, cacheDirectory: dir.path + "/.kizuna-cache")
        settings.cacheSecret = secret.map { Array($0.utf8) }
        try Build(settings).run()
    }

    /// Every output file that contains `text`.
    func files(containing text: String, in folder: String) -> [String] {
        snapshot(of: folder).filter { String(decoding: $0.value, as: UTF8.self).contains(text) }.keys.sorted()
    }

    /// Rewrites one entry of a cache file as an attacker would: the value changed by `change`,
    /// the checksum recomputed (`authenticator`: under a key, as a keyed cache's entries are).
    func forge(_ file: String, header: [UInt8], read: SipHash? = nil, write: SipHash? = nil,
               where pick: (ArraySlice<UInt8>) -> Bool, _ change: (ArraySlice<UInt8>) -> [UInt8]) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        let entries = ResultCache.entries(of: bytes, header: header, authenticator: read).entries
        let targets = entries.filter { pick($0.value) }
        try #require(!targets.isEmpty, "no entry to forge")
        var out = header
        for (key, value) in entries {
            ResultCache.append(key, targets[key] == nil ? value : change(value)[...], to: &out, authenticator: write)
        }
        try Data(out).write(to: URL(fileURLWithPath: file))
    }

    func markdownHeader() throws -> [UInt8] {
        ResultCache(folder: nil, name: "markdown", engine: try #require(InputFingerprint.engine())).header
    }

    /// The body of `first-meetup` with `html` in place of its HTML, encoded as the cache keeps it.
    func rewriting(_ html: @escaping (String) -> String) -> (ArraySlice<UInt8>) -> [UInt8] {
        { value in
            var body = RenderedMarkdown(cacheBytes: value)!
            body.html = html(body.html)
            return body.cacheBytes
        }
    }

    static func isFirstMeetup(_ value: ArraySlice<UInt8>) -> Bool {
        RenderedMarkdown(cacheBytes: value)?.html.contains("30名が参加しました") == true
    }

    /// The attack of the report: an onerror image in a cached body, checksum recomputed. It
    /// reaches no page and no feed, and the entry is replaced by a sound one.
    @Test func aForgedBodyReachesNoOutput() throws {
        let dir = try project()
        try build(dir, minute: 0)
        let file = dir.path + "/.kizuna-cache/markdown"
        try forge(file, header: try markdownHeader(), where: Self.isFirstMeetup, rewriting { Self.onerror + $0 })
        try build(dir, minute: 1)
        #expect(files(containing: "onerror", in: dir.path + "/site").isEmpty)
        // The page still shows the post, rendered afresh; the file no longer holds the forgery.
        #expect(!files(containing: "30名が参加しました", in: dir.path + "/site").isEmpty)
        let reread = ResultCache.entries(of: try [UInt8](Data(contentsOf: URL(fileURLWithPath: file))), header: try markdownHeader()).entries
        #expect(!reread.values.contains { RenderedMarkdown(cacheBytes: $0)?.html.contains("onerror") == true })
    }

    /// Every way the HTML could carry script, each refused; the same build would have put the
    /// forgery into the page and the feeds before (the positive control proves entries are read).
    @Test(arguments: [
        "<img src=x onerror=alert(1)>", "<img src=\"x\" onerror=\"alert(1)\" />", "<script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"java\tscript:x\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>", "<p style=\"background:url(javascript:x)\">x</p>", "<svg onload=alert(1)>",
        "<!-- x --><script>x</script>", "<a href=\"data:text/html,x\">x</a>", "<p class=\"x\" onclick=\"x\">x</p>", "<img src=\"x\"",
    ])
    func noScriptShapeIsAdmitted(html: String) throws {
        let dir = try project()
        try build(dir, minute: 0)
        try forge(dir.path + "/.kizuna-cache/markdown", header: try markdownHeader(), where: Self.isFirstMeetup, rewriting { "<p>FORGED</p>" + html + $0 })
        try build(dir, minute: 1)
        #expect(files(containing: "FORGED", in: dir.path + "/site").isEmpty, "\(html)")
    }

    /// HTML the renderer could have made is taken from the cache, without a key: CI's cache stays
    /// warm. (A sound forgery shows it: it is used, as any text the content could hold.)
    @Test func soundEntriesAreUsedWithoutAKey() throws {
        let dir = try project()
        try build(dir, minute: 0)
        try forge(dir.path + "/.kizuna-cache/markdown", header: try markdownHeader(), where: Self.isFirstMeetup,
                  rewriting { "<p>FROM THE CACHE <a href=\"https://example.org/\">x</a></p>\n" + $0 })
        try build(dir, minute: 1)
        let pages = files(containing: "FROM THE CACHE", in: dir.path + "/site")
        #expect(pages.contains("news/first-meetup/index.html"))
        #expect(pages.contains("news/feed.xml") && pages.contains("news/feed.json"))
    }

    /// With raw HTML on, the writer may write any HTML but a filtered tag: so may the cache.
    @Test func withRawHTMLTheTagFilterHolds() throws {
        let dir = try project(rawHTML: true)
        try build(dir, minute: 0)
        try forge(dir.path + "/.kizuna-cache/markdown", header: try markdownHeader(), where: Self.isFirstMeetup,
                  rewriting { "<p>FORGED</p><script>alert(1)</script>" + $0 })
        try build(dir, minute: 1)
        #expect(files(containing: "FORGED", in: dir.path + "/site").isEmpty)
        #expect(files(containing: "<script>alert", in: dir.path + "/site").isEmpty)
    }

    // MARK: News cards

    func cardsHeader(_ secret: String?) throws -> [UInt8] {
        ResultCache(folder: nil, name: "news-cards", engine: try #require(InputFingerprint.engine()),
                    authenticatedBy: secret.map { SipHash(secret: Array($0.utf8)) }).header
    }

    static func isFirstMeetupCard(_ value: ArraySlice<UInt8>) -> Bool {
        String(decoding: value, as: UTF8.self).contains("初の交流会")
    }

    static func forgedCard(_ value: ArraySlice<UInt8>) -> [UInt8] { Array((onerror + String(decoding: value, as: UTF8.self)).utf8) }

    /// Cards are template output: no rule tells a forged one, so only an entry written under the
    /// secret is read. Forged with the public checksum, or under another key: no page shows it.
    @Test func aForgedCardNeedsTheSecret() throws {
        let dir = try project()
        try build(dir, secret: "s3cret", minute: 0)
        let file = dir.path + "/.kizuna-cache/news-cards"
        let key = SipHash(secret: Array("s3cret".utf8))
        // The public checksum, with the keyed header (the keyless header is another file's).
        try forge(file, header: try cardsHeader("s3cret"), read: key, write: nil, where: Self.isFirstMeetupCard, Self.forgedCard)
        try build(dir, secret: "s3cret", minute: 1)
        #expect(files(containing: "onerror", in: dir.path + "/site").isEmpty)
        // Another key.
        try forge(file, header: try cardsHeader("s3cret"), read: key, write: SipHash(secret: Array("guess".utf8)),
                  where: Self.isFirstMeetupCard, Self.forgedCard)
        try build(dir, secret: "s3cret", minute: 2)
        #expect(files(containing: "onerror", in: dir.path + "/site").isEmpty)
        // The positive control: under the secret itself the entry is used, so cards are cached.
        try forge(file, header: try cardsHeader("s3cret"), read: key, write: key, where: Self.isFirstMeetupCard, Self.forgedCard)
        try build(dir, secret: "s3cret", minute: 3)
        #expect(files(containing: "onerror", in: dir.path + "/site").contains("news/tags/event-report/index.html"))
    }

    /// Without a secret, cards are neither read nor written: a planted card file does nothing.
    @Test func withoutASecretCardsAreNotCached() throws {
        let dir = try project()
        try build(dir, secret: "s3cret", minute: 0)
        let file = dir.path + "/.kizuna-cache/news-cards"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        let entries = ResultCache.entries(of: bytes, header: try cardsHeader("s3cret"), authenticator: SipHash(secret: Array("s3cret".utf8))).entries
        var planted = try cardsHeader(nil)
        for (key, value) in entries { ResultCache.append(key, Self.isFirstMeetupCard(value) ? Self.forgedCard(value)[...] : value, to: &planted) }
        try Data(planted).write(to: URL(fileURLWithPath: file))
        try build(dir, minute: 1)
        #expect(files(containing: "onerror", in: dir.path + "/site").isEmpty)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: file))) == planted)
    }

    /// Incremental builds with a secret still equal a clean build.
    @Test func keyedCardsRebuildLikeACleanBuild() throws {
        let dir = try project()
        try build(dir, secret: "s3cret", minute: 0)
        try build(dir, secret: "s3cret", minute: 1)
        try build(dir, secret: "s3cret", minute: 1, output: "clean", cache: false)
        #expect(snapshot(of: dir.path + "/site") == snapshot(of: dir.path + "/clean"))
    }
}
