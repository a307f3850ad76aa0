import KizunaContent
/// A survey ready to show: each question's counts with shares, small cells suppressed.
public struct SurveyReport: Sendable {
    public struct QuestionResult: Sendable {
        public var question: Survey.Question
        /// likert, single and nps: a partition of respondents (with a "not answered" cell when the
        /// counts add up to fewer); multi: each option out of respondents.
        public var results: Aggregate
        /// Net Promoter Score (% of 9–10 minus % of 0–6 among those who answered), for nps
        /// questions. nil when any cell it is computed from (the "not answered" remainder too) is
        /// hidden: the score is an equation in those cells and would give a hidden one away.
        public var nps: Int?
        /// An nps question whose score is withheld for privacy.
        public var npsWithheld: Bool { question.type == .nps && nps == nil }
    }

    public var survey: Survey
    /// The one figure for respondents, on /surveys/ and on the survey's page.
    public var respondents: ShownCount
    public var questions: [QuestionResult]

    init(_ survey: Survey, minCell: Int) {
        self.survey = survey
        let total = survey.respondents
        respondents = minCell > 1 && total < minCell ? .small : .count(total)
        questions = survey.questions.map { q in
            // Options are predefined by the survey file: their labels stay even when small.
            let cells = zip(q.options, q.counts).map { (category: Aggregate.Category.named($0), count: $1) }
            let results = q.type == .multi
                ? Aggregate(multiAnswer: cells, of: total, minCell: minCell)
                : Aggregate(partition: cells, total: total, minCell: minCell)
            var nps: Int?
            if q.type == .nps, q.counts.count == 11, !results.withheld, results.buckets.allSatisfy({ $0.count != nil }) {
                nps = Self.netPromoterScore(q.counts)
            }
            return QuestionResult(question: q, results: results, nps: nps)
        }
    }

    /// % of 9–10 minus % of 0–6 among those who answered, rounded half away from zero.
    static func netPromoterScore(_ counts: [Int]) -> Int? {
        let answered = counts.reduce(0, +)
        guard counts.count == 11, answered > 0 else { return nil }
        let promoters = counts[9] + counts[10]
        let detractors = counts[0...6].reduce(0, +)
        return Int((Double(promoters - detractors) * 100 / Double(answered)).rounded())
    }
}
