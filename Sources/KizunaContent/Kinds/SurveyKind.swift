/// Aggregated survey results: `content/surveys/<slug>.yaml`.
public struct SurveyKind: ItemKind {
    public init() {}
    public var name: String { "survey" }
    public var folder: String { "surveys" }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "survey" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Survey? { Survey.read(reader, slug: slug) }

    public func check(_ surveys: [Survey], in content: Content, _ d: inout Diagnostics) {
        for survey in surveys { check(survey, &d) }
    }

    func check(_ survey: Survey, _ d: inout Diagnostics) {
        var ids: [String: SourceLocation] = [:]
        for question in survey.questions {
            if let first = ids[question.id] {
                d.error(question.at["id"], "question id '\(question.id)' is used twice in this survey (first at line \(first.line))")
            }
            ids[question.id] = question.at["id"]
            if question.options.isEmpty {
                d.error(question.at["options"], "question '\(question.id)' needs 'options'")
            }
            if question.counts.count != question.options.count {
                d.error(question.at["counts"], "question '\(question.id)' has \(question.counts.count) counts for \(question.options.count) options; give one count per option")
            }
            // Counts are bounded at load (Survey.maxCount); add with overflow checks all the same.
            var sum = 0, overflow = false
            for count in question.counts {
                let (next, didOverflow) = sum.addingReportingOverflow(count)
                sum = next
                overflow = overflow || didOverflow
            }
            if question.type == .multi {
                if let largest = question.counts.max(), largest > survey.respondents {
                    d.error(question.at["counts"], "a count of question '\(question.id)' is \(largest), more than the \(survey.respondents) respondents")
                }
            } else if overflow || sum > survey.respondents {
                d.error(question.at["counts"], "counts of question '\(question.id)' add up to \(overflow ? "more than \(Int.max)" : String(sum)), more than the \(survey.respondents) respondents")
            }
            if question.type == .nps && question.options.count != 11 {
                d.error(question.at["options"], "an nps question has 11 options, 0 to 10")
            }
            // A report names each option once: two alike would read as one answer counted twice.
            var seen = Set<String>()
            if let twice = question.options.first(where: { !seen.insert($0).inserted }) {
                d.error(question.at["options"], "question '\(question.id)' lists the option '\(twice)' twice")
            }
        }
    }
}

extension Survey: AudienceItem {}
