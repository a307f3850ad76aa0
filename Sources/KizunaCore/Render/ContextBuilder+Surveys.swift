/// Template dictionaries for surveys pages.
extension ContextBuilder {
    func surveyItem(_ s: SurveyReport) -> [String: Any] {
        var item: [String: Any] = [
            "title": s.survey.title,
            "url": link(SitePaths.survey(s.survey.slug)),
            "fielded": format.month(s.survey.fielded),
            "respondents": shown(s.respondents, minCell: site.minCell),
            "kind_label": strings["survey.kind.\(s.survey.kind.rawValue)"],
            "question_count": s.questions.count,
            "members_only": s.survey.audience == .members,
        ]
        if let summary = s.survey.summary { item["summary"] = summary }
        return item
    }

    func surveyDetail(_ s: SurveyReport) -> [String: Any] {
        var item = surveyItem(s)
        item["questions"] = s.questions.enumerated().map { index, q -> [String: Any] in
            var question: [String: Any] = [
                "number": index + 1,
                "id": q.question.id,
                "text": q.question.text,
                "type_label": strings["survey.type.\(q.question.type.rawValue)"],
                "results": aggregate(q.results, headers: "survey"),
                "multi": q.question.type == .multi,
                "type": q.question.type.rawValue,
                "nps_withheld": q.npsWithheld,
            ]
            if let nps = q.nps { question["nps"] = (nps > 0 ? "+" : "") + String(nps) }
            return question
        }
        return item
    }
}
