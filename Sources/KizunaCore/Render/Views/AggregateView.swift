import KizunaContent
import KizunaSite
/// A table of counts with its small cells already suppressed in Derive: this view only words
/// the marks (`<5`, `—`, "withheld") and scales the bars to the largest printed count.
struct AggregateView: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var label: String
        var count: String
        var suppressed: Bool
        var share: String?
        /// Bar width in percent; 0 for a hidden cell, so no length depends on it.
        var bar: String
    }

    var withheld: Bool
    var withheldNote: String?
    var rows: [Row]?
    var minCell: Int?
    var labelHeader: String?
    var countHeader: String?
    var shareHeader: String?
    var total: String?
    var suppressionNote: String?
    var complementaryNote: String?
    var withheldCellNote: String?
    var otherNote: String?
}

struct NetworkView: Encodable, Sendable {
    var members: String
    var mentors: String
    var byDecade: AggregateView
    var byIndustry: AggregateView
    var byInterest: AggregateView
    var mentorsNote: String?
}

struct SurveyView: Encodable, Sendable {
    struct Question: Encodable, Sendable {
        var number: Int
        var id: String
        var text: String
        var typeLabel: String
        var results: AggregateView
        var multi: Bool
        var type: String
        var npsWithheld: Bool
        var nps: String?
    }

    var title: String
    var url: String
    var fielded: String
    var respondents: String
    var kindLabel: String
    var questionCount: Int
    var membersOnly: Bool
    var summary: String?
    /// Detail only.
    var questions: [Question]?
}
