/// A figure of the network page that a new stats snapshot would move (`SnapshotGate.Problem`),
/// named for the editor who runs `kizuna stats snapshot --explain`. Groups are the rows a reader
/// can subtract: decades (`2000`), industries as written, an interest.
public enum SnapshotFigure: Hashable, Sendable, CataloguePhrase {
    case membersCounted
    case joinDecades([String])
    /// Industries as written; nil stands for members who gave none.
    case industries([String?])
    case mentors
    case interest(String)

    public var english: String {
        switch self {
        case .membersCounted: return "members counted"
        case .joinDecades(let decades): return "join decade \(decades.joined(separator: ", "))"
        case .industries(let names): return "industry \(names.map { $0 ?? "(none given)" }.joined(separator: ", "))"
        case .mentors: return "mentors"
        case .interest(let name): return "interest \(name)"
        }
    }

    public var japanese: String {
        switch self {
        case .membersCounted: return "集計対象の卒業生"
        case .joinDecades(let decades): return "入社年代 " + decades.map { "\($0)年代" }.joined(separator: "、")
        case .industries(let names): return "業界 " + names.map { $0 ?? "（未回答）" }.joined(separator: "、")
        case .mentors: return "メンター"
        case .interest(let name): return "関心 \(name)"
        }
    }

    // Values as written may be in any language; these are ASCII so that the catalogue's check
    // of the English reads only the words around them.
    public static let examples: [SnapshotFigure] = [
        .membersCounted, .joinDecades(["2000", "2010"]), .industries(["IT", nil]), .mentors, .interest("meetups"),
    ]
}
