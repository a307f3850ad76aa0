/// Why a figure's change would single people out (`SnapshotGate`): a phrase, given in brackets
/// after the figure.
public enum SnapshotReason: Hashable, Sendable, CataloguePhrase {
    case fewerThan(Int)
    case allInOneGroup
    case everyoneWhoChanged
    case allBut(Int)
    /// The same, among the members a reader cannot see in the directory: a member can subtract
    /// the directory's own change from the figures'.
    indirect case notInDirectory(SnapshotReason)

    public var english: String {
        switch self {
        case .fewerThan(let minCell): return "fewer than \(minCell) people changed"
        case .allInOneGroup: return "all of the change is in one group"
        case .everyoneWhoChanged: return "everyone who changed is in it"
        case .allBut(let n): return "all but \(n) of those who changed are in it"
        case .notInDirectory(let reason): return "among members the directory does not show, \(reason.english)"
        }
    }

    public var japanese: String {
        switch self {
        case .fewerThan(let minCell): return "変わったのが\(minCell)人未満"
        case .allInOneGroup: return "変化がすべて1つの区分に集まっている"
        case .everyoneWhoChanged: return "変わった人が全員ここに入っている"
        case .allBut(let n): return "変わった人のうち\(n)人を除く全員がここに入っている"
        case .notInDirectory(let reason): return "名簿に載っていない会員で見ると、\(reason.japanese)"
        }
    }

    public static let examples: [SnapshotReason] = [.fewerThan(5), .allInOneGroup, .everyoneWhoChanged, .allBut(2), .notInDirectory(.fewerThan(5))]
}
