import Foundation
import Testing
@testable import KizunaContent

/// `kizuna new … --translation`'s file: every text field with the original's value, written so
/// that it reads back as exactly that text (quotes where a plain value would read otherwise,
/// literal blocks that end as the text does, a multi-line text in a list quoted), nested as the
/// original, and nothing the overlay would refuse.
@Suite struct TranslationScaffoldTests {
    static let english = LocalizedText(en: "English", ja: "英語")

    /// Originals whose text is as awkward as an editor's can be.
    static let files: [String: String] = [
        "site.yaml": minimalSiteYAML + "languages: [ja, en]\n",
        "events/meetup.yaml": """
            title: "yes"
            start: 2026-12-10T19:00:00+09:00
            mode: in-person
            venue: {name: "#1: 本社, 20F", address: " 東京都 "}
            description: "一行目\\n  二行目（字下げ）"
            audience: public
            extra:
              room: 20F
              hosts: [山田, "佐藤, 鈴木"]
              note: |+
                残す改行

              schedule:
                - time: "19:00"
                  what: 受付
                - 開始

            """,
        "surveys/annual.yaml": """
            title: サーベイ
            kind: annual
            fielded: 2026-09
            respondents: 20
            summary: "\\n先頭の空行"
            audience: public
            questions:
              - id: q1
                text: "はい, いいえ?"
                type: single
                options: ["はい, そう", "no", "true", "二行の\\n選択肢"]
                counts: [8, 4, 4, 4]
              - id: q2
                text: |
                  二行の
                  設問
                type: nps
                counts: [0, 0, 0, 1, 0, 1, 2, 4, 4, 5, 3]

            """,
        "news/post.md": """
            ---
            title: "2026"
            date: 2026-11-01
            summary: "  前後に空白  "
            author: 'O''Brien # 事務局'
            ---
            本文です。

            ---

            最後の行に改行なし
            """,
    ]

    @Test func everyTextReadsBackExactlyAndLoads() throws {
        let dir = try TemporaryDirectory(Self.files)
        let parser = YAMLParser()
        for (kind, slug) in [(NewFileKind.event, "meetup"), (.survey, "annual"), (.news, "post")] {
            let (path, original) = try ScaffoldWriter.createTranslation(kind, slug: slug, language: "en", languageName: Self.english, contentDirectory: dir.path)
            #expect(path == dir.path + "/" + kind.folder + "/" + slug + ".en." + kind.kind.format.fileExtension)
            let written = try String(contentsOfFile: path, encoding: .utf8)
            let source = try String(contentsOfFile: original, encoding: .utf8)
            #expect(written.contains("English (en) translation of \(kind.relativePath(slug: slug))"))
            #expect(written.contains("\(kind.relativePath(slug: slug)) の英語（en）訳"))
            var yaml = (translated: written, original: source)
            if kind.kind.format == .markdown {
                guard case .success(let over) = FrontMatter.split(written), case .success(let under) = FrontMatter.split(source) else {
                    Issue.record("front matter")
                    continue
                }
                #expect(over.body == under.body, "the body, to its last character")
                yaml = (over.yaml, under.yaml)
            }
            let over = try #require(parser.parse(yaml.translated, path: path).root)
            let under = try #require(parser.parse(yaml.original, path: original).root)
            var d = Diagnostics()
            let merged = TranslationOverlay(textFields: kind.kind.textFields, original: kind.relativePath(slug: slug)).merge(under, over, &d)
            #expect(d.all.isEmpty, "\(d.all)")
            #expect(TranslationOverlay.same(merged, under), "\(kind): every text as the original's\n\(written)")
        }
        let event = try String(contentsOfFile: dir.path + "/events/meetup.en.yaml", encoding: .utf8)
        #expect(event.contains("\nvenue:\n  name: \"#1: 本社, 20F\"\n  address: \" 東京都 \"\n"))
        #expect(event.contains("\ndescription: |-\n  一行目\n    二行目（字下げ）\n"))
        #expect(!event.contains("start:") && !event.contains("mode:") && !event.contains("audience:"))
        let survey = try String(contentsOfFile: dir.path + "/surveys/annual.en.yaml", encoding: .utf8)
        #expect(survey.contains("\nquestions:\n  - text: \"はい, いいえ?\"\n    options: [\"はい, そう\", \"no\", \"true\", \"二行の\\n選択肢\"]\n  - text: |\n      二行の\n      設問\n"))
        #expect(!survey.contains("id:") && !survey.contains("counts:") && !survey.contains("type:"))

        // The whole content loads and validates with the translations, without a word.
        let kinds: [any ItemKind] = [NewsKind(), EventKind(), SurveyKind()]
        let (content, loaded) = ContentLoader(contentDirectory: dir.path, kinds: kinds).load()
        #expect(loaded.all.isEmpty, "\(loaded.all)")
        if case .failure(let failure) = SiteValidator(kinds: kinds).validate(content) { Issue.record("\(failure.diagnostics)") }
        #expect(content[EventKind(), "en"].map(\.slug) == ["meetup"])
        #expect(content[SurveyKind(), "en"].map(\.slug) == ["annual"])
        #expect(content[NewsKind(), "en"].map(\.slug) == ["post"])
    }

    /// A literal block says how its text ends only when asked to (the importer's files keep `|`).
    @Test func exactBlocksSayHowTheTextEnds() throws {
        typealias Entry = YAMLTextEdit.Entry
        let texts = ["a\nb", "a\nb\n", "a\nb\n\n", "\n\nb"]
        let rendered = YAMLTextEdit.render(texts.enumerated().map { Entry("k\($0)", .text($1)) }, header: "", exactBlocks: true)
        #expect(rendered == "k0: |-\n  a\n  b\nk1: |\n  a\n  b\nk2: |+\n  a\n  b\n\nk3: |-\n\n\n  b\n")
        let root = try #require(YAMLParser().parse(rendered, path: "x.yaml").root)
        guard case .mapping(let pairs) = root.kind else { Issue.record("not a mapping"); return }
        #expect(pairs.map { $0.value.scalar } == texts)
        #expect(YAMLTextEdit.render([Entry("k", .text("a\nb"))], header: "") == "k: |\n  a\n  b\n")
        // A block takes its indentation from its first line with text: one that starts indented is quoted.
        #expect(YAMLTextEdit.render([Entry("k", .text("\n  b"))], header: "", exactBlocks: true) == "k: \"\\n  b\"\n")
    }
}
