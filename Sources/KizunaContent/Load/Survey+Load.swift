extension Survey {
    static func read(_ r: FieldReader, slug: String) -> Survey? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        at["respondents"] = r.location(of: "respondents")
        let title = r.string("title", required: true)
        let fielded = r.yearMonth("fielded", required: true)
        let respondents = r.int("respondents", required: true, range: 0...Survey.maxCount)
        var questions: [Question] = []
        for item in r.list("questions") ?? [] {
            let q = FieldReader(item, zone: r.zone, prefix: "questions[\(questions.count)].")
            if let question = Question.read(q) { questions.append(question) }
            r.absorb(q.finish())
        }
        let kind = r.choice("kind", as: Kind.self) ?? .annual, audience = r.choice("audience", as: Audience.self) ?? .members
        let summary = r.string("summary"), draft = r.bool("draft") ?? false, series = r.string("series")
        guard let title, let fielded, let respondents else { return nil }
        var survey = Survey(
            slug: slug, title: title, kind: kind, fielded: fielded, respondents: respondents, audience: audience,
            summary: summary, questions: questions, at: at)
        survey.draft = draft
        survey.series = series
        return survey
    }
}

extension Survey.Question {
    static func read(_ r: FieldReader) -> Survey.Question? {
        var at = FieldLocations(file: r.location)
        for key in ["id", "counts", "options"] { at[key] = r.location(of: key) }
        let id = r.string("id", required: true)
        if let id, let problem = SlugProblem.of(id) {
            r.error(r.location(of: "id"), SurveyMessage.badQuestionID(Slug.shortened(id), problem))
        }
        let text = r.string("text", required: true)
        let type = r.choice("type", as: QuestionType.self, required: true)
        var options = r.strings("options")
        if type == .nps && options.isEmpty { options = (0...10).map(String.init) }
        var counts: [Int] = []
        var countsOK = true
        if let items = r.list("counts", required: true) {
            for item in items {
                if let text = item.scalar, item.isPlainScalar, let n = Int(text), (0...Survey.maxCount).contains(n) {
                    counts.append(n)
                } else {
                    let shown = item.scalar.map(WrittenValue.quoting) ?? item.shape
                    r.error(item.location, SurveyMessage.badCount(shown, limit: Survey.maxCount))
                    countsOK = false
                }
            }
        }
        let comments = Survey.Comment.readAll(r)
        guard let id, let text, let type, countsOK else { return nil }
        var question = Survey.Question(id: id, text: text, type: type, options: options, counts: counts, at: at,
                                       optionKeys: options.map(Survey.Question.optionKey))
        question.comments = comments
        return question
    }
}
