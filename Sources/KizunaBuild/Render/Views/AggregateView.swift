import KizunaContent
import KizunaSite
/// A table of counts as `Disclosure` decided it in Derive: this view only words the figures
/// (「5未満」, 「239以上」, 「非公開」), names the bands and scales the bars to the largest printed count.
struct AggregateView: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var label: String
        var count: String
        var suppressed: Bool
        var share: String?
        /// Bar width in percent; 0 for a hidden cell, so no length depends on it.
        var bar: String
        /// Adjacent categories merged into one figure (a band).
        var band: Bool = false
    }

    var withheld: Bool
    var withheldNote: String?
    var rows: [Row]?
    var minCell: Int?
    var labelHeader: String?
    var countHeader: String?
    var shareHeader: String?
    var total: String?
    var smallNote: String?
    var atLeastNote: String?
    var bandNote: String?
    var otherNote: String?
    /// The same rows drawn as bars; only where a page shows a chart (the network's breakdowns,
    /// single and multi survey questions).
    var chart: BarChartView? = nil
}

struct NetworkView: Encodable, Sendable {
    /// 「2026年11月20日時点の集計です。」: the snapshot's day.
    var asOf: String?
    /// Why there are no figures (no snapshot yet, or figures withdrawn); nil when there are.
    var empty: String?
    var members: String?
    /// 「53名」: the members counted, only when printed as a number (the home page's hero).
    var membersCount: String?
    var mentors: String?
    var byDecade: AggregateView?
    var byIndustry: AggregateView?
    var byInterest: AggregateView?
    var mentorsNote: String?
    var interestsNote: String?
}

struct SurveyView: Encodable, Sendable {
    /// The item's `extra:` (`{{extra.room}}`).
    var extra: ExtraView?
    struct Question: Encodable, Sendable {
        var number: Int
        var id: String
        var text: String
        var typeLabel: String
        var results: AggregateView
        var multi: Bool
        var type: String
        var npsWithheld: Bool
        var nps: String?
        /// Likert and NPS questions: the rows as one stacked bar (`StackedBarChartView`).
        var stackedChart: StackedBarChartView? = nil
        /// Quoted answers (`comments:`), beside the figures; not figures, so never in the CSV.
        var comments: SurveyCommentsView? = nil
        /// The newest survey of a series only: the question year over year (`SurveyTrends`).
        var trend: SurveyTrendView? = nil
    }

    var title: String
    var url: String
    var fielded: String
    var respondents: String
    var kindLabel: String
    var questionCount: Int
    var membersOnly: Bool
    var summary: String?
    /// Detail only.
    var questions: [Question]?
    /// Detail only: the link to the printed figures as CSV.
    var download: SurveyDownloadView? = nil
    /// The survey's text is in another language than the page's (no translation); nil otherwise.
    var untranslated: UntranslatedView? = nil
}
