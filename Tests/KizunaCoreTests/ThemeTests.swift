import Foundation
import Testing
@testable import KizunaCore

/// Theme mistakes are located errors, not blank pages.
@Suite struct ThemeTests {
    func themeCopy() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.removeItem(atPath: dir.path)
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: dir.path)
        return dir
    }

    func errors(_ theme: TemporaryDirectory) -> [String] {
        guard case .failure(let failure) = Theme.load(from: theme.path, language: "ja") else { return [] }
        return failure.diagnostics.map { $0.description.replacingOccurrences(of: theme.path, with: "<theme>") }
    }

    @Test func theDefaultThemeLoads() throws {
        let theme = try Theme.load(from: Repo.theme, language: "ja").get()
        for name in Theme.requiredTemplates { #expect(theme.templateNames.contains(name)) }
        #expect(theme.strings["nav.news"] == "お知らせ")
        #expect(theme.strings.list("format.weekdays").count == 7)
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
        #expect(found.first?.contains("sectionCloseNameIncorrect") == true)
    }

    @Test func missingTemplateAndLanguage() throws {
        let theme = try themeCopy()
        try FileManager.default.removeItem(atPath: theme.path + "/templates/survey.mustache")
        try FileManager.default.removeItem(atPath: theme.path + "/i18n/ja.yaml")
        #expect(errors(theme) == [
            "<theme>/i18n/ja.yaml:1:1: error: the theme has no UI strings for language 'ja'",
            "<theme>/templates/survey.mustache:1:1: error: the theme has no 'survey' template",
        ])
    }
}

@Suite struct DiagnosticFormatterTests {
    @Test func printsTheLineAndACaretUnderWideCharacters() {
        let d = Diagnostic.error(SourceLocation(path: "e.yaml", line: 2, column: 6), "'mode' must be one of in-person, online, hybrid, not 'オフライン'")
        let text = DiagnosticFormatter().format([d]) { _ in ["title: 交流会", "モード: オフライン"] }
        #expect(text == """
        e.yaml:2:6: error: 'mode' must be one of in-person, online, hybrid, not 'オフライン'
            モード: オフライン
                    ^

        """)
    }
}
