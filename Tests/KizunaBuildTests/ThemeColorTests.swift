import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// `theme.yaml`'s `colors:` (docs/THEMES.md): what the mail digest and the browser bar are
/// coloured with, merged along the chain by name. Values go into `style` attributes, so nothing
/// but a hex colour gets through, and every mistake is located in both languages.
@Suite struct ThemeColorTests {
    func child(_ yaml: String, files: [String: String] = [:]) throws -> TemporaryDirectory {
        try TemporaryDirectory(["theme.yaml": "extends: \(Repo.theme)\n" + yaml].merging(files) { $1 })
    }

    func load(_ folder: String) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        let (theme, d) = Theme.load(from: folder, languages: ["ja", "en"])
        return (theme, d.sorted)
    }

    @Test func onlyHexColoursAreTaken() {
        #expect(ThemeColors.normalized("#ABC") == "#aabbcc")
        #expect(ThemeColors.normalized("#0B5043") == "#0b5043")
        for bad in ["red", "#12345", "#1234567", "0b5043", "#0b504g", "#000;background:url(x)", "#000\"><script>", "rgb(0,0,0)", "", "#ＡＢＣ", "#０b５０４３"] {
            #expect(ThemeColors.normalized(bad) == nil, "\(bad)")
        }
    }

    @Test func contrastIsWCAGs() {
        #expect(ThemeColors.contrast("#000000", "#ffffff") == 21)
        #expect(abs(ThemeColors.contrast("#767676", "#ffffff") - 4.54) < 0.01)
        #expect(ThemeColors.contrast("#1d3b6e", "#ffffff") > 11)
    }

    /// The default theme defines every colour its templates read; a child changes one by name and
    /// keeps the others.
    @Test func aChildChangesOneColourAndInheritsTheRest() throws {
        let parent = try #require(load(Repo.theme).theme)
        #expect(parent.chain.colors.values["brand"] == "#1d3b6e")
        let dir = try child("colors:\n  brand: \"#B3261E\"\n")
        let (theme, diagnostics) = load(dir.path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let colors = try #require(theme).chain.colors.values
        #expect(colors["brand"] == "#b3261e")
        #expect(colors.filter { $0.key != "brand" } == parent.chain.colors.values.filter { $0.key != "brand" })
        let head = try #require(theme?.library.render(["theme": ["colors": colors], "site": ["lang": "ja"], "meta": ["full_title": "t"]],
                                                      withTemplate: "layouts/base"))
        #expect(head.contains("<meta name=\"theme-color\" content=\"#b3261e\">"))
    }

    /// `brand: #b3261e` unquoted is a comment to YAML: said so, at the value, in both languages.
    @Test func anUnquotedColourIsExplained() throws {
        let dir = try child("colors:\n  brand: #b3261e\n")
        let (theme, diagnostics) = load(dir.path)
        #expect(theme == nil)
        let problem = try #require(diagnostics.first { $0.severity == .error })
        #expect(problem.location.description.hasPrefix(dir.path + "/theme.yaml:3:"))
        #expect(problem.message(.en) == "'colors.brand' is empty: a colour must be in quotes (\"#1d3b6e\"), because YAML reads what follows an unquoted '#' as a comment")
        #expect(problem.message(.ja).hasPrefix("`colors.brand` が空です。"))
    }

    /// A name the default theme does not use is a typo until shown otherwise; a value that is not a
    /// hex colour (CSS smuggled into a style attribute, a colour name) is refused. All at once.
    @Test func unknownNamesAndNonColoursAreErrorsAllAtOnce() throws {
        let dir = try child("colors:\n  brnad: \"#b3261e\"\n  muted: \"#000;background:url(https://evil.example/)\"\n  text: red\n  accent: \"#123456\"\n")
        let (theme, diagnostics) = load(dir.path)
        #expect(theme == nil)
        let errors = diagnostics.filter { $0.severity == .error }.map { "\($0.location.line): \($0.message(.en))" }
        #expect(errors == [
            "3: 'colors.brnad' is not a colour the theme uses: did you mean 'brand'?",
            "4: 'colors.muted' is '#000;background:url(https://evil.example/)', not a colour: write it as \"#rrggbb\" (or \"#rgb\"), in quotes",
            "5: 'colors.text' is 'red', not a colour: write it as \"#rrggbb\" (or \"#rgb\"), in quotes",
            "6: 'colors.accent' is not a colour the theme uses; its colours are border, brand, card, line, muted, on_brand, page, text",
        ], "\(errors)")
    }

    /// A brand too light to read on the mail's white cards is a warning (the portal still builds),
    /// at the child's line, which is the one that changed.
    @Test func aColourTooLightToReadIsAWarningAtItsLine() throws {
        let dir = try child("colors:\n  brand: \"#9ab\"\n")
        let (theme, diagnostics) = load(dir.path)
        #expect(theme != nil)
        let warnings = diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 3, "\(warnings.map { $0.message(.en) })")  // brand on page and card, on_brand on brand
        #expect(warnings.allSatisfy { $0.location.path == dir.path + "/theme.yaml" && $0.location.line == 3 })
        #expect(warnings.contains { $0.message(.en).hasPrefix("'colors.brand' on 'colors.card' has a contrast of 2.") })
        #expect(warnings.contains { $0.message(.ja).hasPrefix("`colors.on_brand` と `colors.brand` のコントラストは") })
    }

    /// A template that reads a colour no theme.yaml of the chain defines is an error at the tag.
    @Test func aTemplateReadingAnUndefinedColourIsAnError() throws {
        let dir = try child("", files: ["templates/partials/brand.mustache": "<a class=\"brand\" style=\"color:{{theme.colors.accent}}\" href=\"{{urls.home}}\">A</a>\n"])
        let (theme, diagnostics) = load(dir.path)
        #expect(theme == nil)
        let problem = try #require(diagnostics.first { $0.severity == .error })
        #expect(problem.location.description == dir.path + "/templates/partials/brand.mustache:1:31")
        #expect(problem.message(.en) == "template 'partials/brand' reads 'theme.colors.accent', which no theme.yaml of this theme defines; add it under 'colors:'")
    }
}
