import Foundation
import Testing
@testable import KizunaBuild
@testable import KizunaContent

/// Languages are data: a portal in a language Kizuna was never told about builds from a theme
/// that has its strings (`i18n/fr.yaml`) and a site.yaml that names it, with no list of
/// languages in the engine to extend.
@Suite struct ThirdLanguageTests {
    /// The small fixture in French: the default theme plus `i18n/fr.yaml` (made from the English
    /// file with a few strings translated), site.yaml saying `language: fr` and a French tag name.
    func frenchSite() throws -> (content: TemporaryDirectory, theme: TemporaryDirectory) {
        let theme = try frenchTheme()

        let content = try TemporaryDirectory()
        try FileManager.default.removeItem(atPath: content.path)
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: content.path)
        var site = try String(contentsOfFile: content.path + "/site.yaml", encoding: .utf8)
        for (before, after) in [("language: ja\n", "language: fr\n"), ("  event-report: イベントレポート\n", "  event-report: {ja: イベントレポート, fr: Compte rendu}\n")] {
            #expect(site.contains(before))
            site = site.replacingOccurrences(of: before, with: after)
        }
        try site.write(toFile: content.path + "/site.yaml", atomically: true, encoding: .utf8)
        return (content, theme)
    }

    /// The default theme with `i18n/fr.yaml`, made from the English file with a few strings translated.
    func frenchTheme() throws -> TemporaryDirectory {
        let theme = try TemporaryDirectory()
        try FileManager.default.removeItem(atPath: theme.path)
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: theme.path)
        var french = try String(contentsOfFile: Repo.theme + "/i18n/en.yaml", encoding: .utf8)
        for (english, translated) in [("  og_locale: en_US", "  og_locale: fr_FR"), ("  skip: Skip to content", "  skip: Aller au contenu"),
                                      ("  news: News\n", "  news: Actualités\n")] {
            #expect(french.contains(english), "en.yaml has \(english)")
            french = french.replacingOccurrences(of: english, with: translated)
        }
        try french.write(toFile: theme.path + "/i18n/fr.yaml", atomically: true, encoding: .utf8)
        return theme
    }

    @Test func aThirdLanguageBuildsFromItsStringsAlone() throws {
        let (content, theme) = try frenchSite()
        var settings = settings(content: content.path, output: content.path + "-site")
        settings.themeDirectory = theme.path
        let (built, warnings) = try Build(settings).renderedFiles()
        #expect(warnings.filter { $0.description.contains("theme") || $0.description.contains("language") }.isEmpty, "\(warnings)")
        let pages = built.texts()
        let home = try #require(pages["index.html"])
        #expect(home.contains(#"<html lang="fr""#))
        #expect(home.contains(#"<meta property="og:locale" content="fr_FR">"#))
        #expect(home.contains("Aller au contenu") && home.contains("Actualités"))
        // Display names per language: the tag's French name where the site is French.
        let tagged = pages.filter { $0.key.hasPrefix("news/") && $0.value.contains("/news/tags/event-report/") && $0.key != "news/index.html" }
        #expect(!tagged.isEmpty)
        #expect(tagged.values.allSatisfy { $0.contains("Compte rendu") && !$0.contains("イベントレポート") })
    }

    /// A third language of a portal, `languages: [ja, en, fr]`: the theme's strings and a few
    /// translated files make a tree under fr/, with no list of languages in the engine to extend.
    @Test func aThirdLanguageOfAPortalIsATreeOfItsOwn() throws {
        let theme = try frenchTheme()
        let content = try TemporaryDirectory()
        try FileManager.default.removeItem(atPath: content.path)
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: content.path)
        var site = try String(contentsOfFile: content.path + "/site.yaml", encoding: .utf8)
        for (before, after) in [("language: ja\n", "languages: [ja, en, fr]\n"),
                                ("  event-report: イベントレポート\n", "  event-report: {ja: イベントレポート, en: Event report, fr: Compte rendu}\n"),
                                ("  mentor: メンター\n", "  mentor: メンター\n  交流会: {en: Get-togethers, fr: Rencontres}\n  人事: {en: HR, fr: RH}\n")] {
            #expect(site.contains(before))
            site = site.replacingOccurrences(of: before, with: after)
        }
        try site.write(toFile: content.path + "/site.yaml", atomically: true, encoding: .utf8)
        try content.write([
            "site.fr.yaml": "title: Anciens de Test Trading\ndescription: Le réseau des anciens de Test Trading\n",
            "news/first-meetup.fr.md": "---\ntitle: Notre première rencontre\nauthor: Le secrétariat\n---\nNous nous sommes retrouvés en octobre.\n",
            "news/first-meetup.en.md": "---\ntitle: Our first get-together\n---\nWe met in October.\n",
            "events/winter-meetup.fr.yaml": "title: Rencontre hivernale\nvenue: {name: Siège 10e étage}\ndescription: Notre rencontre de fin d’année.\n",
            "pages/about.fr.md": "---\ntitle: À propos du réseau\n---\nUn réseau pour les **anciens** de Test Trading.\n",
        ])
        var settings = settings(content: content.path, output: content.path + "-site")
        settings.themeDirectory = theme.path
        let (built, warnings) = try Build(settings).renderedFiles()
        #expect(warnings.isEmpty, "\(warnings)")
        let pages = built.texts()
        let french = pages.filter { $0.key.hasPrefix("fr/") && $0.key.hasSuffix(".html") }
        #expect(french.count == pages.filter { $0.key.hasPrefix("en/") && $0.key.hasSuffix(".html") }.count)
        #expect(french.count > 20)
        for (path, page) in french { #expect(page.contains(#"<html lang="fr""#), "\(path)") }
        let home = try #require(pages["fr/index.html"])
        #expect(home.contains("Anciens de Test Trading") && home.contains("Aller au contenu"))
        #expect(pages["fr/news/first-meetup/index.html"]?.contains("Notre première rencontre") == true)
        #expect(pages["fr/news/first-meetup/index.html"]?.contains("Compte rendu") == true)
        #expect(pages["fr/events/winter-meetup/index.html"]?.contains("Rencontre hivernale") == true)
        #expect(pages["fr/about/index.html"]?.contains("À propos du réseau") == true)
        #expect(pages["en/news/first-meetup/index.html"]?.contains("Our first get-together") == true)
        #expect(pages["news/first-meetup/index.html"]?.contains("初の交流会") == true)
        #expect(pages["fr/news/feed.xml"]?.contains("https://alumni.example.org/portal/fr/news/first-meetup/") == true)
        // The sitemap names all three versions of a page translated into both.
        let sitemap = try Sitemap(try #require(pages["sitemap.xml"]))
        let alternates = try #require(sitemap.pages["https://alumni.example.org/portal/fr/news/first-meetup/"])
        #expect(alternates.map(\.hreflang) == ["ja", "en", "fr", "x-default"])
    }

    /// A language code is checked for its form, not against a list: `fr` and `pt-BR` are codes,
    /// `jp` (a country) and `japanese` are not; the theme then says whether it has the strings.
    @Test(arguments: [("fr", true), ("pt-BR", true), ("zh-Hant-TW", true), ("ja", true), ("jp", false), ("japanese", false), ("JA", false), ("en_US", false), ("", false)])
    func languageCodes(_ tag: String, _ valid: Bool) {
        #expect(LanguageTag.isValid(tag) == valid)
    }

    @Test func aLanguageTheThemeHasNoStringsForIsLocatedInTheTheme() throws {
        let (content, _) = try frenchSite()
        let lines = buildErrorLines(content: content.path)
        #expect(lines.contains { $0.hasSuffix("/i18n/fr.yaml:1:1: error: the theme has no UI strings for language 'fr' (site.yaml's 'language')") }, "\(lines)")
    }
}

/// The error lines of a build of `content` with the default theme.
private func buildErrorLines(content: String) -> [String] {
    do {
        _ = try Build(settings(content: content, output: content + "-site")).renderedFiles()
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}
