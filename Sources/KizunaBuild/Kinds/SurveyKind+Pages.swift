import KizunaContent
import KizunaSite

extension SurveyKind: ContentKind {
    public var templates: [String] { ["surveys", "survey"] }
    public var navigation: RouteTarget? { .surveys }
    public var strings: Set<String> {
        Set(["survey.category", "survey.count", "survey.share", "surveys.title", "search.kind.survey",
             "aggregate.chart_entry", "aggregate.chart_separator", "survey.nps", "survey.csv.download", "survey.csv.note",
             "survey.csv.question_id", "survey.csv.question", "survey.comments.heading", "survey.comments.note", "surveys.respondents"]
            + ["bars", "likert", "nps", "detractor", "passive", "promoter", "score", "score_withheld", "score_hidden", "desc_separator"].map { "survey.chart.\($0)" }
            + Survey.Kind.allCases.map { "survey.kind.\($0.rawValue)" }
            + Survey.Question.QuestionType.allCases.map { "survey.type.\($0.rawValue)" })
    }

    public func pages(of surveys: [SurveyReport], _ plan: PagePlan) -> [PlannedPage] {
        [plan.page(.surveys, "surveys") { c in
            PageView(title: c.strings["surveys.title"], body: SurveysPage(surveys: surveys.map { c.views.survey($0) }))
        }] + surveys.map { s in
            plan.page(.survey(s.survey.slug), "survey", source: s.survey.at.file) { c in
                PageView(title: s.survey.title, description: s.survey.summary, body: SurveyPage(survey: c.views.surveyPage(s)))
            }
        }
    }

    public func searchEntries(of surveys: [SurveyReport], _ c: PageContext) -> [SearchEntry] {
        surveys.map { s in
            SearchEntry(kind: c.strings["search.kind.survey"], title: s.survey.title, url: c.url(.survey(s.survey.slug)), text: s.survey.summary ?? "")
        }
    }
}
