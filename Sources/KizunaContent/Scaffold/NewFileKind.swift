/// The kinds of content file `kizuna new <kind>` writes a starting file for (`Scaffold`), each
/// one of the content kinds.
public enum NewFileKind: String, CaseIterable, Sendable {
    case news, event, opportunity, profile, survey, ask, page

    /// The content kind it is.
    public var kind: any ItemKind {
        switch self {
        case .news: NewsKind()
        case .event: EventKind()
        case .opportunity: OpportunityKind()
        case .profile: ProfileKind()
        case .survey: SurveyKind()
        case .ask: AskKind()
        case .page: FreePageKind()
        }
    }

    /// The folder under content/ that holds this kind.
    public var folder: String { kind.folder }

    /// `news/<slug>.md`, relative to the content folder.
    public func relativePath(slug: String) -> String { kind.relativePath(slug: slug) }
}
