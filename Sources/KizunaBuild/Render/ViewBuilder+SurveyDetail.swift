import Foundation
import KizunaContent
import KizunaSite

/// A survey's page beyond its figures: its questions' quoted comments and the link to its CSV.
extension ViewBuilder {
    /// The survey page's view: `survey(_:detail:)` with each question's comments and the CSV
    /// link, whose size is that of the file `SurveyResultsFiles` writes from the same view.
    func surveyPage(_ s: SurveyReport) -> SurveyView {
        var view = survey(s, detail: true)
        let csv = SurveyCSV.data(view, csvWords)
        for (index, question) in s.questions.enumerated() where !question.question.comments.isEmpty {
            view.questions?[index].comments = SurveyCommentsView(
                heading: strings["survey.comments.heading"], note: strings["survey.comments.note"],
                quotes: question.question.comments.map(\.text))
        }
        let kilobytes = max(1, (csv.count + 1023) / 1024)
        view.download = SurveyDownloadView(
            url: url(.surveyResults(s.survey.slug)), label: strings["survey.csv.download"],
            note: strings.format("survey.csv.note", ["size": format.number(kilobytes) + " KB"]))
        return view
    }

    /// The CSV of a survey: exactly the figures its page prints, in the page's language.
    func surveyCSV(_ s: SurveyReport) -> Data {
        SurveyCSV.data(survey(s, detail: true), csvWords)
    }

    var csvWords: SurveyCSV.Words {
        SurveyCSV.Words(
            questionID: strings["survey.csv.question_id"], question: strings["survey.csv.question"],
            option: strings["survey.category"], count: strings["survey.count"], share: strings["survey.share"],
            respondents: strings["surveys.respondents"], nps: strings["survey.nps"], withheld: strings["aggregate.withheld"])
    }
}
