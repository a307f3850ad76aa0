/// One repeated question year over year (`SurveyTrends.Question`): a table of each option's
/// printed share per year and its change since the survey before, and the same as small bars.
/// On the newest survey's page under its question, and on /surveys/trends/.
struct SurveyTrendView: Encodable, Sendable {
    struct Year: Encodable, Sendable {
        /// 「2025年」 (「2025年9月」 when a series has two surveys in one year).
        var label: String
        /// The table's column heading: 「2025年」, "2025 survey".
        var column: String
        /// The question on that survey's page, where its figures are printed.
        var url: String
    }

    struct Cell: Encodable, Sendable {
        /// The share as that year's page prints it (「31.9%」), or 「数値なし」.
        var text: String
        var shown: Bool
        /// 「2025年 31.9%」, for the chart.
        var chartText: String
    }

    struct Row: Encodable, Sendable {
        var label: String
        var cells: [Cell]
        /// 「前回比+3.2ポイント」 / "+3.2 points since 2025", 「今回から追加」 or 「比較なし」.
        var change: String
        /// ▲ or ▼ beside a change (the words say it too); nil for none or no change.
        var mark: String?
        /// `up`, `down`, `same` or `none`, for the style sheet.
        var direction: String
    }

    /// Element ids start with it (`q-proud-trend`).
    var id: String
    /// h3 under a question of the survey's page, h4 under a question of /surveys/trends/.
    var headingLevel: Int
    var heading: String
    var years: [Year]
    var rows: [Row]
    var chart: TrendChartView?
    var note: String
    /// The id of the question's heading: the table's region is named by both headings, since
    /// every trend's own heading reads the same (「2025年からの変化」) and landmarks must differ.
    var questionHeading = ""
    /// /surveys/trends/ only: the question, and the newest survey's page of it.
    var question: String? = nil
    var questionURL: String? = nil
}
