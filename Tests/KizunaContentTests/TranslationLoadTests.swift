import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild

/// Translations beside their originals (`x.en.md`, `x.en.yaml`, `site.en.yaml`) as the loader
/// reads them: text fields replace the original's, everything else is inherited, and any other
/// change is a located error, all of a run's reported at once.
@Suite struct TranslationLoadTests {
    /// site.yaml of a portal in Japanese and English, with a segment for events to name.
    static let site = minimalSiteYAML + "languages: [ja, en]\nsegments:\n  tokyo: 東京在住\n"

    static let event = """
    title: 冬の交流会
    start: 2026-12-10T19:00:00+09:00
    end: 2026-12-10T21:00:00+09:00
    mode: in-person
    venue: {name: 本社 10F, address: 東京都港区1-2-3}
    segments: [tokyo]
    capacity: 50
    rsvp: https://forms.example.org/winter?a=1
    description: 年末の交流会です。

    """

    static let post = """
    ---
    title: 初の交流会を開催しました
    date: 2026-10-25T18:00:00+09:00
    tags: [event-report, 交流会]
    author: 運営事務局
    ---
    10月に初めての交流会を開催しました。

    """

    static let survey = """
    title: 2026年 アルムナイサーベイ
    kind: annual
    fielded: 2026-09
    respondents: 20
    questions:
      - id: proud
        text: 当社で働いてよかったと思いますか
        type: likert
        options: [とてもそう思う, そう思う, どちらでもない, そう思わない]
        counts: [9, 8, 2, 1]

    """

    /// The content of inline files and the located problems, `<dir>` for the temporary folder.
    func load(_ files: [String: String]) throws -> (content: Content, lines: [String]) {
        let dir = try TemporaryDirectory(files)
        let (content, d) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        return (content, d.sorted.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") })
    }

    @Test func aTranslatedEventHasItsTextAndTheOriginalsDatesSegmentsAndLinks() throws {
        let (content, lines) = try load([
            "site.yaml": Self.site, "events/winter.yaml": Self.event,
            "events/winter.en.yaml": "title: Winter get-together\nvenue: {name: Head office 10F}\ndescription: Our year-end get-together.\n",
        ])
        #expect(lines.isEmpty, "\(lines)")
        let original = try #require(content[EventKind()].first)
        let english = try #require(content[EventKind(), "en"].first)
        #expect(content[EventKind(), "en"].count == 1)
        #expect(english.slug == "winter")
        #expect(english.title == "Winter get-together")
        #expect(english.venue?.name == "Head office 10F")
        // A text field the translation leaves out is the original's.
        #expect(english.venue?.address == "東京都港区1-2-3")
        #expect(english.description?.text.contains("Our year-end get-together.") == true)
        #expect(english.start == original.start && english.end == original.end)
        #expect(english.segments == ["tokyo"] && english.capacity == 50 && english.mode == .inPerson)
        #expect(english.rsvp == original.rsvp && english.rsvp?.url == "https://forms.example.org/winter?a=1")
        // Links to the original's file lead to this language's page of it.
        #expect(english.at.file.path == original.at.file.path)
        // The original itself is untouched.
        #expect(original.title == "冬の交流会" && original.venue?.name == "本社 10F")
        // In English the translation replaces the original; in Japanese the original stays.
        #expect(content.inLanguage("en", kinds: ContentKinds.builtIn.items)[EventKind()].map(\.title) == ["Winter get-together"])
        #expect(content.inLanguage("ja", kinds: ContentKinds.builtIn.items)[EventKind()].map(\.title) == ["冬の交流会"])
    }

    @Test func aTranslatedNewsPostKeepsItsDateAndTagsAndHasItsOwnBody() throws {
        let (content, lines) = try load([
            "site.yaml": Self.site, "news/first.md": Self.post,
            "news/first.en.md": "---\ntitle: Our first get-together\nauthor: The alumni office\n---\nWe held our first get-together in October.\n",
        ])
        #expect(lines.isEmpty, "\(lines)")
        let original = try #require(content[NewsKind()].first)
        let english = try #require(content[NewsKind(), "en"].first)
        #expect(english.slug == "first")
        #expect(english.title == "Our first get-together" && english.author == "The alumni office")
        #expect(english.date == original.date)
        #expect(english.tags == ["event-report", "交流会"])
        #expect(english.body.text.contains("We held our first get-together in October."))
        #expect(!english.body.text.contains("交流会を開催"))
        // The body's lines are the translation's own, for messages about it.
        #expect(english.body.location.path.hasSuffix("news/first.en.md"))
        #expect(english.body.location.line == 5)
    }

    /// An original that names its slug (`slug:`) is translated under that slug; a translation
    /// may not give another (a link is the same in every language).
    /// A translated post with only its front matter: warned, at the line its body would start.
    @Test func aTranslationWithoutItsBodyIsWarnedAbout() throws {
        let (content, lines) = try load([
            "site.yaml": Self.site, "news/first.md": Self.post, "news/first.en.md": "---\ntitle: Our first meetup\n---\n",
        ])
        #expect(lines == ["<dir>/news/first.en.md:4:1: warning: this translation has no text after its front matter, so its page shows none; translate the body of news/first.md here"])
        #expect(content[NewsKind(), "en"].first?.title == "Our first meetup")
        let (_, translated) = try load([
            "site.yaml": Self.site, "news/first.md": Self.post, "news/first.en.md": "---\ntitle: Our first meetup\n---\nOur first meetup took place in October.\n",
        ])
        #expect(translated.isEmpty, "\(translated)")
    }

    @Test func aTranslationHasTheOriginalsSlug() throws {
        let original = "---\ntitle: 別名の記事\nslug: custom-name\ndate: 2026-11-05\n---\n本文\n"
        let (content, lines) = try load(["site.yaml": Self.site, "news/aliased.md": original, "news/aliased.en.md": "---\ntitle: Aliased\n---\nBody\n"])
        #expect(lines.isEmpty, "\(lines)")
        #expect(content[NewsKind(), "en"].map(\.slug) == ["custom-name"])
        #expect(content.inLanguage("en", kinds: ContentKinds.builtIn.items)[NewsKind()].map(\.title) == ["Aliased"])

        let (_, renamed) = try load(["site.yaml": Self.site, "news/aliased.md": original, "news/aliased.en.md": "---\ntitle: Aliased\nslug: aliased-en\n---\nBody\n"])
        #expect(renamed.count == 1 && renamed[0].hasPrefix("<dir>/news/aliased.en.md:3:7: error: 'slug' is not text a translation may change"), "\(renamed)")
    }

    @Test func aTranslationWithoutItsOriginalIsAnError() throws {
        let (_, lines) = try load(["site.yaml": Self.site, "news/ghost.en.md": "---\ntitle: Ghost\n---\nNo original.\n"])
        #expect(lines == ["<dir>/news/ghost.en.md:1:1: error: this is a translation of news/ghost.md, which does not exist: a translation sits beside its original, with the language before the extension"])
    }

    @Test func aTranslationThatChangesADateIsAnErrorOnThatLine() throws {
        let (content, lines) = try load([
            "site.yaml": Self.site, "events/winter.yaml": Self.event,
            "events/winter.en.yaml": "title: Winter get-together\nstart: 2026-12-11T19:00:00+09:00\n",
        ])
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("<dir>/events/winter.en.yaml:2:8: error: 'start' is not text a translation may change: a translation writes only its text fields (title, venue.name, venue.address, description, report, extra), the rest comes from events/winter.yaml; remove it here, or change it in events/winter.yaml") == true, "\(lines)")
        // Left out, not published with the wrong date.
        #expect(content[EventKind(), "en"].isEmpty)
    }

    /// Written as the original writes it, a field that is not text is allowed (a copied file
    /// keeps its date); the same value in another layout counts as the same.
    @Test func aTranslationMayRepeatTheOriginalsOtherFields() throws {
        let (content, lines) = try load([
            "site.yaml": Self.site, "events/winter.yaml": Self.event,
            "events/winter.en.yaml": "title: Winter get-together\nstart: 2026-12-10T19:00:00+09:00\nsegments:\n  - tokyo\ncapacity: 50\n",
        ])
        #expect(lines.isEmpty, "\(lines)")
        #expect(content[EventKind(), "en"].map(\.title) == ["Winter get-together"])
    }

    @Test func aFieldNeitherInTheOriginalNorTextIsAnError() throws {
        let (_, lines) = try load([
            "site.yaml": Self.site, "news/first.md": Self.post,
            "news/first.en.md": "---\ntitle: Our first get-together\nimage: /static/en.png\n---\nBody.\n",
        ])
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("<dir>/news/first.en.md:3:1: error: 'image' is not text a translation may change") == true, "\(lines)")
    }

    @Test func profilesAreNotTranslated() throws {
        let (_, lines) = try load([
            "site.yaml": Self.site,
            "alumni/a.yaml": "name: 山田 花子\njoined: 2010\nconsent:\n  directory: true\n  fields: [name]\n  stats: true\n",
            "alumni/a.en.yaml": "name: Hanako Yamada\n",
        ])
        #expect(lines == ["<dir>/alumni/a.en.yaml:1:1: error: files in alumni/ are not translated: every language shows them as written in the original; remove this file"])
    }

    @Test func aTranslationIntoALanguageTheSiteDoesNotListIsAnError() throws {
        let (_, lines) = try load(["site.yaml": Self.site, "news/first.md": Self.post, "news/first.fr.md": "---\ntitle: Première rencontre\n---\nCorps.\n"])
        #expect(lines == ["<dir>/news/first.fr.md:1:1: error: this file is a translation into 'fr', which site.yaml's 'languages' (ja, en) does not list: add it there, or rename the file"])
    }

    @Test func aTranslationIntoTheRootLanguageIsAnError() throws {
        let (_, lines) = try load(["site.yaml": Self.site, "news/first.md": Self.post, "news/first.ja.md": "---\ntitle: 交流会\n---\n本文\n"])
        #expect(lines == ["<dir>/news/first.ja.md:1:1: error: 'ja' is the language at the site root: the original is already in it; put this text in the original and remove this file"])
    }

    /// Counts are matched to options by position: a translation may not add or drop one.
    @Test func aSurveyQuestionsOptionsKeepTheirNumber() throws {
        let translated = "title: 2026 alumni survey\nquestions:\n  - text: Are you glad you worked here?\n    options: [Strongly agree, Agree, Disagree]\n"
        let (content, lines) = try load(["site.yaml": Self.site, "surveys/annual-2026.yaml": Self.survey, "surveys/annual-2026.en.yaml": translated])
        #expect(lines == ["<dir>/surveys/annual-2026.en.yaml:4:14: error: 'questions.*.options' must have 4 items, as in surveys/annual-2026.yaml: items are matched by position"])
        #expect(content[SurveyKind(), "en"].isEmpty)

        let right = translated.replacingOccurrences(of: "Agree, Disagree]", with: "Agree, Neutral, Disagree]")
        let (fixed, none) = try load(["site.yaml": Self.site, "surveys/annual-2026.yaml": Self.survey, "surveys/annual-2026.en.yaml": right])
        #expect(none.isEmpty, "\(none)")
        let question = try #require(fixed[SurveyKind(), "en"].first?.questions.first)
        #expect(question.text == "Are you glad you worked here?" && question.id == "proud" && question.type == .likert)
        #expect(question.options == ["Strongly agree", "Agree", "Neutral", "Disagree"] && question.counts == [9, 8, 2, 1])
    }

    @Test func siteYAMLsTranslationChangesOnlyText() throws {
        let (content, lines) = try load([
            "site.yaml": Self.site, "site.en.yaml": "title: Test Alumni\nbase_url: https://alumni.example.com/en/\n",
        ])
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("<dir>/site.en.yaml:2:11: error: 'base_url' is not text a translation may change") == true, "\(lines)")
        #expect(content.translatedSites["en"] == nil)

        let (translated, none) = try load(["site.yaml": Self.site, "site.en.yaml": "title: Test Alumni\n"])
        #expect(none.isEmpty, "\(none)")
        let english = try #require(translated.translatedSites["en"])
        #expect(english.title == "Test Alumni" && english.language == "en" && english.baseURL == "https://alumni.example.com/")
        #expect(translated.site.title == "テスト アルムナイ")
    }

    /// One run reports every bad translation, each at its place, and still reads the good ones.
    @Test func everyBadTranslationOfARunIsReported() throws {
        let (content, lines) = try load([
            "site.yaml": Self.site, "site.en.yaml": "base_url: https://alumni.example.com/en/\n",
            "events/winter.yaml": Self.event, "events/winter.en.yaml": "start: 2026-12-11T19:00:00+09:00\n",
            "news/first.md": Self.post, "news/first.en.md": "---\ntitle: Our first get-together\n---\nFine.\n",
            "news/first.fr.md": "---\ntitle: Première\n---\nCorps.\n", "news/ghost.en.md": "---\ntitle: Ghost\n---\nBody.\n",
            "news/first.ja.md": "---\ntitle: 交流会\n---\n本文\n",
            "surveys/annual-2026.yaml": Self.survey,
            "surveys/annual-2026.en.yaml": "questions:\n  - options: [Yes, No]\n",
            "alumni/a.yaml": "name: 山田 花子\njoined: 2010\nconsent:\n  directory: true\n  fields: [name]\n  stats: true\n",
            "alumni/a.en.yaml": "name: Hanako Yamada\n",
        ])
        let located = lines.map { $0.components(separatedBy: ": error: ").first ?? $0 }
        #expect(located == [
            "<dir>/alumni/a.en.yaml:1:1", "<dir>/events/winter.en.yaml:1:8", "<dir>/news/first.fr.md:1:1", "<dir>/news/first.ja.md:1:1",
            "<dir>/news/ghost.en.md:1:1", "<dir>/site.en.yaml:1:11", "<dir>/surveys/annual-2026.en.yaml:2:14",
        ], "\(lines)")
        #expect(content[NewsKind(), "en"].map(\.title) == ["Our first get-together"])
    }

    @Test(arguments: [
        ("languages: [ja, english]\n", "<dir>/site.yaml:4:17: error: each item of 'languages' must be a language code such as ja or en, not 'english'"),
        ("languages: [ja, en, en]\n", "<dir>/site.yaml:4:21: error: 'en' is listed twice in 'languages'"),
        ("languages: []\n", "<dir>/site.yaml:4:12: error: 'languages' lists no language: write the site's languages, the one at the site root first ([ja, en])"),
        ("language: en\nlanguages: [ja, en]\n", "<dir>/site.yaml:4:11: error: 'language' says en but 'languages' starts with ja, the language at the site root: remove 'language' (languages says it)"),
    ])
    func languagesMustBeCodesOnceWithTheRootFirst(_ written: String, _ expected: String) throws {
        let (_, lines) = try load(["site.yaml": minimalSiteYAML + written])
        #expect(lines == [expected])
    }
}
