import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Every Japanese word the project ships reads as docs/JAPANESE.md asks: the example portal as
/// its readers see it (both audiences), the theme's strings and the files `kizuna new` writes.
/// The rules are `JapaneseStyle`'s (ASCII `: ` or `·` between Japanese words, half-width kana,
/// 千 with digits, ‹5, the avoided terms …).
@Suite struct JapaneseCopyTests {
    /// Findings of every page of one build, as `page: finding`.
    static func findings(inPagesOf files: [String: String]) -> [String] {
        files.sorted { $0.key < $1.key }.flatMap { path, html in
            JapaneseStyle.findings(in: VisibleText.lines(of: html).joined(separator: "\n")).map { "\(path): \($0)" }
        }
    }

    @Test(arguments: [Audience.public, .members])
    func everyRenderedPageOfTheExamplePortalFollowsTheGuide(audience: Audience) throws {
        let dir = try TemporaryDirectory()
        let all = try Build(settings(output: dir.path + "/site", audience: audience)).renderedFiles().files.texts(htmlOnly: true)
        // The example is in Japanese at the root and in English under /en/ (read as English).
        let pages = all.filter { !$0.key.hasPrefix("en/") }
        #expect(pages.count > 50 && all.count > pages.count)
        #expect(pages.values.allSatisfy { $0.contains("<html lang=\"ja\">") })
        #expect(all.filter { $0.key.hasPrefix("en/") }.values.allSatisfy { $0.contains("<html lang=\"en\">") })
        let found = Self.findings(inPagesOf: pages)
        #expect(found.isEmpty, "\(found.count) findings:\n\(found.prefix(40).joined(separator: "\n"))")
    }

    /// A figure hidden for privacy is a word the privacy page promises, with the note of
    /// docs/JAPANESE.md §8, never 「‹5」 or a dash; and the example portal's privacy page names
    /// every such word the pages print.
    @Test func hiddenFiguresAreTheWordsThePrivacyPagePromises() throws {
        let survey = """
        title: 調査
        kind: annual
        fielded: 2026-09
        respondents: 30
        audience: public
        questions:
          - id: q1
            text: 関心のあること
            type: multi
            options: [A, B, C]
            counts: [2, 28, 10]
          - id: q2
            text: 満足度
            type: single
            options: [高い, ふつう, 低い]
            counts: [20, 7, 3]

        """
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "surveys/s.yaml": survey])
        let pages = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files.texts(htmlOnly: true)
        let page = try #require(pages["surveys/s/index.html"])
        let lines = VisibleText.lines(of: page)
        for expected in ["5未満", "5未満の数は、個人の特定を避けるため「5未満」と表示しています。", "26以上",
                         "合計から逆算できないよう、一部の数は「26以上」のように下限だけを表示しています。",
                         "ふつう・低い", "人数の少ない区分は、隣の区分とまとめて表示しています。", "非公開"] {
            #expect(lines.contains(expected), "\(expected) is not a line of \(lines)")
        }
        #expect(JapaneseStyle.findings(in: lines.joined(separator: "\n")).isEmpty)

        let privacy = try String(contentsOfFile: Repo.content + "/pages/privacy.md", encoding: .utf8)
        let ja = try #require(Theme.load(from: Repo.theme, language: "ja").theme).strings
        for word in [ja.format("aggregate.small", ["n": "5"]), ja["aggregate.withheld"], ja["aggregate.other"]] {
            #expect(privacy.contains("「\(word)」"), "the privacy page does not promise 「\(word)」")
        }
        #expect(privacy.contains("「239以上」のように下限だけを表示します") && privacy.contains("隣の区分とまとめて表示します"))
    }

    /// What feed readers and calendar apps list: every feed's title and every calendar's name.
    @Test func feedTitlesAndCalendarNamesFollowTheGuide() throws {
        let dir = try TemporaryDirectory()
        let files = try Build(settings(output: dir.path + "/site", audience: .members)).renderedFiles().files.texts()
        var names: [String: String] = [:]
        for (path, text) in files where path.hasSuffix(".xml") && text.contains("<feed") {
            names[path] = text.range(of: "<title>").flatMap { open in
                text.range(of: "</title>", range: open.upperBound..<text.endIndex).map { String(text[open.upperBound..<$0.lowerBound]) }
            }
        }
        for (path, text) in files where path.hasSuffix(".ics") {
            // Folded lines continue after CRLF and one space (RFC 5545).
            let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
            names[path] = unfolded.components(separatedBy: "\r\n").first { $0.hasPrefix("X-WR-CALNAME:") }.map { String($0.dropFirst(13)) }
        }
        #expect(names.count > 20 && names.values.allSatisfy { !$0.isEmpty })
        #expect(names["events/calendar.ics"] == "サンプルキャリア アルムナイネットワークのイベント")
        let found = names.sorted { $0.key < $1.key }.flatMap { path, name in JapaneseStyle.findings(in: name).map { "\(path): \($0)" } }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func everyJapaneseThemeStringFollowsTheGuide() throws {
        let theme = try #require(Theme.load(from: Repo.theme, language: "ja").theme)
        let ja = theme.strings
        var texts = ja.values.filter { !$0.key.hasPrefix("format.") || $0.value.unicodeScalars.contains(where: JapaneseStyle.isJapanese) }
        for (key, forms) in ja.plurals { for (form, text) in forms { texts["\(key).\(form)"] = text } }
        for (key, list) in ja.lists { texts[key] = list.joined(separator: "、") }
        #expect(texts.count > 250)
        // Placeholders read as the figure they stand for, so 「‹{n}」 is caught as 「‹5」.
        let filled = texts.mapValues { $0.replacingOccurrences(of: "\\{[a-zA-Z]+\\}", with: "5", options: .regularExpression) }
        let found = filled.sorted { $0.key < $1.key }.flatMap { key, text in JapaneseStyle.findings(in: text).map { "\(key): \($0)" } }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test(arguments: NewFileKind.allCases)
    func everyFileKizunaNewWritesFollowsTheGuide(kind: NewFileKind) {
        let text = Scaffold(today: LocalDate(year: 2026, month: 11, day: 25), zone: TimeZone(identifier: "Asia/Tokyo")!,
                            segments: ["kansai"]).text(kind, slug: "example")
        let found = JapaneseStyle.findings(in: text)
        #expect(found.isEmpty, "\(found)")
    }

    /// The prose of a guide as `line: text`: code spans and code blocks left out (keys, commands
    /// and messages appear as typed), the full examples (`<!-- file: … -->`) kept, since readers
    /// see what they publish; and without the chapter that quotes Kizuna's messages, which
    /// follows the message catalogue.
    static func prose(ofGuide name: String, skippingChapter chapter: String?) throws -> [(line: Int, text: String)] {
        let lines = try String(contentsOfFile: Repo.root + "/docs/" + name, encoding: .utf8).components(separatedBy: "\n")
        var out: [(Int, String)] = []
        var inCode = false, isExample = false, inSkipped = false
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("## ") { inSkipped = chapter.map { line.hasPrefix("## " + $0) } ?? false }
            if line.hasPrefix("```") {
                isExample = !inCode && index > 0 && lines[index - 1].hasPrefix("<!-- file: ")
                inCode.toggle()
                continue
            }
            guard !inSkipped, !inCode || isExample else { continue }
            let text = line.replacingOccurrences(of: "``[^`]*``", with: "", options: .regularExpression)
                .replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
            out.append((index + 1, text))
        }
        return out
    }

    @Test(arguments: [("editors.ja.md", "6."), ("hosting.ja.md", nil)] as [(String, String?)])
    func theJapaneseGuidesFollowTheGuide(guide: String, messagesChapter: String?) throws {
        let prose = try Self.prose(ofGuide: guide, skippingChapter: messagesChapter)
        #expect(prose.count > 200)
        let found = prose.flatMap { line, text in JapaneseStyle.findings(in: text).map { "\(guide):\(line): \($0)" } }
        #expect(found.isEmpty, "\(found.count) findings:\n\(found.joined(separator: "\n"))")
    }

    // MARK: The checks themselves

    /// A label assembled from parts, as the pages printed it before issue 18, is caught on a page.
    @Test(arguments: [
        ("<p class=\"more\"><a href=\"/events/\">すべて見る: イベント →</a></p>", "': '"),
        ("<p class=\"meta\"><time datetime=\"2026-06-03\">2026年6月3日（水）</time> · 1分で読めます</p>", "'·'"),
        ("<p class=\"meta\">掲載日: <time datetime=\"2026-06-03\">2026年6月3日（水）</time></p>", "': '"),
        ("<p>カレンダーを購読: <a href=\"webcal://x\">カレンダーアプリで購読</a> · <a href=\"/e.ics\">iCalendar ファイル</a></p>", "': '"),
        ("<td class=\"num\">‹5</td><td>人</td>", "before a figure"), ("<td class=\"num\">&lt;5</td>", "before a figure"),
        ("<p>ｱﾙﾑﾅｲ</p>", "half-width katakana"),
        ("<p>年収 800万〜1,100万円（3千円）</p>", "千 after digits"),
        ("<p>ウェルカムサーベイの結果</p>", "avoided term"), ("<p>項目・フィールドの名前</p>", "avoided term フィールド"),
        ("<img src=\"/x.png\" alt=\"交流会 · 会場\">", "'·'"),
        ("<meta name=\"description\" content=\"元社員のためのポータル\">", "avoided term"),
    ])
    func aFindingOnAPageIsReported(html: String, rule: String) {
        let found = Self.findings(inPagesOf: ["index.html": html])
        #expect(found.contains { $0.contains(rule) }, "\(found)")
    }

    /// What the guide allows is not reported: times, a key as typed, Latin names side by side,
    /// 〜 ranges, a script's text.
    @Test func legitimateTextIsNotReported() {
        let html = """
        <p>2026年12月3日（木） 19:00〜21:00</p><p><code>draft: true</code> の行</p><p>Atom · JSON Feed</p>
        <p>年収 800万〜1,100万円、1,500〜1,800円</p><script>let a = "交流会: 会場 · 本社"</script>
        <style>p::after { content: "・"; }</style><p>会費：5,000円</p><p>インサイドセールスとフィールドセールス、株式会社ネクストフィールド</p>
        """
        #expect(Self.findings(inPagesOf: ["index.html": html]) == [])
        #expect(VisibleText.lines(of: "<p>A&amp;B &#x3042;&#12354;</p><img alt=\"写真\">") == ["A&B ああ", "写真"])
    }
}
