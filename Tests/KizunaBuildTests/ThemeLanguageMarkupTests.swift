import Foundation
import Testing
@testable import KizunaBuild

/// The default theme's markup for a site in several languages, rendered from hand-made contexts
/// of the shape the engine gives (`meta.alternates`, `meta.languages`, `meta.untranslated`, a
/// card's `untranslated`), so the theme's side is pinned apart from the engine's. A one-language
/// site (none of these keys) is covered byte for byte by GoldenPageTests.
@Suite struct ThemeLanguageMarkupTests {
    /// The theme as an English page of a Japanese-first site sees it.
    static let theme: Theme = {
        guard let theme = Theme.load(from: Repo.theme, language: "en").theme else { fatalError("the default theme does not load") }
        return theme
    }()

    func render(_ template: String, _ context: [String: Any]) throws -> String {
        var context = context
        context["t"] = Self.theme.strings.templateDictionary
        context["site"] = (context["site"] as? [String: Any] ?? [:]).merging(["lang": "en", "title": "Alumni"]) { a, _ in a }
        return try Self.theme.render(template, context).get()
    }

    /// Japanese (which has no version of this page) and English (this page's language).
    static func languages() -> [String: Any] { [
        "label": "Language",
        "items": [
            ["lang": "ja", "name": "日本語", "url": "/", "current": false, "home": true],
            ["lang": "en", "name": "English", "url": "/en/news/x/", "current": true, "home": false],
        ] as [[String: Any]],
    ] }

    @Test func theLanguageSwitchMarksTheCurrentLanguageAndSaysWhenALinkGoesHome() throws {
        let html = try render("partials/header", ["meta": ["languages": Self.languages()]])
        #expect(html.contains("""
            <nav class="lang-switch" aria-label="Language">
                  <ul>
                    <li><a href="/" hreflang="ja"><span lang="ja">日本語</span> (home page)</a></li>
                    <li><span aria-current="true" lang="en">English</span></li>
                  </ul>
                </nav>
            """))
        var counterpart = Self.languages()
        counterpart["items"] = [["lang": "ja", "name": "日本語", "url": "/news/x/", "current": false, "home": false]]
        #expect(try render("partials/header", ["meta": ["languages": counterpart]])
            .contains(#"<li><a href="/news/x/" hreflang="ja" lang="ja">日本語</a></li>"#))
        #expect(try !render("partials/header", [:]).contains("lang-switch"))
    }

    @Test func alternatesNoticeAndLangOnAnUntranslatedPage() throws {
        let html = try render("page", [
            "meta": [
                "title": "About", "canonical": "https://a.example/en/about/",
                "alternates": [
                    ["hreflang": "ja", "href": "https://a.example/about/"],
                    ["hreflang": "en", "href": "https://a.example/en/about/"],
                    ["hreflang": "x-default", "href": "https://a.example/about/"],
                ],
                "untranslated": ["lang": "ja", "name": "Japanese", "notice": "This page has not been translated into English yet. It is shown in Japanese."],
            ] as [String: Any],
            "page": ["title": "私たちについて", "body_html": "<p>本文</p>"],
        ])
        #expect(html.contains("""
            <link rel="canonical" href="https://a.example/en/about/">
            <link rel="alternate" hreflang="ja" href="https://a.example/about/">
            <link rel="alternate" hreflang="en" href="https://a.example/en/about/">
            <link rel="alternate" hreflang="x-default" href="https://a.example/about/">
            <link rel="alternate" type="application/atom+xml"
            """))
        #expect(html.contains("""
            <article class="wrap article">
            <p class="notice notice-untranslated" role="note">This page has not been translated into English yet. It is shown in Japanese.</p>
              <h1 lang="ja">私たちについて</h1>
              <div class="prose" lang="ja">
            <p>本文</p>
            """))
        let translated = try render("page", ["meta": ["title": "About"], "page": ["title": "About us", "body_html": "<p>Text</p>"]])
        #expect(!translated.contains("hreflang") && !translated.contains("notice") && !translated.contains(" lang=\"ja\""))
    }

    @Test func aCardShownUntranslatedHasItsLanguageAndABadge() throws {
        let untranslated: [String: Any] = ["lang": "ja", "name": "Japanese", "badge": "In Japanese"]
        let card: [String: Any] = ["title": "春の交流会", "url": "/en/news/spring/", "summary": "要約", "date": "Apr 1, 2026",
                                   "date_iso": "2026-04-01", "reading_time": "1 min read", "untranslated": untranslated]
        let news = try render("partials/news-card", card)
        #expect(news.contains(#"<h3 class="card-title" lang="ja"><a href="/en/news/spring/">春の交流会</a></h3>"#))
        #expect(news.contains(#"<span>1 min read</span> <span class="badge badge-untranslated">In Japanese</span></p>"#))
        #expect(news.contains(#"<p class="summary" lang="ja">要約</p>"#))
        let event = try render("partials/event-card", card)
        #expect(event.contains(#"<h3 class="card-title" lang="ja">"#) && event.contains(#"<span class="badge badge-untranslated">In Japanese</span>"#))
        for partial in ["partials/opportunity-card", "partials/ask-card"] {
            let html = try render(partial, card)
            #expect(html.contains(#"<h3 class="card-title" lang="ja">"#) && html.contains(#" <span class="badge badge-untranslated">In Japanese</span></p>"#), "\(partial)")
        }
        // A translated card inside a context that has nothing of the kind: no trace.
        var translated = card
        translated["untranslated"] = nil
        for partial in ["partials/news-card", "partials/event-card", "partials/opportunity-card", "partials/ask-card"] {
            let html = try render(partial, translated)
            #expect(!html.contains("lang=") && !html.contains("untranslated"), "\(partial)")
        }
    }
}
