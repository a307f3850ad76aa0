import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A theme that extends another (`theme.yaml`'s `extends:`, docs/THEMES.md): files found by path
/// along the chain, strings key by key, and the mistakes of a chain located in both languages.
@Suite struct ThemeInheritanceTests {
    /// A theme extending the repository's default theme by its absolute path, with `files` of its own.
    func child(_ files: [String: String], extends parent: String = Repo.theme) throws -> TemporaryDirectory {
        try TemporaryDirectory(["theme.yaml": "extends: \(parent)\n"].merging(files) { $1 })
    }

    func load(_ folder: String) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        let (theme, d) = Theme.load(from: folder, languages: ["ja", "en"])
        return (theme, d.sorted)
    }

    @Test func aChildOverridesOneStringAndInheritsTheRest() throws {
        let dir = try child(["i18n/ja.yaml": "footer:\n  note: アクメの卒業生のためのサイトです。\n"])
        let (theme, diagnostics) = load(dir.path)
        let parent = try #require(Theme.load(from: Repo.theme, languages: ["ja", "en"]).theme)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let loaded = try #require(theme)
        #expect(loaded.strings["footer.note"] == "アクメの卒業生のためのサイトです。")
        #expect(loaded.strings["common.skip"] == parent.strings["common.skip"])
        #expect(loaded.inLanguage("en").strings["footer.note"] == parent.inLanguage("en").strings["footer.note"])
        #expect(loaded.chain.roots == [dir.path, Repo.theme])
    }

    /// Templates and assets by path along a chain of three: the nearest theme that has a file wins.
    @Test func aChainOfThreeTakesEachFileFromTheNearestThemeThatHasIt() throws {
        let middle = try child(["templates/partials/brand.mustache": "<a class=\"brand\" href=\"{{urls.home}}\">MIDDLE</a>\n",
                                "assets/custom.css": "/* middle */\n"])
        let top = try child(["assets/custom.css": "/* top */\n"], extends: middle.path)
        let theme = try #require(load(top.path).theme)
        #expect(theme.chain.roots == [top.path, middle.path, Repo.theme])
        #expect(theme.assets.first { $0.path == "custom.css" }?.sourcePath == top.path + "/assets/custom.css")
        #expect(theme.assets.first { $0.path == "style.css" }?.sourcePath == Repo.theme + "/assets/style.css")
        let header = try #require(theme.library.render(["urls": ["home": "/"]], withTemplate: "partials/header"))
        #expect(header.contains("MIDDLE"))
    }

    @Test func aParentThatDoesNotExistIsAnErrorAtExtendsInBothLanguages() throws {
        let dir = try TemporaryDirectory(["theme.yaml": "# Acme\nextends: corporate\n"])
        let (theme, diagnostics) = load(dir.path)
        #expect(theme == nil)
        let problem = try #require(diagnostics.first)
        #expect(problem.location.description == dir.path + "/theme.yaml:2:10")
        #expect(problem.message(.en).hasPrefix("the theme this one extends, 'corporate', is not found; looked in "))
        // Beside this theme first (`themes/acme` → `themes/corporate`), then where site.yaml's `theme` is looked for.
        #expect(problem.message(.en).contains("looked in \((dir.path as NSString).deletingLastPathComponent)/corporate, "))
        #expect(problem.message(.ja).hasPrefix("継承元のテーマ `corporate` が見つかりません"))
    }

    @Test func themesThatExtendEachOtherAreAnErrorNamingTheCircle() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory()
        try a.write(["theme.yaml": "extends: \(b.path)\n"])
        try b.write(["theme.yaml": "extends: \(a.path)\n"])
        let (theme, diagnostics) = load(a.path)
        #expect(theme == nil)
        let problem = try #require(diagnostics.first)
        #expect(problem.location.description == b.path + "/theme.yaml:1:10")
        #expect(problem.message(.en) == "themes extend each other in a circle (\(a.path) → \(b.path) → \(a.path)); one of them must not extend another")
        #expect(problem.message(.ja).hasPrefix("テーマの継承が循環しています（`\(a.path)` → `\(b.path)` → `\(a.path)`）。"))
    }

    @Test func aMisspeltExtendsIsAnErrorNotAThemeThatExtendsNothing() throws {
        let dir = try TemporaryDirectory(["theme.yaml": "extend: default\n"])
        let diagnostics = load(dir.path).diagnostics
        #expect(diagnostics.contains { $0.location.description == dir.path + "/theme.yaml:1:1" && $0.message(.en).contains("'extends'") })
    }

    /// The parent renamed the partial a company overrode: a warning at the child's file, with the
    /// parent's template it likely meant, from `kizuna check` in both languages; the check passes.
    @Test func anOverrideOfATemplateTheParentNoLongerHasIsReportedByCheck() throws {
        let project = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML + "theme: acme\n"])
        try FileManager.default.createDirectory(atPath: project.path + "/themes", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: project.path + "/themes/default")
        try project.write(["themes/acme/theme.yaml": "extends: default\n",
                           "themes/acme/templates/partials/site-brand.mustache": "<a class=\"brand\" href=\"{{urls.home}}\">ACME</a>\n"])
        let file = project.path + "/themes/acme/templates/partials/site-brand.mustache"
        for (language, expected) in [("en", "\(file):1:1: warning: 'partials/site-brand' overrides nothing: the theme it extends ('default') has no such template"),
                                     ("ja", "\(file):1:1: 警告：テンプレート `partials/site-brand` は何も上書きしていません。")] {
            let result = try KizunaCLI().run(["check", "--content", project.path + "/content"], environment: ["KIZUNA_LANG": language])
            #expect(result.status == 0, "\(result.err)")
            #expect(result.err.contains(expected), "\(result.err)")
            #expect(result.err.contains("partials/brand"), "the parent's template it likely meant: \(result.err)")
        }
    }

    /// A partial of the child's own, included by its override, is new, not a stale override.
    @Test func aNewPartialTheChildIncludesIsNoWarning() throws {
        let dir = try child(["templates/partials/brand.mustache": "<a class=\"brand\" href=\"{{urls.home}}\">{{>partials/acme-mark}}</a>\n",
                             "templates/partials/acme-mark.mustache": "<svg width=\"1\" height=\"1\" aria-hidden=\"true\"></svg>\n"])
        let (theme, diagnostics) = load(dir.path)
        #expect(theme != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    /// The child's footer no longer reads the parent's `footer.powered`: the parent's string is not
    /// the child's to remove, so no warning; a string the child writes and never uses is one.
    @Test func onlyTheChildsOwnUnusedStringsAreWarnings() throws {
        let footer = try String(contentsOfFile: Repo.theme + "/templates/partials/footer.mustache", encoding: .utf8)
            .replacingOccurrences(of: " <span>{{t.footer.powered}}</span>", with: "")
        #expect(!footer.contains("footer.powered"))
        let dir = try child(["templates/partials/footer.mustache": footer,
                             "i18n/ja.yaml": "acme:\n  motto: 挑戦を続ける\n", "i18n/en.yaml": "acme:\n  motto: Keep trying\n"])
        let (theme, diagnostics) = load(dir.path)
        #expect(theme != nil)
        #expect(diagnostics.map { "\($0.location): \($0.message)" } == [
            "\(dir.path)/i18n/en.yaml:2:3: the UI string 'acme.motto' is not used by any template nor by Kizuna; remove it or use it",
            "\(dir.path)/i18n/ja.yaml:2:3: the UI string 'acme.motto' is not used by any template nor by Kizuna; remove it or use it",
        ])
    }

    /// A theme of strings only (no templates/ of its own) is still a theme site.yaml can name.
    @Test func aThemeOfStringsOnlyIsFoundByName() throws {
        let project = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML + "theme: words\n",
                                              "themes/words/theme.yaml": "extends: \(Repo.theme)\n",
                                              "themes/words/i18n/ja.yaml": "footer:\n  powered: WORDS-THEME\n"])
        let files = try Build(Build.Settings(contentDirectory: project.path + "/content", themeDirectory: nil, outputDirectory: project.path + "/site",
                                             options: BuildOptions(audience: .public, now: fixedNow))).renderedFiles().files
        guard case .bytes(let data)? = files.first(where: { $0.path == "index.html" })?.contents else { Issue.record("no home page"); return }
        #expect(String(decoding: data, as: UTF8.self).contains("<span>WORDS-THEME</span>"))
    }

    /// An edit in the parent theme changes what the site is built from: the unchanged-build
    /// shortcut and `kizuna serve` see every theme of the chain.
    @Test func everyThemeOfTheChainIsAnInput() throws {
        let project = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML + "theme: acme\n"])
        try FileManager.default.createDirectory(atPath: project.path + "/themes", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: project.path + "/themes/default")
        try project.write(["themes/acme/theme.yaml": "extends: default\n"])
        let build = Build(Build.Settings(contentDirectory: project.path + "/content", themeDirectory: nil, outputDirectory: project.path + "/site",
                                         options: BuildOptions(audience: .public, now: fixedNow)))
        #expect(build.themeFolders() == [project.path + "/themes/acme", project.path + "/themes/default"])
        let before = build.inputFingerprint(build.siteFile())
        try project.write(["themes/default/assets/style.css": "body { color: red; }\n"])
        #expect(before != nil && before != build.inputFingerprint(build.siteFile()))
    }
}
