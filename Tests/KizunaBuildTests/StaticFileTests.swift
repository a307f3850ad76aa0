import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// `static/` is copied verbatim: dotfiles too, `.well-known/` and top-level dotfiles at the site
/// root, litter left out, Kizuna's own names refused; and no two published names may be one file
/// on a case-insensitive or normalising disk (issue 16, attack 9).
@Suite struct StaticFileTests {
    /// `static/A.txt` and `static/a.txt`: one error, at the second file, naming both.
    @Test func namesEqualWhenCaseFoldedAreAnError() throws {
        let lines = try buildErrors(["site.yaml": minimalSiteYAML, "static/A.txt": "upper\n", "static/a.txt": "lower\n"])
        #expect(lines == [
            "<dir>/static/a.txt:1:1: error: static file 'a.txt' writes static/a.txt: static/a.txt differs from static/A.txt only in upper and lower case, which static file 'A.txt' (<dir>/static/A.txt) writes; on a case-insensitive or normalising disk or web host one replaces the other. Rename one",
        ])
    }

    /// `é` as one code point and as e + U+0301 are two files on ext4 and one on APFS.
    @Test func namesEqualWhenNormalisedAreAnError() throws {
        let composed = "caf\u{E9}.txt", decomposed = "cafe\u{301}.txt"
        // Two writes: in one dictionary literal Swift takes the two names as one key.
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "static/" + composed: "1\n"])
        try dir.write(["static/" + decomposed: "2\n"])
        // Both exist on this disk, byte for byte as written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/static").count == 2)
        let errors = try buildErrorLines(dir)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("only in Unicode form") == true, "\(errors)")
        #expect(errors.first?.contains("static file") == true)
        // Folders too.
        let folders = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "static/caf\u{E9}/a.txt": "1\n"])
        try folders.write(["static/cafe\u{301}/b.txt": "2\n"])
        let folderErrors = try buildErrorLines(folders)
        #expect(folderErrors.count == 1 && folderErrors.first?.contains("its folder static/cafe\u{301}/ differs from static/caf\u{E9}/ only in Unicode form") == true, "\(folderErrors)")
    }

    /// Folders too: `Docs/` and `docs/` are one folder on such a disk, and a link to one fails on the other.
    @Test func foldersEqualWhenCaseFoldedAreAnError() throws {
        let lines = try buildErrors(["site.yaml": minimalSiteYAML, "static/Docs/a.txt": "a\n", "static/docs/b.txt": "b\n"])
        #expect(lines == [
            "<dir>/static/docs/b.txt:1:1: error: static file 'docs/b.txt' writes static/docs/b.txt: its folder static/docs/ differs from static/Docs/ only in upper and lower case, which static file 'Docs/a.txt' (<dir>/static/Docs/a.txt) writes; on a case-insensitive or normalising disk or web host one replaces the other. Rename one",
        ])
    }

    /// A static file against a page the build makes: `static/Index.html` beside the page `static`.
    @Test func aStaticFileAgainstAGeneratedPageIsAnError() throws {
        let lines = try buildErrors([
            "site.yaml": minimalSiteYAML, "pages/static.md": "---\ntitle: static\n---\n本文\n", "static/Index.html": "<p>x</p>\n",
        ])
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("<dir>/static/Index.html:1:1: error: static file 'Index.html' writes static/Index.html: static/Index.html differs from static/index.html only in upper and lower case, which page 'static' (<dir>/pages/static.md) writes") == true, "\(lines)")
    }

    /// Generated names of different case never meet (slugs are lower-case), so a build of the
    /// example portal has no clash; and a Japanese tag folds without one either.
    @Test func theExamplePortalHasNoClash() throws {
        let out = try TemporaryDirectory()
        for audience in Audience.allCases {
            #expect(throws: Never.self) { try Build(settings(output: out.path + "/site", audience: audience)).renderedFiles() }
        }
        var folded = FoldedPaths()
        #expect(folded.add("news/tags/交流会/index.html", route: 0) == nil)
        #expect(folded.add("news/tags/Ärzte/index.html", route: 1) == nil)
        #expect(folded.add("news/tags/ärzte/index.html", route: 2)?.earlier == "news/tags/Ärzte/")
    }

    static let files = [
        "site.yaml": minimalSiteYAML,
        "news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n[連絡先](/.well-known/security.txt)と[同じ](../static/.well-known/security.txt)\n",
        "static/.well-known/security.txt": "Contact: mailto:security@example.com\n",
        "static/.nojekyll": "",
        "static/docs/.htaccess": "Options -Indexes\n",
        "static/logo.png": "png",
        // Litter: never published.
        "static/.DS_Store": "x", "static/img/Thumbs.db": "x", "static/.git/config": "x", "static/.gitkeep": "",
        "static/notes.txt~": "x", "static/.notes.txt.swp": "x", "static/.#notes.txt": "x", "static/#notes.txt#": "x",
        "static/._logo.png": "x", "static/desktop.ini": "x",
    ]

    /// Dotfiles are copied; `.well-known/` and top-level dotfiles land at the site root, where
    /// hosts and clients look for them; deeper ones stay under /static/; litter is left out.
    @Test func dotfilesAreCopiedAndLitterIsNot() throws {
        let dir = try TemporaryDirectory(Self.files)
        let out = try TemporaryDirectory()
        let report = try Build(settings(content: dir.path, output: out.path + "/site")).run()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let site = snapshot(of: out.path + "/site")
        #expect(site[".well-known/security.txt"] == Data("Contact: mailto:security@example.com\n".utf8))
        #expect(site[".nojekyll"] == Data())
        #expect(site["static/docs/.htaccess"] == Data("Options -Indexes\n".utf8))
        #expect(site["static/logo.png"] != nil)
        let hidden = site.keys.filter { $0.contains("/.") || $0.hasPrefix(".") }.sorted()
        #expect(hidden == [".kizuna-pages", ".kizuna-site", ".nojekyll", ".well-known/security.txt", "static/docs/.htaccess"])
        #expect(!site.keys.contains { $0.contains("Thumbs") || $0.contains("desktop.ini") || $0.contains("~") || $0.contains("#") })
        // Both links, by site path and by file, reach the file at the root.
        let page = try #require(String(data: site["news/a/index.html"] ?? Data(), encoding: .utf8))
        #expect(page.components(separatedBy: "href=\"/.well-known/security.txt\"").count == 3)
    }

    /// A changed dotfile is a changed input: the next build is not skipped as unchanged.
    @Test func aChangedDotfileBuildsAgain() throws {
        let dir = try TemporaryDirectory(Self.files)
        let out = try TemporaryDirectory()
        func build() throws -> Build.Report {
            try Build(Build.Settings(contentDirectory: dir.path, themeDirectory: Repo.theme, outputDirectory: out.path + "/site",
                                     options: BuildOptions(audience: .public, now: fixedNow))).run()
        }
        _ = try build()
        #expect(try build().unchanged)
        try dir.write(["static/.well-known/security.txt": "Contact: mailto:other@example.com\n"])
        #expect(try !build().unchanged)
        #expect(FileManager.default.contents(atPath: out.path + "/site/.well-known/security.txt") == Data("Contact: mailto:other@example.com\n".utf8))
        // Litter changing is no new input.
        try dir.write(["static/.notes.txt.swp": "changed"])
        #expect(try build().unchanged)
    }

    /// Kizuna's own names are refused, at any depth, with the file's location.
    @Test func reservedNamesAreAnError() throws {
        let lines = try buildErrors([
            "site.yaml": minimalSiteYAML,
            "static/.kizuna-site": "kizuna-site 1\n",
            "static/x/.kizuna-pages": "",
            "static/.kizuna-cache/markdown": "",
            "static/.site.kizuna-new-1/index.html": "",
        ])
        let reserved = "is reserved for Kizuna's own files (names starting with .kizuna-, and .kizuna-new- or .kizuna-old- in a name); rename it"
        #expect(lines == [
            "<dir>/static/.kizuna-cache/markdown:1:1: error: the name '.kizuna-cache' \(reserved)",
            "<dir>/static/.kizuna-site:1:1: error: the name '.kizuna-site' \(reserved)",
            "<dir>/static/.site.kizuna-new-1/index.html:1:1: error: the name '.site.kizuna-new-1' \(reserved)",
            "<dir>/static/x/.kizuna-pages:1:1: error: the name '.kizuna-pages' \(reserved)",
        ])
    }

    func buildErrorLines(_ dir: TemporaryDirectory) throws -> [String] {
        do {
            _ = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles()
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }
}
