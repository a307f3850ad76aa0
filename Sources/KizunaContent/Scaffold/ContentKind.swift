/// The kinds of content file an editor writes, as `kizuna new <kind>` names them.
public enum ContentKind: String, CaseIterable, Sendable {
    case news, event, opportunity, profile, survey, ask, page

    /// The folder under content/ that holds this kind.
    public var folder: String {
        switch self {
        case .news: "news"
        case .event: "events"
        case .opportunity: "opportunities"
        case .profile: "alumni"
        case .survey: "surveys"
        case .ask: "asks"
        case .page: "pages"
        }
    }

    public var fileExtension: String { self == .news || self == .page ? "md" : "yaml" }

    /// `news/<slug>.md`, relative to the content folder.
    public func relativePath(slug: String) -> String { "\(folder)/\(slug).\(fileExtension)" }
}
