import Foundation
import KizunaContent

/// Year over year: the questions that surveys of one series (`Survey.seriesKey`) ask again, with
/// each option's printed share in every year and its change since the survey before.
///
/// Privacy: everything here is read off the disclosed tables (`SurveyReport`), never the counts.
/// An option's figure for a year is the share its page prints on a row of its own (a printed
/// count, neither a band nor 「5未満」, 「N以上」 or 「非公開」); a change is the difference of two
/// such printed shares, so it tells a reader nothing two pages do not. Trends are made from the
/// reports a build publishes, so a members-only survey never enters a public build's trends.
public struct SurveyTrends: Sendable {
    /// One survey of a question's trend.
    public struct Year: Sendable, Equatable {
        public var slug: String
        public var title: String
        public var fielded: YearMonth
    }

    public struct Option: Sendable, Equatable {
        /// The option's index in the newest survey's question (its label in any language).
        public var index: Int
        /// One per year of the trend, oldest first: the share its page prints for the option on
        /// a row of its own, or nil (not asked that year, or no figure of its own).
        public var shares: [Double?]
        /// Newest minus the year before, in tenths of a percentage point (+32 is +3.2 points),
        /// of the shares as printed; nil when either year prints none.
        public var change: Int?
        /// Not asked in the year before (a new option): no change to show.
        public var isNew: Bool
    }

    public struct Question: Sendable {
        public var series: String
        /// The newest survey's question (text and options as this language shows them).
        public var question: Survey.Question
        /// Oldest first; the last is the newest survey of the series, whose page shows the trend.
        public var years: [Year]
        /// The newest question's options, in its order. An option dropped this year is not
        /// listed: its figures stay on the older surveys' pages.
        public var options: [Option]
        public var newest: Year { years.last! }
        public var previous: Year { years[years.count - 2] }
    }

    /// At most this many surveys in one trend: the newest and those before.
    public static let maxYears = 5

    /// Every trend, series by series (the one with the newest survey first), questions in the
    /// newest survey's order.
    public var questions: [Question]

    public init(_ reports: [SurveyReport]) {
        // Newest first within a series, as `SurveyKind.publish` orders them; slugs break ties.
        let sorted = reports.sorted { ($0.survey.fielded, $0.survey.slug) > ($1.survey.fielded, $1.survey.slug) }
        var series: [String: [SurveyReport]] = [:], order: [String] = []
        for report in sorted {
            let key = report.survey.seriesKey
            if series[key] == nil { order.append(key) }
            series[key, default: []].append(report)
        }
        questions = order.flatMap { key -> [Question] in
            let reports = series[key]!
            guard reports.count > 1, let newest = reports.first else { return [] }
            return newest.questions.compactMap { Self.trend(of: $0, in: reports, series: key) }
        }
    }

    /// The trends the survey's page shows, by question id (the newest survey of its series only).
    public func of(_ slug: String) -> [String: Question] {
        Dictionary(questions.filter { $0.newest.slug == slug }.map { ($0.question.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A question of the newest report asked again in older ones (same id and type), or nil.
    static func trend(of latest: SurveyReport.QuestionResult, in reports: [SurveyReport], series: String) -> Question? {
        let q = latest.question
        var asked: [(SurveyReport, SurveyReport.QuestionResult)] = []
        for report in reports {
            guard let same = report.questions.first(where: { $0.question.id == q.id }) else { continue }
            // Shares of a single-choice question and of a multiple-choice one are not comparable.
            guard same.question.type == q.type else { continue }
            asked.append((report, same))
            if asked.count == maxYears { break }
        }
        guard asked.count > 1 else { return nil }
        asked.reverse()
        let years = asked.map { Year(slug: $0.0.survey.slug, title: $0.0.survey.title, fielded: $0.0.survey.fielded) }
        let options = q.options.indices.map { index -> Option in
            let key = q.optionKeys.indices.contains(index) ? q.optionKeys[index] : Survey.Question.optionKey(q.options[index])
            let shares = asked.map { printedShare(of: key, in: $0.1) }
            let before = asked[asked.count - 2].1.question.optionKeys
            var change: Int?
            if let now = shares[shares.count - 1], let then = shares[shares.count - 2] {
                change = printedTenths(now) - printedTenths(then)
            }
            return Option(index: index, shares: shares, change: change, isNew: !before.contains(key))
        }
        return Question(series: series, question: q, years: years, options: options)
    }

    /// The share the page prints for the option whose key is `key`, on a row of its own: a
    /// printed count and its share. A band, an open-ended row (「…以前」), a figure shown as
    /// 「5未満」, 「N以上」 or 「非公開」, a withheld question or an option not asked: nil.
    static func printedShare(of key: String, in result: SurveyReport.QuestionResult) -> Double? {
        guard let index = result.question.optionKeys.firstIndex(of: key) else { return nil }
        let row = result.results.rows.first { $0.parts == [.category(String(index))] }
        guard let row, !row.openStart, !row.openEnd, row.shown.value != nil else { return nil }
        return row.share
    }

    /// A share in tenths of a percent exactly as pages print it (one decimal, `%.1f`): the change
    /// between two years is the difference of the two printed figures, which a reader can check,
    /// never of the unrounded shares (1/3 and 2/3 print 33.3% and 66.7%: +33.4 points).
    public static func printedTenths(_ share: Double) -> Int {
        let printed = String(format: "%.1f", share * 100)
        return Int(printed.replacingOccurrences(of: ".", with: "")) ?? 0
    }
}
