import KizunaContent
import KizunaSite

/// The chart of each survey question, drawn from the rows its table prints (`AggregateView`,
/// made from the `DisclosedTable`): bars for single and multi, a diverging bar for Likert, the
/// three groups for NPS. A withheld table draws no chart.
extension ViewBuilder {
    struct SurveyChart {
        var bars: BarChartView?
        var stacked: StackedBarChartView?
    }

    func surveyChart(_ q: SurveyReport.QuestionResult, view: AggregateView, id: String, score: String?) -> SurveyChart {
        guard !view.withheld, let rows = view.rows, rows.count == q.results.rows.count else { return SurveyChart() }
        let entry = { (label: String, value: String) in strings.format("aggregate.chart_entry", ["label": label, "value": value]) }
        let separator = strings["aggregate.chart_separator"]
        let chartID = "q-\(id)"
        switch q.question.type {
        case .single, .multi:
            return SurveyChart(bars: BarChartView(view, id: chartID, title: strings["survey.chart.bars"], entry: entry, separator: separator))
        case .likert:
            return SurveyChart(stacked: likertChart(q.results, rows: rows, options: q.question.options.count, id: chartID, entry: entry, separator: separator))
        case .nps:
            return SurveyChart(stacked: npsChart(q.results, rows: rows, id: chartID, score: score, entry: entry, separator: separator))
        }
    }

    /// Options are written from the most favourable to the least (docs/CONTENT.md): the first
    /// half is positive, drawn right of the centre line; the last half negative, drawn left; the
    /// middle option of an odd scale is neutral, centred on the line. A band within one side is
    /// drawn on that side; a band across the middle is centred like the neutral option.
    /// 「未回答」 on a row of its own is not on the scale: listed with its figure, not drawn.
    private func likertChart(_ table: DisclosedTable, rows: [AggregateView.Row], options n: Int, id: String,
                             entry: (String, String) -> String, separator: String) -> StackedBarChartView? {
        let side = { (i: Int) -> Int in n % 2 == 1 && i == n / 2 ? 0 : i < n / 2 ? 1 : -1 }
        var before = Set<Int>(), centred = Set<Int>()
        let entries = zip(table.rows, rows).enumerated().map { index, pair -> StackedBarChartView.Entry in
            let (row, shown) = pair
            let options = row.categories.compactMap(Int.init)
            let sides = Set(options.map(side))
            var tone = "neutral"
            if sides == [1] {
                tone = options == [0] && n > 3 ? "pos2" : "pos1"
            } else if sides == [-1] {
                tone = options == [n - 1] && n > 3 ? "neg2" : "neg1"
                before.insert(index)
            } else {
                centred.insert(index)
            }
            return .init(label: shown.label, value: shown.count, count: row.shown.value, tone: tone, band: row.isBand, drawn: !options.isEmpty)
        }
        // Left to right: the least favourable first, the table's order reversed.
        return StackedBarChartView(
            kind: "likert", id: id, title: strings["survey.chart.likert"],
            desc: rows.map { entry($0.label, $0.count) }.joined(separator: separator),
            entries: entries, drawOrder: Array(entries.indices.reversed()), diverging: (before, centred), score: nil)
    }

    /// Detractors (0–6), passives (7–8) and promoters (9–10), each the sum of its printed rows.
    /// The engine keeps bands within a group unless a whole group is below min_cell; when a
    /// printed row crosses a group boundary, or a row is not printed, the groups' figures are
    /// not sums of printed rows, so the chart does not invent a split: it draws the rows as the
    /// table prints them, each in its group's tone (`mixed` for a row across groups).
    /// 「未回答」 merged into the passives' row is named in the passives' label; on a row of its
    /// own it is listed with its figure and not drawn (it is not in the score).
    private func npsChart(_ table: DisclosedTable, rows: [AggregateView.Row], id: String, score: String?,
                          entry: (String, String) -> String, separator: String) -> StackedBarChartView? {
        let group = { (i: Int) in i <= 6 ? 0 : i <= 8 ? 1 : 2 }
        let tones = ["detractor", "passive", "promoter"]
        let groupsOf = table.rows.map { Set($0.categories.compactMap(Int.init).map(group)) }
        let byGroup = table.rows.allSatisfy { $0.shown.value != nil }
            && groupsOf.allSatisfy { $0.count <= 1 }
            && zip(table.rows, groupsOf).allSatisfy { !$0.parts.contains(.notAnswered) || $1.isEmpty || $1 == [1] }
            && Set(groupsOf.flatMap { $0 }) == [0, 1, 2]
        var entries: [StackedBarChartView.Entry]
        if byGroup {
            entries = (0..<3).map { g in
                let members = table.rows.indices.filter { groupsOf[$0] == [g] }
                let total = members.reduce(0) { $0 + table.rows[$1].shown.value! }
                var label = strings["survey.chart.\(tones[g])"]
                if members.contains(where: { table.rows[$0].parts.contains(.notAnswered) }) {
                    label = strings.format("aggregate.with_not_answered", ["label": label])
                }
                return .init(label: label, value: format.number(total), count: total, tone: tones[g], band: false, drawn: true)
            }
            for (index, row) in table.rows.enumerated() where groupsOf[index].isEmpty {
                entries.append(.init(label: rows[index].label, value: rows[index].count, count: row.shown.value, tone: "none", band: false, drawn: false))
            }
        } else {
            entries = zip(table.rows, rows).enumerated().map { index, pair in
                let tone = groupsOf[index].count == 1 ? tones[groupsOf[index].first!] : "mixed"
                return .init(label: pair.1.label, value: pair.1.count, count: pair.0.shown.value, tone: groupsOf[index].isEmpty ? "none" : tone,
                             band: pair.0.isBand, drawn: !groupsOf[index].isEmpty)
            }
        }
        let scoreText = score.map { strings.format("survey.chart.score", ["score": $0]) }
        let desc = ([scoreText ?? strings["survey.chart.score_withheld"]] + [entries.map { entry($0.label, $0.value) }.joined(separator: separator)])
            .joined(separator: strings["survey.chart.desc_separator"])
        return StackedBarChartView(
            kind: "nps", id: id, title: strings["survey.chart.nps"], desc: desc,
            entries: entries, drawOrder: Array(entries.indices), diverging: nil,
            score: (strings["survey.nps"], score, strings["survey.chart.score_hidden"]))
    }
}
