/// Aggregated survey results: `content/surveys/<slug>.yaml`.
public struct SurveyKind: ItemKind {
    public init() {}
    public var name: String { "survey" }
    public var folder: String { "surveys" }
    public var textFields: [String] { ["title", "summary", "questions.*.text", "questions.*.options", "questions.*.comments.*.text", "extra"] }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "survey" }
    public var japaneseItemName: String { "サーベイ" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Survey? { Survey.read(reader, slug: slug) }

    /// Options keep their original's keys, so every language matches them across years alike
    /// (a translation's options list has the original's length: `TranslationMessage`).
    public func translation(_ item: Survey, of original: Survey) -> Survey {
        var item = item
        for i in item.questions.indices {
            guard let same = original.questions.first(where: { $0.id == item.questions[i].id }),
                  same.optionKeys.count == item.questions[i].options.count else { continue }
            item.questions[i].optionKeys = same.optionKeys
        }
        return item
    }

    public func check(_ surveys: [Survey], in content: Content, _ d: inout Diagnostics) {
        for survey in surveys { check(survey, &d) }
    }

    func check(_ survey: Survey, _ d: inout Diagnostics) {
        var ids: [String: SourceLocation] = [:]
        for question in survey.questions {
            if let first = ids[question.id] {
                d.error(question.at["id"], SurveyMessage.questionIDTwice(question.id, firstLine: first.line))
            }
            ids[question.id] = question.at["id"]
            if question.options.isEmpty {
                d.error(question.at["options"], SurveyMessage.optionsNeeded(question: question.id))
            }
            if question.counts.count != question.options.count {
                d.error(question.at["counts"], SurveyMessage.countsPerOption(question: question.id, counts: question.counts.count, options: question.options.count))
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
                    d.error(question.at["counts"], SurveyMessage.countAboveRespondents(question: question.id, count: largest, respondents: survey.respondents))
                }
            } else if overflow || sum > survey.respondents {
                d.error(question.at["counts"], SurveyMessage.sumAboveRespondents(question: question.id, sum: overflow ? nil : sum, respondents: survey.respondents))
            }
            if question.type == .nps && question.options.count != 11 {
                d.error(question.at["options"], SurveyMessage.npsOptions)
            }
            // A report names each option once: two alike would read as one answer counted twice.
            var seen = Set<String>()
            if let twice = question.options.first(where: { !seen.insert($0).inserted }) {
                d.error(question.at["options"], SurveyMessage.optionTwice(question: question.id, option: twice))
            }
        }
    }
}

extension Survey: AudienceItem {}
