/// Every area of the message catalogue. Kizuna speaks to editors only through these: each
/// message is written once in English and once in Japanese (`CatalogueMessage`), and the
/// catalogue's tests read every example of every area in both.
public enum MessageCatalogue {
    public static let areas: [any CatalogueMessage.Type] = [
        WrittenValue.self, FieldMessage.self, LinkProblem.self, ReportMessage.self,
        // Outside KizunaContent: the site, the theme, the output, serve and the commands.
        SiteMessage.self, SiteLinkMessage.self, AbsenceReason.self, RouteMessage.self, PageName.self,
        ThemeMessage.self, TemplateSyntax.self, OutputMessage.self, WriteStep.self, WriteFailure.self,
        StatsMessage.self, SnapshotFigure.self, SnapshotReason.self, ServeMessage.self, CommandMessage.self, ProgressLine.self,
    ]

    /// Every example of every area, in both languages.
    public static var allExamples: [(area: String, text: LocalizedText)] {
        areas.flatMap { area in examples(of: area).map { (String(describing: area), $0) } }
    }

    static func examples<M: CatalogueMessage>(of area: M.Type) -> [LocalizedText] {
        area.examples.map(\.text)
    }
}
