/// A survey ready to show: each question's counts with shares, small cells suppressed.
public struct SurveyReport: Sendable {
    public struct QuestionResult: Sendable {
        public var question: Survey.Question
        public var results: Aggregate
        /// Net Promoter Score (% of 9–10 minus % of 0–6), for nps questions.
        public var nps: Int?
    }

    public var survey: Survey
    public var questions: [QuestionResult]

    init(_ survey: Survey, minCell: Int) {
        self.survey = survey
        questions = survey.questions.map { q in
            let pairs = zip(q.options, q.counts).map { (label: $0, count: $1) }
            let results = Aggregate(pairs, minCell: minCell, total: survey.respondents)
            var nps: Int?
            if q.type == .nps, q.counts.count == 11 {
                let answered = q.counts.reduce(0, +)
                if answered >= minCell {
                    let promoters = q.counts[9] + q.counts[10]
                    let detractors = q.counts[0...6].reduce(0, +)
                    nps = Int((Double(promoters - detractors) * 100 / Double(answered)).rounded())
                }
            }
            return QuestionResult(question: q, results: results, nps: nps)
        }
    }
}
