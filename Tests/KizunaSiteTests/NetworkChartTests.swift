import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// /network/'s breakdowns drawn as inline SVG bar charts: the charts of a known network against
/// golden files (`Fixtures/golden/charts/`, re-recorded with KIZUNA_RECORD_GOLDEN=1), decades
/// merged into bands on both the chart and the table, and the solver reading the charts.
@Suite struct NetworkChartTests {
    /// 40 members. 1990年代 (2) and 2000年代 (3) are below min_cell 5: they merge into
    /// 「1990〜2000年代入社」 (5); 1980年代 (7) opens the table. 製造 (8) folds in with the rare
    /// industry's 3 into 「その他」; 再雇用 (37 of 40) is 「36以上」.
    static let counts = NetworkCounts(
        members: 40, mentors: 10, decades: [1980: 7, 1990: 2, 2000: 3, 2010: 16, 2020: 12],
        industries: ["IT": 15, "金融": 10, "製造": 8, "RARE": 3], noIndustry: 4,
        interests: ["交流会": 30, "勉強会": 12, "再雇用": 37])

    static func built() throws -> DisclosureTests.BuiltSite {
        try DisclosureTests.BuiltSite([
            "site.yaml": DisclosureTests.siteYAML(minCell: 5) + "languages: [ja, en]\n",
            "stats/2026-11-01.yaml": DisclosureTests.snapshotYAML(counts),
        ])
    }

    /// The page's charts in order (decade, industry, interest).
    static func charts(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<svg class="bar-chart".*?</svg>"#, options: [.dotMatchesLineSeparators])
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { String(html[Range($0.range, in: html)!]) }
    }

    @Test func theChartsOfAKnownNetworkMatchTheirGoldenFiles() throws {
        let built = try Self.built()
        for (language, page) in [("ja", "network/index.html"), ("en", "en/network/index.html")] {
            let charts = Self.charts(try built.page(page))
            #expect(charts.count == 3)
            for (chart, name) in zip(charts, ["by-decade", "by-industry", "by-interest"]) {
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

    /// A decade under min_cell merges with its neighbour: the chart and the table print the band,
    /// never a 「—」 row, and the solver finds nothing in either language.
    @Test func smallDecadesMergeIntoABandOnTheChartAndTheTable() throws {
        let built = try Self.built()
        let ja = try built.page("network/index.html")
        let decade = try #require(Self.charts(ja).first)
        #expect(decade.contains(#">1990〜2000年代入社</text><rect class="chart-bar" x="0" y="68" width="23.7%" height="14" rx="2"/><text class="chart-value" x="23.7%" dx="6" y="80">5</text>"#))
        #expect(decade.contains(">1980年代以前に入社</text>"))
        #expect(decade.contains(#"<g class="chart-row is-band">"#))
        #expect(ja.contains(#"<th scope="row">1990〜2000年代入社</th><td class="num">5</td>"#))
        #expect(!ja.contains("—") && !ja.contains(">1990年代入社<") && !ja.contains(">2000年代入社<"))
        // A count the page does not print has its figure and no bar.
        let interest = try #require(Self.charts(ja).last)
        #expect(interest.contains(#"<g class="chart-row is-suppressed"><text class="chart-label" x="0" y="16">再雇用</text><text class="chart-value" x="0" y="34">36以上</text></g>"#))
        // The text alternative: every row's label and figure.
        #expect(decade.contains(#"<title id="by-decade-chart-title">入社年代の棒グラフ</title><desc id="by-decade-chart-desc">1980年代以前に入社：7、1990〜2000年代入社：5、2010年代入社：16、2020年代入社：12</desc>"#))
        let en = try built.page("en/network/index.html")
        #expect(en.contains(">the 1990s–2000s</text>"))
        let (problems, stats) = try DisclosureTests.solve(["figures", "--min-cell", "5", built.site])
        #expect(problems == [])
        #expect(stats["tables"] == 3)
        // Every chart was read: three in each language.
        #expect(stats["charts"] == 6)
    }

    /// The solver reads the charts: a chart that disagrees with its table, a bar out of
    /// proportion, a bar for a count not printed, a number the table does not have and a chart
    /// with no table are each caught.
    @Test func theSolverCatchesAChartThatSaysMoreThanItsTable() throws {
        let built = try Self.built()
        let page = built.site + "/network/index.html"
        let good = try String(contentsOfFile: page, encoding: .utf8)
        func problems(_ edit: (String) -> String) throws -> [String] {
            let broken = edit(good)
            #expect(broken != good, "the edit changed nothing")
            try broken.write(toFile: page, atomically: true, encoding: .utf8)
            defer { try? good.write(toFile: page, atomically: true, encoding: .utf8) }
            return try DisclosureTests.solve(["figures", "--min-cell", "5", built.site]).problems
        }
        let band = #"<text class="chart-value" x="23.7%" dx="6" y="80">5</text>"#
        // The band says 6 on the chart, 5 in the table.
        let disagree = try problems { $0.replacingOccurrences(of: band, with: band.replacingOccurrences(of: ">5<", with: ">6<")) }
        #expect(disagree.contains { $0.contains("by-decade") && $0.contains("the chart shows") })
        // The band's bar is drawn longer than its figure.
        let long = try problems { $0.replacingOccurrences(of: #"width="23.7%" height="14""#, with: #"width="40.0%" height="14""#) }
        #expect(long.contains { $0.contains("the chart draws 1990〜2000年代入社 (5) as 40.0%") })
        // A bar for 「36以上」: its length would tell how many hold the interest.
        let hidden = try problems {
            $0.replacingOccurrences(of: #">再雇用</text><text class="chart-value" x="0""#,
                                    with: #">再雇用</text><rect class="chart-bar" x="0" y="22" width="75.0%" height="14"/><text class="chart-value" x="0""#)
        }
        #expect(hidden.contains { $0.contains("draws a bar of 75.0% for 再雇用, a count the page does not print") })
        // The text alternative names a figure the table does not print.
        let desc = try problems { $0.replacingOccurrences(of: "1990〜2000年代入社：5、", with: "1990年代入社：2、2000年代入社：3、") }
        #expect(desc.contains { $0.contains("the number 3 appears in the table but is none of its figures") })
        // A chart whose table is gone.
        let alone = try problems { html in
            html.replacingOccurrences(of: #"(?s)<table class="aggregate">.*?</table>"#, with: "", options: .regularExpression)
        }
        #expect(alone.contains { $0.contains("a chart with no table") })
        // Restored, the page is clean again.
        #expect(try DisclosureTests.solve(["figures", "--min-cell", "5", built.site]).problems == [])
    }
}
