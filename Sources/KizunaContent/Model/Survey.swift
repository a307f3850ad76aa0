/// Aggregated results of one survey: `content/surveys/<slug>.yaml`.
public struct Survey: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    public enum Kind: String, CaseIterable, Sendable { case annual, welcome, pulse }

    public struct Question: Sendable {
        public enum QuestionType: String, CaseIterable, Sendable { case likert, single, multi, nps }
        public var id: String
        public var text: String
        public var type: QuestionType
        public var options: [String]
        public var counts: [Int]
        public var at: FieldLocations
        /// Each option as the root language writes it, folded (`optionKey`): what year over year
        /// matches options by (`SurveyTrends`). A translation keeps its original's keys, so the
        /// English page compares what the Japanese one compares.
        public var optionKeys: [String] = []
        /// Selected free-text answers, each given with its author's consent (`comments:`). Only
        /// consented ones are kept: one without consent is an error at load and goes nowhere.
        public var comments: [Comment] = []
    }

    /// An alumna's own words, quoted beside a question's figures: text only, never a name.
    public struct Comment: Sendable, Hashable {
        public var text: String
        public var at: SourceLocation
    }

    /// Largest plausible count or number of respondents. Far above any alumni network, and small
    /// enough that sums and shares over thousands of options never overflow.
    public static let maxCount = 100_000_000

    public var slug: String
    public var title: String
    public var kind: Kind
    public var fielded: YearMonth
    public var respondents: Int
    public var audience: Audience
    /// The surveys this one repeats (`series:`), for year over year; nil: the slug's stem
    /// (`seriesKey`).
    public var series: String? = nil
    /// Built only with --drafts (`draft: true`; `kizuna new` starts every file as a draft).
    public var draft = false
    public var summary: String?
    public var questions: [Question]
    public var at: FieldLocations
}
