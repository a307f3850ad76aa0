import KizunaContent
/// A survey ready to show: each question disclosed by `Disclosure`.
public struct SurveyReport: Sendable {
    public struct QuestionResult: Sendable {
        public var question: Survey.Question
        /// likert, single and nps: a partition of respondents, with 「未回答」 for those the
        /// counts leave out; multi: each option out of respondents. Categories are option indices.
        public var results: DisclosedTable
        /// Net Promoter Score (% of 9–10 minus % of 0–6 among those who answered), for nps
        /// questions; nil when the printed rows do not fix it (`npsScore`).
        public var nps: Int?
        /// An nps question whose score is withheld for privacy.
        public var npsWithheld: Bool { question.type == .nps && nps == nil }
    }

    public var survey: Survey
    /// The one figure for respondents, on /surveys/ and on the survey's page.
    public var respondents: ShownCount
    public var questions: [QuestionResult]

    init(_ survey: Survey, minCell m: Int) {
        self.survey = survey
        let n = survey.respondents
        respondents = Disclosure.total(n, minCell: m)
        questions = survey.questions.map { q in
            let options = q.counts.indices.map { Disclosure.Cell(.category(String($0)), q.counts[$0]) }
            guard q.type != .multi else {
                return QuestionResult(question: q, results: Disclosure.multiAnswer(options, of: n, minCell: m))
            }
            let notAnswered = n - q.counts.reduce(0, +)
            var cells = options
            let isNPS = q.type == .nps && q.counts.count == 11
            if isNPS {
                // Bands stay within detractors (0–6), passives (7–8) and promoters (9–10), so the
                // score can be read off them; 「未回答」 sits with the passives, which do not enter it.
                for i in cells.indices { cells[i].group = i <= 6 ? 0 : i <= 8 ? 1 : 2 }
                if notAnswered > 0 { cells.insert(Disclosure.Cell(.notAnswered, notAnswered, group: 1), at: 9) }
            } else if notAnswered > 0 {
                cells.append(Disclosure.Cell(.notAnswered, notAnswered))
            }
            let results = Disclosure.partition(cells, minCell: m)
            return QuestionResult(question: q, results: results, nps: isNPS ? Self.npsScore(results, respondents: n) : nil)
        }
    }

    /// The score when the page's rows fix it: promoters and detractors are sums of printed rows,
    /// and every number of respondents who answered that the page allows gives the same
    /// rounded score. Printing it then tells a reader nothing the rows do not.
    static func npsScore(_ table: DisclosedTable, respondents n: Int) -> Int? {
        guard !table.withheld else { return nil }
        var promoters = 0, detractors = 0
        var answered = n...n
        for row in table.rows {
            guard let count = row.shown.value else { return nil }
            let groups = Set(row.categories.compactMap(Int.init).map { $0 <= 6 ? 0 : $0 <= 8 ? 1 : 2 })
            // A row across two groups, or 「未回答」 merged into detractors or promoters, leaves the
            // score to the split of the row.
            guard groups.count <= 1, !(row.parts.contains(.notAnswered) && !groups.isSubset(of: [1])) else { return nil }
            if groups == [0] { detractors += count } else if groups == [2] { promoters += count }
            if row.parts.contains(.notAnswered) {
                // On its own row 「未回答」 is printed; merged, it is anything from 1 to min_cell − 1.
                answered = row.parts == [.notAnswered] ? (n - count)...(n - count)
                    : (n - min(table.minCell - 1, count))...(n - 1)
            }
        }
        let scores = Set(answered.map { netPromoterScore(promoters: promoters, detractors: detractors, answered: $0) })
        return scores.count == 1 ? scores.first! : nil
    }

    /// 100 × (promoters − detractors) / answered, rounded half away from zero, in integers.
    static func netPromoterScore(promoters: Int, detractors: Int, answered: Int) -> Int? {
        guard answered > 0 else { return nil }
        let numerator = 100 * (promoters - detractors)
        let magnitude = (2 * abs(numerator) + answered) / (2 * answered)
        return numerator < 0 ? -magnitude : magnitude
    }
}
