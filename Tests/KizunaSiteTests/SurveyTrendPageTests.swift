import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Year over year as built pages show it: the change and small chart under a repeated question
/// of the newest survey, /surveys/trends/ in both languages, nothing of a members-only survey in
/// the public build, the chart against golden files (`Fixtures/golden/charts/trend.*.svg`,
/// re-recorded with KIZUNA_RECORD_GOLDEN=1), and the solver checking every printed change.
@Suite struct SurveyTrendPageTests {
    /// 2025 (members only, 100 respondents): 満足 40, ふつう 30, 不満 3 (「5未満」), 廃止 27.
    /// 2026 (public, 120, translated): 満足 54 (45.0%, +5.0), ふつう 36 (30.0%, ±0.0),
    /// 不満 12 (not compared: 「5未満」 in 2025), 新設 18 (new).
    static let files: [String: String] = [
        "site.yaml": DisclosureTests.siteYAML(minCell: 5) + "languages: [ja, en]\n",
        "surveys/annual-2025.yaml": """
            title: 2025年 サーベイ
            kind: annual
            fielded: 2025-09
            respondents: 100
            audience: members
            questions:
              - id: satisfaction
                text: 満足度を教えてください
                type: multi
                options: [満足, ふつう, 不満, 廃止]
                counts: [40, 30, 3, 27]

            """,
        "surveys/annual-2026.yaml": """
            title: 2026年 サーベイ
            kind: annual
            fielded: 2026-09
            respondents: 120
            audience: public
            questions:
              - id: satisfaction
                text: 満足度を教えてください
                type: multi
                options: [満足, ふつう, 不満, 新設]
                counts: [54, 36, 12, 18]

            """,
        "surveys/annual-2026.en.yaml": """
            title: 2026 Survey
            questions:
              - text: How satisfied are you?
                options: [Satisfied, Neutral, Dissatisfied, Newly added]

            """,
    ]

    static func built(_ audience: Audience) throws -> DisclosureTests.BuiltSite {
        try DisclosureTests.BuiltSite(files, audience: audience)
    }

    static func trendChart(_ html: String) -> String? {
        html.range(of: #"(?s)<svg class="trend-chart".*?</svg>"#, options: .regularExpression).map { String(html[$0]) }
    }

    @Test func theNewestSurveyShowsEachChangeInWordsAndTheTrendsPageCollectsIt() throws {
        let built = try Self.built(.members)
        let ja = try built.page("surveys/annual-2026/index.html")
        #expect(ja.contains(#"<td class="num trend-change is-up"><span class="trend-mark" aria-hidden="true">▲</span> 前回比+5.0ポイント</td>"#))
        #expect(ja.contains(#"<td class="num trend-change is-same">前回比±0.0ポイント</td>"#))
        #expect(ja.contains(#"<th scope="row">不満</th><td class="num is-missing">数値なし</td><td class="num">10.0%</td><td class="num trend-change is-none">比較なし</td>"#))
        #expect(ja.contains(#"<th scope="row">新設</th><td class="num is-missing">数値なし</td><td class="num">15.0%</td><td class="num trend-change is-none">今回から追加</td>"#))
        #expect(ja.contains(#"<a href="/surveys/annual-2025/#q-satisfaction">2025年</a>"#))
        #expect(!ja.contains("廃止"))
        // The older survey's page has no trend: only the newest shows it.
        #expect(!(try built.page("surveys/annual-2025/index.html")).contains(#"class="trend""#))
        // English: the options are matched by the original's text, though 2025 is not translated.
        let en = try built.page("en/surveys/annual-2026/index.html")
        #expect(en.contains(#"<th scope="row">Satisfied</th><td class="num">40.0%</td><td class="num">45.0%</td><td class="num trend-change is-up"><span class="trend-mark" aria-hidden="true">▲</span> +5.0 points since 2025</td>"#))
        #expect(en.contains(">Change since 2025</h3>"))
        // /surveys/trends/ in each language, linked from the survey list.
        for (prefix, words) in [("", ["サーベイの推移", "満足度を教えてください", "前回比+5.0ポイント", "2025年〜2026年"]),
                                ("en/", ["Survey trends", "How satisfied are you?", "+5.0 points since 2025", "2025–2026"])] {
            let page = try built.page(prefix + "surveys/trends/index.html")
            for word in words { #expect(page.contains(word), "\(prefix)surveys/trends/ lacks \(word)") }
            #expect(page.contains(#"<h4 id="t1-trend" class="trend-heading">"#))
            #expect(try built.page(prefix + "surveys/index.html").contains(#"<p class="trends-link"><a href="/\#(prefix)surveys/trends/">"#))
        }
    }

    /// The public build has only the 2026 survey: no trend, no /surveys/trends/, and not one of
    /// the members-only survey's figures or its slug on any page or file.
    @Test func thePublicBuildHasNoTrendOfAMembersOnlySurvey() throws {
        let built = try Self.built(.public)
        #expect(!FileManager.default.fileExists(atPath: built.site + "/surveys/trends/index.html"))
        #expect(!FileManager.default.fileExists(atPath: built.site + "/en/surveys/trends/index.html"))
        let enumerator = try #require(FileManager.default.enumerator(atPath: built.site))
        var read = 0
        // Every page and file but the style sheet, which styles trends in any build.
        for case let path as String in enumerator where !path.hasSuffix(".css") {
            guard let text = try? String(contentsOfFile: built.site + "/" + path, encoding: .utf8) else { continue }
            read += 1
            for leak in ["annual-2025", "2025年 サーベイ", "40.0%", "trend-table", "surveys/trends/"] {
                #expect(!text.contains(leak), "\(path) contains \(leak)")
            }
        }
        #expect(read > 10)
    }

    @Test func theTrendChartMatchesItsGoldenFiles() throws {
        let built = try Self.built(.members)
        for (language, page) in [("ja", "surveys/annual-2026/index.html"), ("en", "en/surveys/annual-2026/index.html")] {
            let svg = try #require(Self.trendChart(try built.page(page))) + "\n"
            let path = Repo.fixtures + "/golden/charts/trend.\(language).svg"
            if recordingGoldenFiles {
                try svg.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOfFile: path, encoding: .utf8)
            #expect(svg == expected, "trend.\(language).svg differs: re-record with KIZUNA_RECORD_GOLDEN=1 and review the diff")
        }
    }

    /// The solver checks each change against the two shares the pages print: an edited change,
    /// a change printed where a share is not, an edited share and a chart number the table does
    /// not have are each caught; a members-only survey's trend in the public build is caught too.
    @Test func theSolverChecksEveryPrintedChange() throws {
        let members = try Self.built(.members)
        let clean = try DisclosureTests.solve(["figures", "--min-cell", "5", members.site])
        #expect(clean.problems == [])
        // One trend on the survey's page and one on /surveys/trends/, in each language.
        #expect(clean.stats["trends"] == 4)
        #expect(clean.stats["changes"] == 8)
        let page = members.site + "/surveys/annual-2026/index.html"
        let good = try String(contentsOfFile: page, encoding: .utf8)
        func problems(_ edit: (String) -> String) throws -> [String] {
            let broken = edit(good)
            #expect(broken != good, "the edit changed nothing")
            try broken.write(toFile: page, atomically: true, encoding: .utf8)
            defer { try? good.write(toFile: page, atomically: true, encoding: .utf8) }
            return try DisclosureTests.solve(["figures", "--min-cell", "5", members.site]).problems
        }
        let cell = #"</span> 前回比+5.0ポイント</td>"#
        let edited = try problems { $0.replacingOccurrences(of: cell, with: #"</span> 前回比+5.1ポイント</td>"#) }
        #expect(edited.contains { $0.contains("満足 prints ▲ 前回比+5.1ポイント, the printed shares differ by +5.0") })
        let unprinted = try problems {
            $0.replacingOccurrences(of: #"<td class="num trend-change is-none">比較なし</td>"#, with: #"<td class="num trend-change is-up">前回比+7.0ポイント</td>"#)
        }
        #expect(unprinted.contains { $0.contains("不満 prints a change (前回比+7.0ポイント) for a share not printed") })
        let share = try problems { $0.replacingOccurrences(of: #"<th scope="row">満足</th><td class="num">40.0%</td>"#, with: #"<th scope="row">満足</th><td class="num">41.0%</td>"#) }
        #expect(share.contains { $0.contains("満足 prints 41.0% for") && $0.contains("annual-2025") })
        let chart = try problems { $0.replacingOccurrences(of: "2025年：数値なし", with: "2025年：3.0%") }
        #expect(chart.contains { $0.contains("the chart says 3.0, which its table does not") })
        #expect(try DisclosureTests.solve(["figures", "--min-cell", "5", members.site]).problems == [])

        // The members build's trend copied into the public build: its 2025 column leads nowhere.
        let publicSite = try Self.built(.public)
        let publicPage = publicSite.site + "/surveys/annual-2026/index.html"
        let trend = try #require(good.range(of: #"(?s)<div class="trend">.*?</p>\n\s*</div>"#, options: .regularExpression))
        let original = try String(contentsOfFile: publicPage, encoding: .utf8)
        let leaked = original.replacingOccurrences(of: #"<p class="back">"#, with: String(good[trend]) + #"<p class="back">"#)
        #expect(leaked != original)
        try leaked.write(toFile: publicPage, atomically: true, encoding: .utf8)
        let found = try DisclosureTests.solve(["figures", "--min-cell", "5", publicSite.site]).problems
        #expect(found.contains { $0.contains("a year links to a page this build does not have") })
    }
}
