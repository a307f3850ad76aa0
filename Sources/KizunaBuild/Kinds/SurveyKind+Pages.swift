import KizunaContent
import KizunaSite

extension SurveyKind: ContentKind {
    public var templates: [String] { ["surveys", "survey", "survey-trends"] }
    public var navigation: RouteTarget? { .surveys }
    public var strings: Set<String> {
        Set(["survey.category", "survey.count", "survey.share", "surveys.title", "search.kind.survey",
             "aggregate.chart_entry", "aggregate.chart_separator", "survey.nps", "survey.csv.download", "survey.csv.note",
             "survey.csv.question_id", "survey.csv.question", "survey.comments.heading", "survey.comments.note", "surveys.respondents"]
            + ["bars", "likert", "nps", "detractor", "passive", "promoter", "score", "score_withheld", "score_hidden", "desc_separator"].map { "survey.chart.\($0)" }
            + Survey.Kind.allCases.map { "survey.kind.\($0.rawValue)" }
            + Survey.Question.QuestionType.allCases.map { "survey.type.\($0.rawValue)" } + Self.trendStrings)
    }

    /// Year over year (`ViewBuilder+Trends`), on survey pages and /surveys/trends/.
    static let trendStrings = [
        "trends.title", "trends.lead", "trends.link", "trends.heading", "trends.year", "trends.years", "trends.column", "trends.option", "trends.change",
        "trends.up", "trends.down", "trends.same", "trends.up_mark", "trends.down_mark", "trends.new", "trends.not_compared",
        "trends.no_figure", "trends.note", "trends.chart_title", "trends.chart_year", "trends.chart_entry", "trends.chart_separator",
    ]

    public func pages(of surveys: [SurveyReport], _ plan: PagePlan) -> [PlannedPage] {
        // Year over year from the reports this build publishes: a members-only survey is in no
        // public build's trends. /surveys/trends/ exists only when some question repeats.
        let trends = SurveyTrends(surveys)
        let hasTrends = !trends.questions.isEmpty
        return [plan.page(.surveys, "surveys") { c in
            PageView(title: c.strings["surveys.title"],
                     body: SurveysPage(surveys: surveys.map { c.views.survey($0) }, trendsURL: hasTrends ? c.url(.surveyTrends) : nil))
        }] + surveys.map { s in
            plan.page(.survey(s.survey.slug), "survey", source: s.survey.at.file) { c in
                var view = c.views.surveyPage(s)
                view.questions = c.views.withTrends(view.questions, trends.of(s.survey.slug))
                return PageView(title: s.survey.title, description: s.survey.summary, body: SurveyPage(survey: view))
            }
        } + (hasTrends ? [plan.page(.surveyTrends, "survey-trends") { c in
            PageView(title: c.strings["trends.title"], description: c.strings["trends.lead"], body: c.views.trendsPage(trends))
        }] : [])
    }

    public func searchEntries(of surveys: [SurveyReport], _ c: PageContext) -> [SearchEntry] {
        surveys.map { s in
            SearchEntry(kind: c.strings["search.kind.survey"], title: s.survey.title, url: c.url(.survey(s.survey.slug)), text: s.survey.summary ?? "")
        }
    }
}
