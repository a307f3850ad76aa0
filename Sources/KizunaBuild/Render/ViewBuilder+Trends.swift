import Foundation
import KizunaContent
import KizunaSite

/// Views of year over year (`SurveyTrends`): words and marks for the changes it computed, the
/// years named as readers name them, and the small chart.
extension ViewBuilder {
    /// The questions of a survey's page, each with its trend when it has one.
    func withTrends(_ questions: [SurveyView.Question]?, _ trends: [String: SurveyTrends.Question]) -> [SurveyView.Question]? {
        questions?.map { q in
            var q = q
            q.trend = trends[q.id].map {
                var view = trend($0, id: "q-\(q.id)-trend", headingLevel: 3)
                view.questionHeading = "q-\(q.id)"
                return view
            }
            return q
        }
    }

    /// /surveys/trends/: every trend of the build, series by series.
    func trendsPage(_ trends: SurveyTrends) -> SurveyTrendsPage {
        var groups: [SurveyTrendsPage.Series] = []
        for (index, q) in trends.questions.enumerated() {
            var view = trend(q, id: "t\(index + 1)-trend", headingLevel: 4)
            view.question = q.question.text
            view.questionHeading = "t\(index + 1)-question"
            view.questionURL = url(.survey(q.newest.slug)) + "#q-\(q.question.id)"
            if groups.last?.key != q.series {
                groups.append(SurveyTrendsPage.Series(key: q.series, id: "series-\(groups.count + 1)", title: q.newest.title, url: url(.survey(q.newest.slug)),
                                                      years: strings.format("trends.years", ["from": yearLabel(q.years.first!, in: q.years),
                                                                                             "to": yearLabel(q.newest, in: q.years)]),
                                                      questions: []))
            }
            groups[groups.count - 1].questions.append(view)
        }
        return SurveyTrendsPage(series: groups)
    }

    func trend(_ q: SurveyTrends.Question, id: String, headingLevel: Int) -> SurveyTrendView {
        let years = q.years.map { year in
            let label = yearLabel(year, in: q.years)
            return SurveyTrendView.Year(label: label, column: strings.format("trends.column", ["year": label]),
                                        url: url(.survey(year.slug)) + "#q-\(q.question.id)")
        }
        let since = years[years.count - 2].label
        var tenths: [[Int?]] = []
        let rows = q.options.map { option -> SurveyTrendView.Row in
            let label = q.question.options.indices.contains(option.index) ? q.question.options[option.index] : ""
            let cells = zip(option.shares, years).map { share, year in
                let text = share.map(format.percent) ?? strings["trends.no_figure"]
                return SurveyTrendView.Cell(text: text, shown: share != nil,
                                            chartText: strings.format("trends.chart_year", ["year": year.label, "value": text]))
            }
            tenths.append(option.shares.map { $0.map(SurveyTrends.printedTenths) })
            guard let change = option.change else {
                return SurveyTrendView.Row(label: label, cells: cells, change: strings[option.isNew ? "trends.new" : "trends.not_compared"],
                                           mark: nil, direction: "none")
            }
            let points = String(format: "%d.%d", abs(change) / 10, abs(change) % 10)
            let direction = change > 0 ? "up" : change < 0 ? "down" : "same"
            return SurveyTrendView.Row(
                label: label, cells: cells, change: strings.format("trends.\(direction)", ["points": points, "year": since]),
                mark: change == 0 ? nil : strings["trends.\(direction)_mark"], direction: direction)
        }
        let entries = rows.map { row in
            strings.format("trends.chart_entry", [
                "label": row.label, "years": row.cells.map(\.chartText).joined(separator: strings["aggregate.chart_separator"]),
                "change": row.change,
            ])
        }
        var view = SurveyTrendView(
            id: id, headingLevel: headingLevel, heading: strings.format("trends.heading", ["year": since]), years: years, rows: rows,
            note: strings.format("trends.note", ["n": String(site.minCell)]))
        view.chart = TrendChartView(
            view, tenths: tenths, id: id, title: strings.format("trends.chart_title", ["question": q.question.text]),
            desc: entries.joined(separator: strings["trends.chart_separator"]))
        return view
    }

    /// 「2025年」, or 「2025年9月」 when two surveys of the trend were fielded in one year.
    func yearLabel(_ year: SurveyTrends.Year, in years: [SurveyTrends.Year]) -> String {
        let sameYear = years.filter { $0.fielded.year == year.fielded.year }.count > 1
        return sameYear ? format.month(year.fielded) : strings.format("trends.year", ["year": String(year.fielded.year)])
    }
}
