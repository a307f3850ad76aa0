import Foundation
import KizunaContent
import KizunaSite

/// Views of the network's breakdowns and of survey results.
extension ViewBuilder {
    /// - Parameter headers: the string section naming the columns (`network` or `survey`).
    func aggregate(_ a: Aggregate, headers: String = "network", label: (String) -> String = { $0 }) -> AggregateView {
        if a.withheld {
            return AggregateView(withheld: true, withheldNote: strings["aggregate.withheld_table"])
        }
        let largest = max(a.largestShown, 1)
        let rows = a.buckets.map { bucket -> AggregateView.Row in
            let name: String
            switch bucket.category {
            case .named(let value): name = label(value)
            case .other: name = strings["aggregate.other"]
            case .notAnswered: name = strings["aggregate.not_answered"]
            }
            // Shares and bars only for printed counts: a hidden cell draws nothing, and bars are
            // scaled to the largest printed count, so no length depends on a hidden one.
            return .init(label: name, count: shown(bucket.shown, minCell: a.minCell), suppressed: bucket.count == nil,
                         share: bucket.share.map(format.percent),
                         bar: bucket.count.map { String(format: "%.1f", Double($0) * 100 / Double(largest)) } ?? "0")
        }
        let n = ["n": String(a.minCell)]
        return AggregateView(
            withheld: false, rows: rows, minCell: a.minCell,
            labelHeader: strings["\(headers).category"], countHeader: strings["\(headers).count"],
            shareHeader: strings["\(headers).share"], total: a.total.map(format.number),
            suppressionNote: a.buckets.contains { $0.count == nil } ? strings.format("aggregate.suppressed", n) : nil,
            complementaryNote: a.buckets.contains(where: \.complementary) ? strings.format("aggregate.complementary", n) : nil,
            withheldCellNote: a.buckets.contains { $0.shown == .withheld } ? strings["aggregate.withheld_cell"] : nil,
            otherNote: a.buckets.contains { $0.category == .other } ? strings.format("aggregate.other_note", n) : nil)
    }

    func network(_ stats: NetworkStats) -> NetworkView {
        NetworkView(
            members: shown(stats.members, minCell: site.minCell), mentors: shown(stats.mentors, minCell: site.minCell),
            byDecade: aggregate(stats.byDecade) { strings.format("network.decade", ["decade": String($0.dropLast())]) },
            byIndustry: aggregate(stats.byIndustry), byInterest: aggregate(stats.byInterest),
            mentorsNote: stats.mentors.value == nil ? strings.format("network.mentors_hidden", ["n": String(site.minCell)]) : nil)
    }

    func survey(_ s: SurveyReport, detail: Bool = false) -> SurveyView {
        var view = SurveyView(
            title: s.survey.title, url: url(.survey(s.survey.slug)), fielded: format.month(s.survey.fielded),
            respondents: shown(s.respondents, minCell: site.minCell), kindLabel: strings["survey.kind.\(s.survey.kind.rawValue)"],
            questionCount: s.questions.count, membersOnly: s.survey.audience == .members, summary: s.survey.summary)
        guard detail else { return view }
        view.questions = s.questions.enumerated().map { index, q in
            SurveyView.Question(
                number: index + 1, id: q.question.id, text: q.question.text,
                typeLabel: strings["survey.type.\(q.question.type.rawValue)"], results: aggregate(q.results, headers: "survey"),
                multi: q.question.type == .multi, type: q.question.type.rawValue, npsWithheld: q.npsWithheld,
                nps: q.nps.map { ($0 > 0 ? "+" : "") + String($0) })
        }
        return view
    }
}
