import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Images: sizes read from the file's header for every format, written on every `<img>` of the
/// site so nothing shifts while pages load; lazy loading after the first; alt text asked for.
@Suite struct ImageTests {
    static let folder = Repo.fixtures + "/images/"

    @Test(arguments: [
        ("a.png", 37, 21), ("a.gif", 37, 21), ("a.jpg", 37, 21), ("progressive.jpg", 37, 21),
        ("a.webp", 37, 21), ("lossless.webp", 37, 21), ("extended.webp", 37, 21),
        ("a.svg", 37, 21), ("viewbox.svg", 37, 21),
    ])
    func sizesComeFromTheHeader(_ name: String, _ width: Int, _ height: Int) {
        #expect(ImageSize.of(file: Self.folder + name) == ImageSize(width: width, height: height))
    }

    @Test func unknownOrDamagedImagesHaveNoSize() throws {
        #expect(ImageSize.of(file: Self.folder + "percent.svg") == nil)
        #expect(ImageSize.of(file: Self.folder + "truncated.png") == nil)
        #expect(ImageSize.of(file: Self.folder + "README.md") == nil)
        #expect(ImageSize.of(file: Self.folder + "missing.png") == nil)
        // Every prefix of every fixture: a size or nil, never a crash or a wrong size.
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.folder + name)))
            let whole = ImageSize.of(bytes: bytes)
            for cut in 0..<bytes.count {
                let size = ImageSize.of(bytes: Array(bytes[..<cut]))
                #expect(size == nil || size == whole, "\(name) cut at \(cut)")
            }
        }
        #expect(ImageSize.svg("<svg width=\"1e300\" height=\"5\" viewBox=\"0 0 1e300 1e300\">") == nil)
    }

    func build(_ files: [String: String], binary: [String: String] = [:]) throws -> (pages: [String: String], warnings: [String]) {
        let dir = try TemporaryDirectory(files)
        for (path, fixture) in binary {
            try FileManager.default.createDirectory(atPath: (dir.path + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.folder + fixture, toPath: dir.path + "/" + path)
        }
        let (built, warnings) = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles()
        return (built.texts(htmlOnly: true), warnings.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") })
    }

    @Test func markdownImagesGetTheirSizeAndLoadLazilyAfterTheFirst() throws {
        let body = "![会場の様子](/static/a.png)\n\n![集合写真](../static/photos/b.jpg)\n\n![外部の画像](https://example.com/x.png)\n"
        let (pages, _) = try build(["site.yaml": minimalSiteYAML, "news/p.md": "---\ntitle: 写真\ndate: 2024-01-01\n---\n" + body],
                                   binary: ["static/a.png": "a.png", "static/photos/b.jpg": "a.jpg"])
        let post = try #require(pages["news/p/index.html"])
        #expect(post.contains(#"<img src="/static/a.png" width="37" height="21" alt="会場の様子" />"#))
        #expect(post.contains(#"<img loading="lazy" decoding="async" src="/static/photos/b.jpg" width="37" height="21" alt="集合写真" />"#))
        #expect(post.contains(#"<img loading="lazy" decoding="async" src="https://example.com/x.png" alt="外部の画像" />"#))
    }

    @Test func aPostImageIsSizedAndTheBodyImagesAllLoadLazily() throws {
        let (pages, _) = try build(["site.yaml": minimalSiteYAML,
                                    "news/p.md": "---\ntitle: 写真\ndate: 2024-01-01\nimage: /static/hero.webp\n---\n![図](/static/a.svg)\n"],
                                   binary: ["static/hero.webp": "a.webp", "static/a.svg": "a.svg"])
        let post = try #require(pages["news/p/index.html"])
        #expect(post.contains(#"<img class="article-image" src="/static/hero.webp" alt="" width="37" height="21">"#))
        #expect(post.contains(#"<img loading="lazy" decoding="async" src="/static/a.svg" width="37" height="21" alt="図" />"#))
    }

    @Test func anImageWithoutAltTextIsAWarningAtItsPlace() throws {
        let (_, warnings) = try build(["site.yaml": minimalSiteYAML,
                                       "news/p.md": "---\ntitle: 写真\ndate: 2024-01-01\n---\n本文\n\n前置き ![](/static/a.png) と ![ ](https://example.com/y.png)\n"],
                                      binary: ["static/a.png": "a.png"])
        #expect(warnings.filter { $0.contains("alt text") } == [
            "<dir>/news/p.md:7:5: warning: image without alt text: say what it shows between the brackets, ![the venue of the meetup](…), so readers who cannot see it know",
            "<dir>/news/p.md:7:26: warning: image without alt text: say what it shows between the brackets, ![the venue of the meetup](…), so readers who cannot see it know",
        ])
    }

    @Test func aMissingImageIsALocatedError() throws {
        #expect {
            try build(["site.yaml": minimalSiteYAML, "news/p.md": "---\ntitle: 写真\ndate: 2024-01-01\n---\n![図](/static/none.png)\n"])
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["5:1"]
        }
    }
}
