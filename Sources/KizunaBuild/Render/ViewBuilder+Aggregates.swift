import Foundation
import KizunaContent
import KizunaSite

/// Views of the network's breakdowns and of survey results: words for the figures `Disclosure`
/// decided on, labels for its bands, and one note per kind of figure a table shows.
extension ViewBuilder {
    /// How a table's categories are named.
    struct CategoryNames {
        /// One category by its key.
        var name: (String) -> String
        /// A band of several (adjacent) categories; `openStart`: it stands for everything before.
        var band: (_ keys: [String], _ openStart: Bool) -> String
    }

    /// - Parameter headers: the string section naming the columns (`network` or `survey`).
    func aggregate(_ table: DisclosedTable, headers: String, names: CategoryNames) -> AggregateView {
        if table.withheld {
            return AggregateView(withheld: true, withheldNote: strings["aggregate.withheld_table"])
        }
        if table.rows.isEmpty { return AggregateView(withheld: true, withheldNote: strings["aggregate.empty"]) }
        // Everything merged into one band is the total again: say so instead of a one-row table.
        if table.kind == .partition && table.rows.count == 1 {
            return AggregateView(withheld: true, withheldNote: strings["aggregate.one_band"])
        }
        let largest = max(table.largestShown, 1)
        let rows = table.rows.map { row -> AggregateView.Row in
            // Shares and bars only for printed counts, scaled to the largest printed one, so no
            // length depends on a figure the page does not print.
            AggregateView.Row(
                label: label(row, names: names), count: shown(row.shown, minCell: table.minCell), suppressed: row.shown.value == nil,
                share: row.share.map(format.percent),
                bar: row.shown.value.map { String(format: "%.1f", Double($0) * 100 / Double(largest)) } ?? "0",
                band: row.isBand)
        }
        let n = ["n": String(table.minCell)]
        let has = { (shown: (ShownCount) -> Bool) in table.rows.contains { shown($0.shown) } }
        return AggregateView(
            withheld: false, rows: rows, minCell: table.minCell,
            labelHeader: strings["\(headers).category"], countHeader: strings["\(headers).count"],
            shareHeader: strings["\(headers).share"], total: table.total.map(format.number),
            smallNote: has { $0 == .small } ? strings.format("aggregate.small_note", n) : nil,
            atLeastNote: table.rows.lazy.compactMap { row -> String? in
                // The note shows the table's first such figure as its example: 「239以上」.
                guard case .atLeast = row.shown else { return nil }
                return strings.format("aggregate.at_least_note", ["example": shown(row.shown, minCell: table.minCell)])
            }.first,
            bandNote: table.hasBands ? strings["aggregate.band_note"] : nil,
            otherNote: table.hasOther ? strings.format("aggregate.other_note", n) : nil)
    }

    /// A row's label: its category, its band, 「その他」, with 「・未回答」 when merged with it.
    func label(_ row: DisclosedTable.Row, names: CategoryNames) -> String {
        let keys = row.categories
        var base: String?
        if row.parts.contains(.other) {
            base = strings["aggregate.other"]
        } else if keys.count == 1 {
            base = row.openStart ? names.band(keys, true) : names.name(keys[0])
        } else if !keys.isEmpty {
            base = names.band(keys, row.openStart)
        }
        guard row.parts.contains(.notAnswered) else { return base ?? "" }
        return base.map { strings.format("aggregate.with_not_answered", ["label": $0]) } ?? strings["aggregate.not_answered"]
    }

    /// A figure as `ShownCount` says: a number, 「5未満」, 「239以上」 or 「非公開」.
    func shown(_ figure: ShownCount, minCell: Int) -> String {
        switch figure {
        case .count(let n): return format.number(n)
        case .small: return strings.format("aggregate.small", ["n": String(minCell)])
        case .atLeast(let n): return strings.format("aggregate.at_least", ["n": format.number(n)])
        case .withheld: return strings["aggregate.withheld"]
        }
    }

    func network(_ stats: NetworkStats?) -> NetworkView {
        guard let stats else { return NetworkView(empty: strings["network.none"]) }
        let asOf = strings.format("network.as_of", ["date": format.date(stats.asOf)])
        guard let f = stats.figures else { return NetworkView(asOf: asOf, empty: strings["network.paused"]) }
        let m = ["n": String(site.minCell)]
        let decade = { (key: String) in strings.format("network.decade", ["decade": key]) }
        let decades = CategoryNames(name: decade) { keys, openStart in
            openStart ? strings.format("network.decade_before", ["decade": keys.last!])
                : strings.format("network.decade_band", ["from": keys.first!, "to": keys.last!])
        }
        let asWritten = CategoryNames(name: { $0 }) { keys, _ in keys.joined(separator: strings["aggregate.list_separator"]) }
        let industries = CategoryNames(name: site.industryName) { keys, _ in keys.map(site.industryName).joined(separator: strings["aggregate.list_separator"]) }
        // Each breakdown is drawn as a chart of its own table's rows, titled by its heading.
        let charted = { (table: DisclosedTable, id: String, heading: String, names: CategoryNames) -> AggregateView in
            var view = aggregate(table, headers: "network", names: names)
            view.chart = BarChartView(
                view, id: id, title: strings.format("aggregate.chart_title", ["title": strings["network.\(heading)"]]),
                entry: { strings.format("aggregate.chart_entry", ["label": $0, "value": $1]) }, separator: strings["aggregate.chart_separator"])
            return view
        }
        return NetworkView(
            asOf: asOf,
            members: shown(f.members, minCell: site.minCell),
            membersCount: f.members.value.map { strings.format("network.members_count", ["n": format.number($0)]) },
            mentors: shown(f.mentors, minCell: site.minCell),
            byDecade: charted(f.byDecade, "by-decade", "by_decade", decades),
            byIndustry: charted(f.byIndustry, "by-industry", "by_industry", industries),
            byInterest: charted(f.byInterest, "by-interest", "by_interest", asWritten),
            mentorsNote: f.mentors.value == nil ? strings.format("network.mentors_hidden", m) : nil,
            interestsNote: f.interestsOmitted ? strings.format("network.interests_omitted", m) : nil)
    }

    func survey(_ s: SurveyReport, detail: Bool = false) -> SurveyView {
        var view = SurveyView(
            extra: ExtraView(s.survey.extra),
            title: s.survey.title, url: url(.survey(s.survey.slug)), fielded: format.month(s.survey.fielded),
            respondents: shown(s.respondents, minCell: site.minCell), kindLabel: strings["survey.kind.\(s.survey.kind.rawValue)"],
            questionCount: s.questions.count, membersOnly: s.survey.audience == .members, summary: s.survey.summary)
        view.untranslated = untranslated(s.survey.at)
        guard detail else { return view }
        view.questions = s.questions.enumerated().map { index, q in
            let options = q.question.options
            let option = { (key: String) in Int(key).flatMap { options.indices.contains($0) ? options[$0] : nil } ?? key }
            // Ordered scales read as a range (0〜3); other options are listed (A・B).
            let ordered = q.question.type == .likert || q.question.type == .nps
            let names = CategoryNames(name: option) { keys, _ in
                ordered ? strings.format("aggregate.band_range", ["first": option(keys.first!), "last": option(keys.last!)])
                    : keys.map(option).joined(separator: strings["aggregate.list_separator"])
            }
            var results = aggregate(q.results, headers: "survey", names: names)
            let nps = q.nps.map { ($0 > 0 ? "+" : "") + String($0) }
            let chart = surveyChart(q, view: results, id: q.question.id, score: nps)
            results.chart = chart.bars
            return SurveyView.Question(
                number: index + 1, id: q.question.id, text: q.question.text,
                typeLabel: strings["survey.type.\(q.question.type.rawValue)"], results: results,
                multi: q.question.type == .multi, type: q.question.type.rawValue, npsWithheld: q.npsWithheld,
                nps: nps, stackedChart: chart.stacked)
        }
        return view
    }
}
