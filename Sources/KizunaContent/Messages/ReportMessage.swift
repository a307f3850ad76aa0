/// The lines around a list of problems: how many were left out.
public enum ReportMessage: Hashable, Sendable, CatalogueMessage {
    case moreNotShown(Int)

    public var english: String {
        switch self {
        case .moreNotShown(let count): return "… and \(count) more"
        }
    }

    public var japanese: String {
        switch self {
        case .moreNotShown(let count): return "ほかに\(count)件あります（表示を省きました）。"
        }
    }

    public static let examples: [ReportMessage] = [.moreNotShown(12)]
}
