import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaSite

/// Year over year (`SurveyTrends`): which surveys are one series, which options are one answer,
/// and that every change is the difference of two printed shares — never of a figure a page
/// withholds, bands or shows as 「5未満」.
@Suite struct SurveyTrendsTests {
    typealias Q = (id: String, type: Survey.Question.QuestionType, options: [String], counts: [Int])

    static func report(_ slug: String, _ year: Int, respondents: Int, series: String? = nil, _ questions: [Q]) -> SurveyReport {
        var survey = Survey(
            slug: slug, title: slug, kind: .annual, fielded: YearMonth(year: year, month: 9), respondents: respondents, audience: .public,
            questions: questions.map {
                Survey.Question(id: $0.id, text: "設問", type: $0.type, options: $0.options, counts: $0.counts,
                                at: FieldLocations(file: SourceLocation(path: slug)), optionKeys: $0.options.map(Survey.Question.optionKey))
            },
            at: FieldLocations(file: SourceLocation(path: "surveys/\(slug).yaml")))
        survey.series = series
        return SurveyReport(survey, minCell: 5)
    }

    static func only(_ trends: SurveyTrends) throws -> SurveyTrends.Question {
        try #require(trends.questions.count == 1)
        return trends.questions[0]
    }

    // MARK: Series

    @Test func aSeriesIsItsSeriesFieldElseTheSlugWithoutItsYear() throws {
        #expect(Survey.slugStem("annual-2025") == "annual")
        #expect(Survey.slugStem("pulse-2026-03") == "pulse")
        #expect(Survey.slugStem("kickoff") == "kickoff")
        #expect(Survey.slugStem("2026") == "2026")
        #expect(Survey.slugStem("team-12") == "team-12")
        let q: Q = ("q1", .single, ["A", "B"], [50, 50])
        // Slugs of one stem are one series; `series:` joins surveys whose slugs differ.
        #expect(try Self.only(SurveyTrends([Self.report("annual-2025", 2025, respondents: 100, [q]),
                                            Self.report("annual-2026", 2026, respondents: 100, [q])])).series == "annual")
        let named = SurveyTrends([Self.report("alumni-survey", 2025, respondents: 100, series: "annual", [q]),
                                  Self.report("annual-2026", 2026, respondents: 100, [q])])
        #expect(named.questions.map(\.years.count) == [2])
        // Two series never mix, and `series:` takes a survey out of its stem's series.
        let apart = SurveyTrends([Self.report("annual-2025", 2025, respondents: 100, series: "exit", [q]),
                                  Self.report("annual-2026", 2026, respondents: 100, [q]),
                                  Self.report("welcome-2025", 2025, respondents: 100, [q])])
        #expect(apart.questions.isEmpty)
    }

    @Test func onlyTheNewestSurveyShowsTheTrendOfAQuestionOfTheSameIdAndType() throws {
        let old = Self.report("annual-2025", 2025, respondents: 100, [("q1", .single, ["A", "B"], [50, 50]), ("q2", .single, ["A", "B"], [50, 50])])
        let new = Self.report("annual-2026", 2026, respondents: 100, [("q1", .single, ["A", "B"], [60, 40]), ("q2", .multi, ["A", "B"], [60, 40])])
        let trends = SurveyTrends([old, new])
        #expect(trends.of("annual-2026").keys.sorted() == ["q1"])
        #expect(trends.of("annual-2025").isEmpty)
        #expect(try Self.only(trends).years.map(\.slug) == ["annual-2025", "annual-2026"])
    }

    @Test func aTrendHoldsAtMostFiveSurveysOldestFirst() throws {
        let q: Q = ("q1", .single, ["A", "B"], [50, 50])
        let reports = (2020...2026).map { Self.report("annual-\($0)", $0, respondents: 100, [q]) }
        let trend = try Self.only(SurveyTrends(reports.shuffled()))
        #expect(trend.years.map(\.fielded.year) == [2022, 2023, 2024, 2025, 2026])
        #expect(trend.options[0].shares == [0.5, 0.5, 0.5, 0.5, 0.5])
    }

    // MARK: Changes

    /// Percentage points are of the printed shares: 1/3 and 2/3 print 33.3% and 66.7%, so the
    /// change is +33.4 points (the unrounded shares differ by 33.33…).
    @Test func aChangeIsTheDifferenceOfThePrintedSharesWithItsDirection() throws {
        let old = Self.report("annual-2025", 2025, respondents: 30, [("q1", .single, ["A", "B"], [10, 20])])
        let new = Self.report("annual-2026", 2026, respondents: 30, [("q1", .single, ["A", "B"], [20, 10])])
        let trend = try Self.only(SurveyTrends([old, new]))
        #expect(trend.options.map(\.change) == [334, -334])
        #expect(SurveyTrends.printedTenths(1.0 / 3) == 333 && SurveyTrends.printedTenths(2.0 / 3) == 667)
        // No change at all is a change of zero, still shown.
        let same = try Self.only(SurveyTrends([old, Self.report("annual-2026", 2026, respondents: 30, [("q1", .single, ["A", "B"], [10, 20])])]))
        #expect(same.options.map(\.change) == [0, 0])
    }

    /// Options match by their text after NFKC (ＡＢＣ is ABC); one new this year shows no change,
    /// one dropped is not listed; an option moved keeps its figures.
    @Test func optionsMatchByTextAddedOnesShowNoChangeAndDroppedOnesAreLeftOut() throws {
        let old = Self.report("annual-2025", 2025, respondents: 100, [("q1", .single, ["ＡＢＣ", "旧", "B"], [40, 30, 30])])
        let new = Self.report("annual-2026", 2026, respondents: 100, [("q1", .single, ["B", "ABC", "新"], [20, 50, 30])])
        let trend = try Self.only(SurveyTrends([old, new]))
        #expect(trend.options.map(\.index) == [0, 1, 2])
        #expect(trend.options.map(\.change) == [-100, 100, nil])
        #expect(trend.options.map(\.isNew) == [false, false, true])
        #expect(trend.options[2].shares == [nil, 0.3])
    }

    /// 「5未満」 one year: the other year's figure is printed, but no change is, since the pair
    /// would give the hidden figure away to within a point.
    @Test func aFigureNotPrintedInEitherYearHasNoChange() throws {
        let old = Self.report("annual-2025", 2025, respondents: 100, [("q1", .multi, ["A", "B"], [3, 50])])
        let new = Self.report("annual-2026", 2026, respondents: 100, [("q1", .multi, ["A", "B"], [30, 60])])
        let trend = try Self.only(SurveyTrends([old, new]))
        #expect(old.questions[0].results.rows.first?.shown == .small)
        #expect(trend.options[0].shares == [nil, 0.3])
        #expect(trend.options[0].change == nil && !trend.options[0].isNew)
        #expect(trend.options[1].change == 100)
    }

    /// Ordered options merged into a band one year (「4〜5」) compare nothing of the band.
    @Test func anOptionInABandInOneYearOnlyHasNoChange() throws {
        let options = ["1", "2", "3", "4", "5"]
        let old = Self.report("annual-2025", 2025, respondents: 100, [("q1", .likert, options, [30, 30, 30, 6, 4])])
        let new = Self.report("annual-2026", 2026, respondents: 100, [("q1", .likert, options, [30, 30, 20, 10, 10])])
        #expect(old.questions[0].results.hasBands && !new.questions[0].results.hasBands)
        let trend = try Self.only(SurveyTrends([old, new]))
        #expect(trend.options.map(\.change) == [0, 0, -100, nil, nil])
        #expect(trend.options[3].shares == [nil, 0.1])
    }

    /// A question withheld as a whole (too few respondents) prints no share, so no change.
    @Test func aWithheldQuestionHasNoFigures() throws {
        let old = Self.report("annual-2025", 2025, respondents: 4, [("q1", .single, ["A", "B"], [2, 2])])
        let new = Self.report("annual-2026", 2026, respondents: 100, [("q1", .single, ["A", "B"], [50, 50])])
        #expect(old.questions[0].results.withheld)
        let trend = try Self.only(SurveyTrends([old, new]))
        #expect(trend.options.map(\.change) == [nil, nil])
        #expect(trend.options.map { $0.shares[0] } == [nil, nil])
    }
}
