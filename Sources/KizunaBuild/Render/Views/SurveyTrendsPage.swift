/// /surveys/trends/: the repeated questions of each series of surveys, year over year.
struct SurveyTrendsPage: PageBody {
    struct Series: Encodable, Sendable {
        /// `Survey.seriesKey`, for grouping only.
        var key: String
        /// The element id of its heading (`series-1`).
        var id: String
        /// The newest survey of the series, and its page.
        var title: String
        var url: String
        /// 「2025年〜2026年」
        var years: String
        var questions: [SurveyTrendView]
    }

    var series: [Series]
}
