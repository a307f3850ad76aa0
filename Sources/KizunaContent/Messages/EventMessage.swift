/// Rules of an event (`content/events/`): beyond its fields' own shapes.
public enum EventMessage: Hashable, Sendable, CatalogueMessage {
    /// `end` and `start` as written.
    case endBeforeStart(end: String, start: String)
    case badSegment(String, SlugProblem)
    case venueNeeded(Event.Mode)
    case onlineURLNeeded(Event.Mode)
    /// A segment with no label in site.yaml's `segments:` (its slug is shown).
    case unlabelledSegment(String)

    /// "an in-person event", "an online event", "a hybrid event".
    static func event(_ mode: Event.Mode) -> String { "\(mode == .hybrid ? "a" : "an") \(mode.rawValue) event" }

    public var english: String {
        switch self {
        case .endBeforeStart(let end, let start):
            return "'end' (\(end)) is before 'start' (\(start))"
        case .badSegment(let segment, let problem):
            return "segment '\(segment)' \(problem.english)"
        case .venueNeeded(let mode):
            return "\(Self.event(mode)) needs a 'venue' with a name"
        case .onlineURLNeeded(let mode):
            return "\(Self.event(mode)) needs an 'online_url'"
        case .unlabelledSegment(let segment):
            return "segment '\(segment)' has no label in site.yaml 'segments'; its slug is shown instead"
        }
    }

    public var japanese: String {
        switch self {
        case .endBeforeStart(let end, let start):
            return "終了（`end`：`\(end)`）が開始（`start`：`\(start)`）より前です。日付と時刻を確かめてください。"
        case .badSegment(let segment, let problem):
            return problem.japanese(of: "セグメント", segment)
        case .venueNeeded(let mode):
            return "`mode: \(mode.rawValue)` のイベントには会場が要ります。`venue:` の下に `name:`（会場名）を書いてください。"
        case .onlineURLNeeded(let mode):
            return "`mode: \(mode.rawValue)` のイベントには、参加用のリンクが要ります。`online_url:` に `https://` のリンクを書いてください。"
        case .unlabelledSegment(let segment):
            return "セグメント `\(segment)` の表示名が、site.yaml の `segments` にありません。このままでも公開されますが、ページには `\(segment)` と表示されます。site.yaml の `segments:` に表示名を書くか、セグメント名の綴りを直してください。"
        }
    }

    public static let examples: [EventMessage] = [
        .endBeforeStart(end: "2027-01-23T13:00", start: "2027-01-23T14:00"), .badSegment("関西", .characters),
        .venueNeeded(.inPerson), .venueNeeded(.hybrid), .onlineURLNeeded(.online), .unlabelledSegment("kansai"),
    ]
}
