import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Each survey question drawn as inline SVG: bars for single and multi (`BarChartView`), a
/// diverging bar for Likert and the NPS groups with the score (`StackedBarChartView`). Charts of a
/// known survey against golden files (`Fixtures/golden/charts/survey-*.svg`, re-recorded with
/// KIZUNA_RECORD_GOLDEN=1), and the solver reading them like their tables.
@Suite struct SurveyChartTests {
    static let likert = ["とてもそう思う", "そう思う", "どちらでもない", "そう思わない", "まったくそう思わない"]

    /// 100 respondents, min_cell 5. q4's last two options (3 and 2) merge into one band of 5.
    /// q5's detractors print as 「0〜4」 11, 5 and 6: the score (+34) is printed. q6's detractors
    /// (3 in all) are below min_cell and merge with 7 into 「0〜7」, across the groups: the score is
    /// withheld and the chart draws the rows as printed.
    static let questions: [DisclosureTests.Question] = [
        .init(type: "single", counts: [40, 30, 20, 10]),
        .init(type: "multi", counts: [60, 45, 12, 3]),
        .init(type: "likert", counts: [30, 35, 15, 12, 8], options: likert),
        .init(type: "likert", counts: [45, 40, 10, 3, 2], options: likert),
        .init(type: "nps", counts: [2, 1, 1, 3, 4, 5, 6, 10, 12, 26, 30]),
        .init(type: "nps", counts: [0, 0, 0, 0, 0, 1, 2, 10, 12, 40, 35]),
    ]
    static let names = ["survey-single", "survey-multi", "survey-likert", "survey-likert-banded", "survey-nps", "survey-nps-withheld"]

    static func built(_ questions: [DisclosureTests.Question] = questions, respondents: Int = 100, minCell: Int = 5) throws -> DisclosureTests.BuiltSite {
        try DisclosureTests.BuiltSite([
            "site.yaml": DisclosureTests.siteYAML(minCell: minCell) + "languages: [ja, en]\n",
            "surveys/charts.yaml": DisclosureTests.surveyYAML(respondents: respondents, questions),
        ])
    }

    /// The page's charts in order, one per question that has one.
    static func charts(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<svg class="(?:bar|stacked)-chart.*?</svg>"#, options: [.dotMatchesLineSeparators])
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { String(html[Range($0.range, in: html)!]) }
    }

    @Test func theChartsOfAKnownSurveyMatchTheirGoldenFiles() throws {
        let built = try Self.built()
        for (language, page) in [("ja", "surveys/charts/index.html"), ("en", "en/surveys/charts/index.html")] {
            let charts = Self.charts(try built.page(page))
            #expect(charts.count == Self.names.count)
            for (chart, name) in zip(charts, Self.names) {
                let path = Repo.fixtures + "/golden/charts/\(name).\(language).svg"
                let svg = chart + "\n"
                if recordingGoldenFiles {
                    try svg.write(toFile: path, atomically: true, encoding: .utf8)
                    continue
                }
                let expected = try String(contentsOfFile: path, encoding: .utf8)
                #expect(svg == expected, "\(name).\(language).svg differs: re-record with KIZUNA_RECORD_GOLDEN=1 and review the diff")
            }
        }
    }

    /// What each chart draws, and that the solver reads every one and finds nothing.
    @Test func theChartsDrawThePrintedRows() throws {
        let built = try Self.built()
        let ja = try built.page("surveys/charts/index.html")
        let charts = Self.charts(ja)
        try #require(charts.count == 6)
        // Likert: negative left of the centre line, neutral centred on it, positive right.
        #expect(charts[2].contains(#"<rect class="chart-segment" x="31.0%" y="8" width="5.5%" height="28"/>"#))
        #expect(charts[2].contains(#"<line class="chart-centre" x1="50.0%" x2="50.0%""#))
        #expect(charts[2].contains(#"<g class="chart-row tone-neutral"><rect class="chart-segment" x="44.8%" y="8" width="10.3%" height="28"/>"#))
        // A band of two options is one segment, labelled as the table labels it.
        #expect(charts[3].contains(#"<g class="chart-row tone-neg1 is-band">"#))
        #expect(charts[3].contains(#"<tspan class="chart-label">そう思わない〜まったくそう思わない</tspan><tspan class="chart-value" dx="8">5</tspan>"#))
        #expect(ja.contains(#"<th scope="row">そう思わない〜まったくそう思わない</th><td class="num">5</td>"#))
        // NPS: the three groups, sums of printed rows, and the score shown large.
        #expect(charts[4].contains(#"<text class="chart-score" x="0" y="50">+34</text>"#))
        #expect(charts[4].contains(#"<tspan class="chart-label">批判者（0〜6）</tspan><tspan class="chart-value" dx="8">22</tspan>"#))
        #expect(charts[4].contains(#"<tspan class="chart-label">推奨者（9〜10）</tspan><tspan class="chart-value" dx="8">56</tspan>"#))
        #expect(ja.contains("NPS <strong>+34</strong>"))
        // Withheld: no score, and the band across detractors and passives drawn as printed.
        #expect(!charts[5].contains("chart-score\""))
        #expect(charts[5].contains(#"<text class="chart-score-withheld" x="0" y="44">非公開</text>"#))
        #expect(charts[5].contains(#"<g class="chart-row tone-mixed is-band">"#))
        #expect(charts[5].contains(#"<tspan class="chart-label">0〜7</tspan><tspan class="chart-value" dx="8">13</tspan>"#))
        #expect(!charts[5].contains("批判者（"))
        // Multi: 「5未満」 has its figure and no bar.
        #expect(charts[1].contains(#"<text class="chart-label" x="0" y="154">選択肢4</text><text class="chart-value" x="0" y="172">5未満</text>"#))
        // The text alternative of each chart, and the table kept beside it.
        #expect(charts[0].contains(#"<title id="q-q1-chart-title">回答の棒グラフ</title><desc id="q-q1-chart-desc">選択肢1：40、選択肢2：30、選択肢3：20、選択肢4：10</desc>"#))
        #expect(charts[4].contains("<desc id=\"q-q5-chart-desc\">NPS：+34。批判者（0〜6）：22、中立者（7〜8）：22、推奨者（9〜10）：56</desc>"))
        #expect(ja.components(separatedBy: "<table class=\"aggregate\">").count == 7)
        let en = try built.page("en/surveys/charts/index.html")
        #expect(en.contains(#"<tspan class="chart-label">Detractors (0–6)</tspan><tspan class="chart-value" dx="8">22</tspan>"#))
        let (problems, stats) = try DisclosureTests.solve(["figures", "--min-cell", "5", built.site])
        #expect(problems == [])
        #expect(stats["charts"] == 12)
    }

    /// An all-zero question of every type renders without dividing by zero, with min_cell 1
    /// (every count printed, zeros included: bars of 0%, no Likert chart, an NPS chart with no
    /// segment) and with min_cell 5. (The solver holds a printed 0 to be below min_cell 1, so it
    /// reads only the min_cell 5 build.)
    @Test func anAllZeroQuestionRendersWithoutDividingByZero() throws {
        let zero: [DisclosureTests.Question] = [
            .init(type: "single", counts: [0, 0, 0]), .init(type: "multi", counts: [0, 0, 0]),
            .init(type: "likert", counts: [0, 0, 0, 0, 0], options: Self.likert), .init(type: "nps", counts: Array(repeating: 0, count: 11)),
        ]
        for (minCell, respondents) in [(1, 0), (1, 12), (5, 12)] {
            let built = try Self.built(zero, respondents: respondents, minCell: minCell)
            let page = try built.page("surveys/charts/index.html")
            for bad in ["nan", "inf", "NaN"] { #expect(!page.contains("\(bad)%"), "\(bad) with min_cell \(minCell)") }
            #expect(page.contains("<section class=\"question"))
            if minCell == 1 && respondents > 0 {
                #expect(page.contains(#"<rect class="chart-bar" x="0" y="22" width="0.0%""#))
                #expect(page.contains("<svg class=\"stacked-chart is-nps\"") && !page.contains("stacked-chart is-likert"))
            }
            if minCell == 5 { #expect(try DisclosureTests.solve(["figures", "--min-cell", "5", built.site]).problems == []) }
        }
        // The views themselves, given nothing but zeros.
        let entries = (0..<5).map { StackedBarChartView.Entry(label: "\($0)", value: "0", count: 0, tone: "neutral", band: false, drawn: true) }
        #expect(StackedBarChartView(kind: "likert", id: "z", title: "", desc: "", entries: entries, drawOrder: Array(0..<5),
                                    diverging: ([3, 4], [2]), score: nil) == nil)
        let nps = try #require(StackedBarChartView(kind: "nps", id: "z", title: "", desc: "", entries: entries, drawOrder: Array(0..<5),
                                                   diverging: nil, score: ("NPS", nil, "非公開")))
        #expect(nps.segments.allSatisfy { $0.width == nil })
    }

    /// The solver reads the stacked charts: a figure that differs from its table, a group that
    /// is not the sum of its rows, a segment out of proportion, a gap, a score the page does not
    /// print and a stray number are each caught.
    @Test func theSolverCatchesAStackedChartThatSaysMoreThanItsTable() throws {
        let built = try Self.built()
        let page = built.site + "/surveys/charts/index.html"
        let good = try String(contentsOfFile: page, encoding: .utf8)
        func problems(_ edit: (String) -> String) throws -> [String] {
            let broken = edit(good)
            #expect(broken != good, "the edit changed nothing")
            try broken.write(toFile: page, atomically: true, encoding: .utf8)
            defer { try? good.write(toFile: page, atomically: true, encoding: .utf8) }
            return try DisclosureTests.solve(["figures", "--min-cell", "5", built.site]).problems
        }
        // The band says 6 on the chart, 5 in the table.
        let band = #"<tspan class="chart-label">そう思わない〜まったくそう思わない</tspan><tspan class="chart-value" dx="8">5</tspan>"#
        let disagree = try problems { $0.replacingOccurrences(of: band, with: band.replacingOccurrences(of: ">5<", with: ">6<")) }
        #expect(disagree.contains { $0.contains("q4") && $0.contains("which is no row of the table") })
        // The detractors say 23, their rows add up to 22.
        let detractors = #"<tspan class="chart-label">批判者（0〜6）</tspan><tspan class="chart-value" dx="8">22</tspan>"#
        let sum = try problems { $0.replacingOccurrences(of: detractors, with: detractors.replacingOccurrences(of: ">22<", with: ">23<")) }
        #expect(sum.contains { $0.contains("q5") && $0.contains("its rows add up to 22") })
        // The neutral segment drawn wider than its figure (and so a gap after it).
        let wide = try problems {
            $0.replacingOccurrences(of: #"x="44.8%" y="8" width="10.3%""#, with: #"x="44.8%" y="8" width="12.0%""#)
        }
        #expect(wide.contains { $0.contains("q3") && $0.contains("as 12.0%") })
        #expect(wide.contains { $0.contains("q3") && $0.contains("overlap or gap") })
        // A score on the withheld question's chart.
        let score = try problems {
            $0.replacingOccurrences(of: #"<text class="chart-score-withheld" x="0" y="44">非公開</text>"#,
                                    with: #"<text class="chart-score" x="0" y="50">+60</text>"#)
        }
        #expect(score.contains { $0.contains("q6") && $0.contains("the chart shows the score +60, the page prints None") })
        // A number in the text alternative that is none of the table's figures.
        let desc = try problems { $0.replacingOccurrences(of: "批判者（0〜6）：22、", with: "批判者（0〜6）：22（0〜2は4）、") }
        #expect(desc.contains { $0.contains("q5") && $0.contains("the number 2 appears in the chart") })
        // Restored, the page is clean again.
        #expect(try DisclosureTests.solve(["figures", "--min-cell", "5", built.site]).problems == [])
    }
}
