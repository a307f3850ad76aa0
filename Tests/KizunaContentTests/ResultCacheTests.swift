import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild

/// `.kizuna-cache/`'s files: what is saved is read back, a rebuild appends only what it made,
/// mostly unused files are written afresh, and damage or another engine means an empty cache.
@Suite struct ResultCacheTests {
    func key(_ text: String) -> ResultCache.Key {
        var hash = Hash128()
        hash.add(text)
        return ResultCache.Key(hash)
    }

    func size(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }

    @Test func savedEntriesAreReadBackAndOnlyNewOnesAppended() throws {
        let dir = try TemporaryDirectory()
        let first = ResultCache(folder: dir.path, name: "test", engine: "e1")
        for i in 0..<10 { first.insert(Array("value \(i)".utf8), for: key("k\(i)")) }
        first.save()
        let file = dir.path + "/test"
        let afterFirst = try size(file)

        let second = ResultCache(folder: dir.path, name: "test", engine: "e1")
        #expect(second.counts.read == 10)
        for i in 0..<10 { #expect(second.value(for: key("k\(i)")).map { Array($0) } == Array("value \(i)".utf8)) }
        #expect(second.value(for: key("absent")) == nil)
        second.insert(Array("new".utf8), for: key("k10"))
        second.save()
        // Appended: one entry (28 bytes of key, length and checksum, and 3 of value).
        #expect(try size(file) == afterFirst + ResultCache.overhead + 3)
        #expect(ResultCache(folder: dir.path, name: "test", engine: "e1").value(for: key("k10")).map { Array($0) } == Array("new".utf8))

        // Another engine never reads this engine's results.
        #expect(ResultCache(folder: dir.path, name: "test", engine: "e2").counts.read == 0)
    }

    @Test func aMostlyUnusedFileIsWrittenAfresh() throws {
        let dir = try TemporaryDirectory()
        let first = ResultCache(folder: dir.path, name: "test", engine: "e")
        for i in 0..<10 { first.insert(Array(repeating: UInt8(i), count: 100), for: key("k\(i)")) }
        first.save()
        let second = ResultCache(folder: dir.path, name: "test", engine: "e")
        _ = second.value(for: key("k3"))  // one of ten used: the other nine are dead
        second.insert([1, 2, 3], for: key("fresh"))
        second.save()
        let third = ResultCache(folder: dir.path, name: "test", engine: "e")
        #expect(third.counts.read == 2)
        #expect(third.value(for: key("k3")).map { Array($0) } == Array(repeating: 3, count: 100))
        #expect(third.value(for: key("fresh")).map { Array($0) } == [1, 2, 3])
    }

    /// Every truncation and every flipped byte of a file: no crash, no wrong value, and only
    /// entries before the damage are read.
    @Test func damageLosesEntriesButNeverGivesAWrongOne() throws {
        let dir = try TemporaryDirectory()
        let cache = ResultCache(folder: dir.path, name: "test", engine: "e")
        let values = (0..<4).map { i in Array("value number \(i)".utf8) }
        for (i, value) in values.enumerated() { cache.insert(value, for: key("k\(i)")) }
        cache.save()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir.path + "/test")))
        let header = cache.header
        #expect(ResultCache.entries(of: bytes, header: header).sound)
        func check(_ damaged: [UInt8]) {
            for (k, value) in ResultCache.entries(of: damaged, header: header).entries {
                let i = (0..<4).first { key("k\($0)") == k }
                #expect(i.map { values[$0] } == Array(value))
            }
        }
        for cut in 0..<bytes.count {
            let truncated = Array(bytes[..<cut])
            check(truncated)
            // Sound only when cut between entries: exactly the bytes of the entries read.
            let read = ResultCache.entries(of: truncated, header: header)
            if read.sound { #expect(header.count + read.entries.values.reduce(0) { $0 + ResultCache.overhead + $1.count } == cut) }
        }
        for position in header.count..<bytes.count {
            var flipped = bytes
            flipped[position] ^= 0x41
            check(flipped)
            #expect(!ResultCache.entries(of: flipped, header: header).sound)
        }
    }

    /// A rendered body read back from the cache is the body rendered afresh, for every news
    /// post and page of the example portal; any truncation of its bytes decodes to nothing.
    @Test func renderedMarkdownRoundTrips() throws {
        let renderer = MarkdownRenderer()
        var documents = 0
        for folder in ["news", "pages"] {
            let dir = Repo.content + "/" + folder
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".md") {
                let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
                guard case .success(let parts) = FrontMatter.split(text) else { continue }
                let rendered = renderer.render(parts.body, at: SourceLocation(path: dir + "/" + name, line: parts.bodyLine))
                let bytes = rendered.cacheBytes
                #expect(RenderedMarkdown(cacheBytes: bytes[...]) == rendered)
                for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
                    #expect(RenderedMarkdown(cacheBytes: bytes[..<cut]) == nil)
                }
                documents += 1
            }
        }
        #expect(documents > 10)
        let links = renderer.render("[a](../events/x.yaml) ![b](/img.png) [^1]\n\n[^1]: note", at: SourceLocation(path: "p.md", line: 4))
        #expect(!links.links.isEmpty && links.hasFootnotes)
        #expect(RenderedMarkdown(cacheBytes: links.cacheBytes[...]) == links)
    }

    /// The renderer with a cache gives what it gives without; a second renderer reading the saved
    /// file takes the result from it.
    @Test func aCachedRendererGivesTheSameHTML() throws {
        let dir = try TemporaryDirectory()
        let source = MarkdownSource(text: "# 見出し\n\n本文 https://example.com/a です。\n\n~~消し~~", location: SourceLocation(path: "x.md", line: 5))
        let plain = MarkdownRenderer().render(source)
        let cache = ResultCache(folder: dir.path, name: "markdown", engine: "e")
        #expect(MarkdownRenderer(allowRawHTML: false, cache: cache).render(source) == plain)
        cache.save()
        let reread = ResultCache(folder: dir.path, name: "markdown", engine: "e")
        #expect(MarkdownRenderer(allowRawHTML: false, cache: reread).render(source) == plain)
        #expect(reread.counts.used == 1 && reread.counts.made == 0)
        // Another location or raw HTML allowed is another entry.
        var moved = source
        moved.location.line = 6
        _ = MarkdownRenderer(allowRawHTML: false, cache: reread).render(moved)
        _ = MarkdownRenderer(allowRawHTML: true, cache: reread).render(source)
        #expect(reread.counts.made == 2)
    }
}
