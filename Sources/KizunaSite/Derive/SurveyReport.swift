import KizunaContent
/// A survey ready to show: each question disclosed by `Disclosure`.
public struct SurveyReport: Sendable {
    public struct QuestionResult: Sendable {
        public var question: Survey.Question
        /// likert, single and nps: a partition of respondents, with 「未回答」 for those the
        /// counts leave out; multi: each option out of respondents. Categories are option indices.
        public var results: DisclosedTable
        /// Net Promoter Score (% of 9–10 minus % of 0–6 among those who answered), for nps
        /// questions; nil when printing it would narrow a band's split (`NPSDisclosure`).
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
            return QuestionResult(question: q, results: results, nps: isNPS ? NPSDisclosure.score(results, respondents: n) : nil)
        }
    }
}
