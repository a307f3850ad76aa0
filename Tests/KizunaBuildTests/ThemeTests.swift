import Foundation
import Testing
import Mustache
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Theme mistakes are located errors, not blank pages.
@Suite struct ThemeTests {
    func themeCopy() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.removeItem(atPath: dir.path)
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: dir.path)
        return dir
    }

    /// Errors and warnings of loading the theme for a Japanese site, the theme's folder as `<theme>`.
    func problems(_ theme: TemporaryDirectory, language: String = "ja") -> [String] {
        Theme.load(from: theme.path, language: language).diagnostics.sorted.map {
            $0.description.replacingOccurrences(of: theme.path, with: "<theme>")
        }
    }

    func errors(_ theme: TemporaryDirectory) -> [String] { problems(theme).filter { $0.contains(": error: ") } }

    /// The default theme is the model for others: it loads without a single warning, so every
    /// string it ships is used, and each language has every key.
    @Test func theDefaultThemeLoadsWithoutWarnings() throws {
        for language in ["ja", "en"] {
            let (theme, diagnostics) = Theme.load(from: Repo.theme, language: language)
            #expect(diagnostics.all.map(\.description) == [])
            #expect(theme?.strings["nav.news"] == (language == "ja" ? "お知らせ" : "News"))
        }
    }

    @Test func missingPartialIsLocated() throws {
        let theme = try themeCopy()
        try theme.write(["templates/page.mustache": "{{<layouts.base}}\n{{$content}}\n  {{>partials/nope}}\n{{/content}}\n{{/layouts.base}}\n"])
        #expect(errors(theme) == ["<theme>/templates/page.mustache:3:3: error: template 'partials/nope' does not exist in <theme>/templates/ (referenced by 'page')"])
    }

    @Test func syntaxErrorIsLocated() throws {
        let theme = try themeCopy()
        try theme.write(["templates/404.mustache": "<p>\n{{#open}}x{{/close}}\n"])
        let found = errors(theme)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("<theme>/templates/404.mustache:2:") == true)
        #expect(found.first?.hasSuffix("error: template syntax error: the closing tag {{/name}} does not name the section it closes") == true)
        // And in the words of each of swift-mustache's errors, not its case names.
        #expect(TemplateSyntax(MustacheTemplate.Error.sectionCloseNameIncorrect) == .closingNameDiffers)
        #expect(TemplateSyntax(MustacheTemplate.Error.unrecognisedConfigVariable) == .badPragma)
        #expect(TemplateSyntax(CocoaError(.fileReadUnknown)) == .other("\(CocoaError(.fileReadUnknown))"))
    }

    @Test func missingTemplateAndLanguage() throws {
        let theme = try themeCopy()
        try FileManager.default.removeItem(atPath: theme.path + "/templates/survey.mustache")
        try FileManager.default.removeItem(atPath: theme.path + "/i18n/ja.yaml")
        #expect(errors(theme) == [
            "<theme>/i18n/ja.yaml:1:1: error: the theme has no UI strings for language 'ja' (site.yaml's 'language')",
            "<theme>/templates/survey.mustache:1:1: error: the theme has no 'survey' template",
        ])
    }

    @Test func aTemplateReadingAStringThatDoesNotExistIsLocated() throws {
        let theme = try themeCopy()
        try theme.write(["templates/404.mustache": "{{<layouts.base}}\n{{$content}}\n<h1>{{t.error404.title}}</h1>\n  <p>{{t.error404.bdy}}</p>{{#t.nope.x}}!{{/t.nope.x}}\n{{/content}}\n{{/layouts.base}}\n"])
        #expect(errors(theme) == [
            "<theme>/templates/404.mustache:4:6: error: template '404' reads the UI string 'error404.bdy', which <theme>/i18n/ja.yaml does not define",
            "<theme>/templates/404.mustache:4:28: error: template '404' reads the UI string 'nope.x', which <theme>/i18n/ja.yaml does not define",
        ])
    }

    @Test func aKeyInOneLanguageOnlyIsLocatedInTheFileThatHasIt() throws {
        let theme = try themeCopy()
        let en = try String(contentsOfFile: theme.path + "/i18n/en.yaml", encoding: .utf8)
        try theme.write(["i18n/en.yaml": en.replacingOccurrences(of: "  toc: Contents\n", with: "") + "extra:\n  word: Extra\n"])
        let found = problems(theme)
        #expect(found.contains { $0.hasPrefix("<theme>/i18n/ja.yaml:") && $0.contains("error: the UI string 'news.toc' is in ja.yaml but not in en.yaml") })
        #expect(found.contains { $0.hasPrefix("<theme>/i18n/en.yaml:") && $0.contains("error: the UI string 'extra.word' is in en.yaml but not in ja.yaml") })
        // Located at the key itself, not at the top of the file.
        let line = try #require(found.first { $0.contains("'news.toc' is in ja.yaml") }).split(separator: ":")[1]
        #expect(Int(line)! > 1)
    }

    @Test func aStringTheBuildNeedsIsRequiredInEveryLanguage() throws {
        let theme = try themeCopy()
        for language in ["ja", "en"] {
            let text = try String(contentsOfFile: theme.path + "/i18n/\(language).yaml", encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            try theme.write(["i18n/\(language).yaml": lines.filter { !$0.hasPrefix("  anonymous:") }.joined(separator: "\n")])
        }
        #expect(errors(theme) == [
            "<theme>/i18n/en.yaml:1:1: error: the UI string 'ask.anonymous' is missing; Kizuna needs it to build pages",
            "<theme>/i18n/ja.yaml:1:1: error: the UI string 'ask.anonymous' is missing; Kizuna needs it to build pages",
        ])
    }

    @Test func anUnusedStringIsAWarning() throws {
        let theme = try themeCopy()
        for language in ["ja", "en"] {
            let text = try String(contentsOfFile: theme.path + "/i18n/\(language).yaml", encoding: .utf8)
            try theme.write(["i18n/\(language).yaml": text + "\nleftover:\n  word: x\n"])
        }
        let found = problems(theme)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.contains(": warning: the UI string 'leftover.word' is not used by any template nor by Kizuna") })
        #expect(Theme.load(from: theme.path, language: "ja").theme != nil)
    }

    /// Every key the engine's code names literally is in `UIStrings.required`, so the theme check
    /// covers what the code reads. (Keys built from enum cases are added there from the enums.)
    @Test func everyKeyTheCodeReadsIsDeclared() throws {
        let folder = Repo.root + "/Sources/KizunaBuild/Render"
        var literal: Set<String> = []
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for pattern in [#"\b(?:strings|t)\["([a-z0-9_.]+)"\]"#, #"(?:format|count)\("([a-z0-9_]+\.[a-z0-9_.]+)""#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    literal.insert(String(text[Range(match.range(at: 1), in: text)!]))
                }
            }
        }
        #expect(literal.count > 20)
        #expect(literal.subtracting(UIStrings.required(.builtIn)).sorted() == [])
    }

    @Test func pluralFormsFollowTheLanguage() throws {
        let (en, _) = Theme.load(from: Repo.theme, language: "en")
        let strings = try #require(en?.strings)
        #expect(strings.count("news.posts_count", 1, ["n": "1"]) == "1 post")
        #expect(strings.count("news.posts_count", 2, ["n": "2"]) == "2 posts")
        #expect(strings.count("news.posts_count", 0, ["n": "0"]) == "0 posts")
        let (ja, _) = Theme.load(from: Repo.theme, language: "ja")
        #expect(ja?.strings.count("news.posts_count", 1, ["n": "1"]) == "1件")
    }

    @Test func renderingAMissingTemplateIsAnErrorNotAnEmptyPage() throws {
        let theme = try #require(Theme.load(from: Repo.theme, language: "ja").theme)
        guard case .failure(let problem) = theme.render("no-such-page", [:]) else {
            Issue.record("rendered a template that does not exist")
            return
        }
        #expect(problem.location.path.hasSuffix("/templates/no-such-page.mustache"))
    }
}

@Suite struct DiagnosticFormatterTests {
    @Test func printsTheLineAndACaretUnderWideCharacters() {
        let d = Diagnostic(.error, SourceLocation(path: "e.yaml", line: 2, column: 6), LocalizedText(en: "'mode' must be one of in-person, online, hybrid, not 'オフライン'", ja: "'mode' must be one of in-person, online, hybrid, not 'オフライン'"))
        let text = DiagnosticFormatter().format([d]) { _ in ["title: 交流会", "モード: オフライン"] }
        #expect(text == """
        e.yaml:2:6: error: 'mode' must be one of in-person, online, hybrid, not 'オフライン'
            モード: オフライン
                    ^

        """)
    }
}
