/// Every area of the message catalogue. Kizuna speaks to editors only through these: each
/// message is written once in English and once in Japanese (`CatalogueMessage`), and the
/// catalogue's tests read every example of every area in both.
public enum MessageCatalogue {
    public static let areas: [any CatalogueMessage.Type] = [
        WrittenValue.self, FieldMessage.self, LinkProblem.self, ReportMessage.self,
        YAMLMessage.self, YAMLSyntaxProblem.self, YAMLSyntaxContext.self, ControlCharacterName.self, ControlCharacterMessage.self,
        LoadMessage.self, SlugProblem.self, BaseURLProblem.self, MarkdownLimitMessage.self,
        AskMessage.self, EventMessage.self, NewsMessage.self, OpportunityMessage.self, ProfileMessage.self,
        StatsMessage.self, SurveyMessage.self, ValidateMessage.self,
    ]

    /// Every example of every area, in both languages.
    public static var allExamples: [(area: String, text: LocalizedText)] {
        areas.flatMap { area in examples(of: area).map { (String(describing: area), $0) } }
    }

    static func examples<M: CatalogueMessage>(of area: M.Type) -> [LocalizedText] {
        area.examples.map(\.text)
    }
}
