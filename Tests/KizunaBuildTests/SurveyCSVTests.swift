import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A survey's take-away CSV (`surveys/<slug>/results.csv`: RFC 4180, UTF-8 with a byte-order
/// mark, formulas neutralised) and its quoted comments (`comments:`, consented, never a name).
/// That the CSV prints exactly its page's figures is the solver's to prove (DisclosureTests).
@Suite struct SurveyCSVTests {
    static func survey(options: [String], counts: [Int], respondents: Int = 60, comments: String = "") -> String {
        """
        title: テスト調査
        kind: annual
        fielded: 2026-09
        respondents: \(respondents)
        audience: public
        questions:
          - id: q1
            text: 設問
            type: single
            options: [\(options.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ", "))]
            counts: [\(counts.map(String.init).joined(separator: ", "))]
        \(comments)
        """
    }

    static func built(_ files: [String: String]) throws -> [String: Data] {
        let dir = try TemporaryDirectory(files)
        return try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files.bytes
    }

    /// RFC 4180 read back: fields with their quotes undone, and one leading apostrophe before
    /// a formula character taken off, as docs/CONTENT.md tells a reader.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        func endField() {
            if field.first == "'", let next = field.dropFirst().first, "=+-@\t\r'".contains(next) { field.removeFirst() }
            record.append(field)
            field = ""
        }
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append(chars.removeFirst()) } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                endField()
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                endField()
                records.append(record)
                record = []
            } else { field.unicodeScalars.append(c) }
        }
        return records
    }

    @Test func fieldsAreQuotedAndFormulasNeutralised() {
        #expect(SurveyCSV.field("満足") == "満足")
        #expect(SurveyCSV.field("a,b") == "\"a,b\"")
        #expect(SurveyCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(SurveyCSV.field("two\nlines") == "\"two\nlines\"")
        #expect(SurveyCSV.field("=1+1") == "'=1+1")
        #expect(SurveyCSV.field("+17") == "'+17")
        #expect(SurveyCSV.field("-3") == "'-3")
        #expect(SurveyCSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(SurveyCSV.field("\tx") == "'\tx")
        #expect(SurveyCSV.field("\rx") == "\"'\rx\"")
        #expect(SurveyCSV.field("'quoted") == "''quoted")
        #expect(SurveyCSV.field("=HYPERLINK(\"x\"),1") == "\"'=HYPERLINK(\"\"x\"\"),1\"")
        #expect(SurveyCSV.field("") == "")
    }

    /// A label with a comma, a quote and a leading `=` reaches the file quoted, doubled and
    /// neutralised, and reads back as the page prints it; the file starts with a byte-order mark
    /// and every line ends in CRLF.
    @Test func aHostileLabelIsQuotedAndReadsBackAsThePagePrintsIt() throws {
        let label = "=HYPERLINK(\"http://x\",\"y\"), 他"
        let files = try Self.built(["site.yaml": minimalSiteYAML, "surveys/s.yaml": Self.survey(options: [label, "そのほか"], counts: [30, 25])])
        let data = try #require(files["surveys/s/results.csv"])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains(#"q1,設問,"'=HYPERLINK(""http://x"",""y""), 他",30,50.0%"#))
        let records = Self.records(text)
        #expect(records.first == ["設問ID", "設問", "選択肢", "回答数", "割合"])
        #expect(records.dropFirst().first == ["", "回答者数", "", "60", ""])
        #expect(records.contains(["q1", "設問", label, "30", "50.0%"]))
        #expect(records.contains(["q1", "設問", "未回答", "5", "8.3%"]))
        // The page prints the same label, escaped as HTML.
        let page = String(decoding: try #require(files["surveys/s/index.html"]), as: UTF8.self)
        #expect(page.contains("<th scope=\"row\">=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;), 他</th><td class=\"num\">30</td>"))
        #expect(page.contains(#"<a href="/surveys/s/results.csv" download type="text/csv">CSVでダウンロード</a><span class="meta">（1 KB、Excelで開けます）</span>"#))
    }

    /// Suppressed and merged rows are in the CSV with the page's own markers: 「5未満」 for a
    /// small multi-answer count, a band 「どちらでもない〜まったくそう思わない」 on a scale; each
    /// row as the page's table prints it.
    @Test func suppressedAndBandedRowsPrintThePagesMarkers() throws {
        let yaml = """
            title: テスト調査
            kind: annual
            fielded: 2026-09
            respondents: 52
            audience: public
            questions:
              - id: scale
                text: 満足していますか
                type: likert
                options: [とても満足, 満足, どちらでもない, 不満, まったく不満]
                counts: [20, 20, 7, 3, 2]
              - id: wants
                text: 期待すること
                type: multi
                options: [交流会, 勉強会, 求人]
                counts: [30, 2, 40]
            """
        let files = try Self.built(["site.yaml": minimalSiteYAML, "surveys/s.yaml": yaml])
        let text = String(decoding: try #require(files["surveys/s/results.csv"]).dropFirst(3), as: UTF8.self)
        let page = String(decoding: try #require(files["surveys/s/index.html"]), as: UTF8.self)
        #expect(text.contains("wants,期待すること,勉強会,5未満,\r\n"))
        #expect(text.contains("scale,満足していますか,不満〜まったく不満,5,9.6%\r\n"), "\(text)")
        let rows = Self.records(text).filter { $0.first == "scale" || $0.first == "wants" }
        #expect(rows.count == 7)
        for row in rows {
            #expect(page.contains("<th scope=\"row\">\(row[2])</th><td class=\"num\">\(row[3])</td>"), "\(row)")
        }
    }

    // MARK: Comments

    static let canary = "カナリア-7f3e9c2a-unconsented"

    /// A comment without `consent: true`, with a name or any other key is a located error, all
    /// reported in one run in English and Japanese; the comment's text reaches no model.
    @Test func aCommentWithoutConsentIsALocatedError() throws {
        let comments = """
                comments:
                  - text: 同意あり
                    consent: true
                  - text: \(Self.canary)
                  - text: \(Self.canary)-false
                    consent: false
                  - text: 名前つき
                    consent: true
                    name: 山田
                  - text: ほかの項目
                    consent: true
                    age: 40
            """
        let files = ["site.yaml": minimalSiteYAML, "surveys/s.yaml": Self.survey(options: ["A", "B"], counts: [30, 30], comments: comments)]
        let errors = try diagnostics(for: files)
        #expect(errors.contains { $0.hasPrefix("<dir>/surveys/s.yaml:15:9: error: comment without its author's consent") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("<dir>/surveys/s.yaml:17:18: error: comment without its author's consent") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("<dir>/surveys/s.yaml:20:15: error: a comment carries no name") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("<dir>/surveys/s.yaml:23:9: error: unknown field 'questions[0].comments[4].age'") }, "\(errors)")
        #expect(errors.count == 4)
        let dir = try TemporaryDirectory(files)
        let (content, d) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        #expect(d.all.map { $0.message(.ja) }.contains { $0.hasPrefix("回答者の声（`comments`）に、本人の同意（`consent: true`）がありません。") })
        #expect(d.all.map { $0.message(.ja) }.contains { $0.hasPrefix("回答者の声（`comments`）には名前を書きません。") })
        // The loader keeps only consented comments (a file with errors is not built at all).
        let kept = content[SurveyKind()].flatMap(\.questions).flatMap(\.comments).map(\.text)
        #expect(!kept.contains { $0.contains(Self.canary) })
    }

    /// The canary of a comment without consent is in no file of the site: the build fails with
    /// the located error, and the site built before it (every file scanned) never held it.
    @Test func anUnconsentedCanaryAppearsNowhere() throws {
        let work = try TemporaryDirectory()
        let content = work.path + "/content", site = work.path + "/site"
        try FileManager.default.copyItem(atPath: Repo.content, toPath: content)
        try Build(settings(content: content, output: site, audience: .members)).run()
        let path = content + "/surveys/annual-2026.yaml"
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        let edited = yaml.replacingOccurrences(of: "        consent: true\n", with: "        consent: true\n      - text: \(Self.canary)\n", options: [], range: yaml.range(of: "        consent: true\n"))
        #expect(edited != yaml)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        do {
            try Build(settings(content: content, output: site, audience: .members)).run()
            Issue.record("the build did not fail")
        } catch let failure as BuildFailure {
            let lines = failure.diagnostics.filter { $0.severity == .error }.map(\.description)
            #expect(lines.count == 1 && lines[0].contains("/surveys/annual-2026.yaml:") && lines[0].contains("error: comment without its author's consent"), "\(lines)")
        }
        let files = snapshot(of: site)
        #expect(files.count > 100)
        for (file, data) in files where String(decoding: data, as: UTF8.self).contains(Self.canary) {
            Issue.record("\(file) holds the unconsented comment")
        }
    }

    /// A consented comment is quoted on its page as text (`<b>x</b>` stays literal), in no CSV,
    /// search index or other file; a translation's comment shows on the English page.
    @Test func aConsentedCommentIsQuotedAsText() throws {
        let quote = "<b>x</b> 同意済みカナリア"
        let comments = """
                comments:
                  - text: "\(quote)"
                    consent: true
            """
        let files = try Self.built(["site.yaml": minimalSiteYAML, "surveys/s.yaml": Self.survey(options: ["A", "B"], counts: [30, 30], comments: comments)])
        let page = String(decoding: try #require(files["surveys/s/index.html"]), as: UTF8.self)
        #expect(page.contains("<blockquote class=\"comment\"><p>&lt;b&gt;x&lt;/b&gt; 同意済みカナリア</p></blockquote>"))
        #expect(!page.contains("<b>x</b>"))
        #expect(page.contains(" has-comments\" data-type="))
        for (file, data) in files where file != "surveys/s/index.html" && String(decoding: data, as: UTF8.self).contains("同意済みカナリア") {
            Issue.record("\(file) holds the comment")
        }
        // The example's translation quotes its own words on /en/.
        let out = try TemporaryDirectory()
        let example = try Build(settings(output: out.path + "/site")).renderedFiles().files.bytes
        let en = String(decoding: try #require(example["en/surveys/annual-2026/index.html"]), as: UTF8.self)
        #expect(en.contains("<blockquote class=\"comment\"><p>It means a lot that they keep in touch after I left.</p></blockquote>"))
        let enCSV = String(decoding: try #require(example["en/surveys/annual-2026/results.csv"]), as: UTF8.self)
        #expect(enCSV.contains("\u{FEFF}Question ID,Question,Answer,Count,Share\r\n,Respondents,,243,\r\n") && !enCSV.contains("keep in touch"))
    }

    /// A translation gives each comment's text by position; a different number of comments is
    /// a located error naming the list, not a field it may not change.
    @Test func aTranslationGivesEachCommentByPosition() throws {
        let comments = """
                comments:
                  - text: 一つ目
                    consent: true
                  - text: 二つ目
                    consent: true
            """
        let original = Self.survey(options: ["A", "B"], counts: [30, 30], comments: comments)
        let site = minimalSiteYAML + "languages: [ja, en]\n"
        let one = "questions:\n  - text: Question\n    comments:\n      - text: First\n"
        let errors = try diagnostics(for: ["site.yaml": site, "surveys/s.yaml": original, "surveys/s.en.yaml": one])
        #expect(errors == ["<dir>/surveys/s.en.yaml:4:7: error: 'questions.*.comments' must have 2 items, as in surveys/s.yaml: items are matched by position"], "\(errors)")
        let two = one + "      - text: Second\n"
        #expect(try diagnostics(for: ["site.yaml": site, "surveys/s.yaml": original, "surveys/s.en.yaml": two]) == [])
    }
}
