import KizunaContent
import KizunaSite

/// `surveys/<slug>/results.csv` beside each survey's page, in each language: the figures the page
/// prints, made from the page's own view (`SurveyCSV`). Only surveys the build publishes, so a
/// members-only survey's file is in the members build alone.
struct SurveyResultsFiles: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        plan.derived.surveys.map { Route(.surveyResults($0.survey.slug), format: .file, language: plan.language, source: $0.survey.at.file) }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        for survey in site.derived.surveys {
            try sink.write(OutputFile(.surveyResults(survey.survey.slug), contents: .bytes(site.views.surveyCSV(survey))))
        }
    }
}
