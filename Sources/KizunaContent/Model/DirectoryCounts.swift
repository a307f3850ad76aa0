/// The part of a snapshot's counts that the members' directory shows anyway: counted members
/// who are listed, by the fields each of them agreed to show. A member can count these off the
/// directory, so what the network pages tell them is only the rest, the counted members the
/// directory does not show (`NetworkCounts` minus these). `Disclosure` decides on that rest, so
/// the pages never single out someone who is not in the directory (docs/CONTENT.md, "Aggregates
/// and privacy").
public struct DirectoryCounts: Sendable, Equatable {
    /// Counted members listed in the directory.
    public var members: Int
    /// Of those, members whose profile shows them as open to mentoring. A profile never says
    /// "not a mentor", so nobody is known to be one of the others.
    public var mentors: Int
    /// Join decade → listed members showing `joined`.
    public var decades: [Int: Int]
    /// Industry → listed members showing it. A profile without an industry shows nothing, so
    /// nobody is known to have none.
    public var industries: [String: Int]
    /// Listed members showing their interests (a non-empty list): each is known to hold or to
    /// lack every interest.
    public var interestsShown: Int
    /// Interest → listed members showing it.
    public var interests: [String: Int]

    public init(members: Int, mentors: Int, decades: [Int: Int], industries: [String: Int], interestsShown: Int, interests: [String: Int]) {
        self.members = members
        self.mentors = mentors
        self.decades = decades
        self.industries = industries
        self.interestsShown = interestsShown
        self.interests = interests
    }

    /// Nobody shown: a portal without a directory, or a snapshot written before directories
    /// were recorded and read without a directory to compare with.
    public static let none = DirectoryCounts(members: 0, mentors: 0, decades: [:], industries: [:], interestsShown: 0, interests: [:])

    /// What the directory shows of `counted` (the members a snapshot counts), field by field
    /// as each member consented: the same rules as `PublishedProfile`.
    public init(counted: [Profile]) {
        let listed = counted.filter(\.isListed)
        var decades: [Int: Int] = [:], industries: [String: Int] = [:], interests: [String: Int] = [:]
        var interestsShown = 0
        for p in listed {
            let shows = p.consent.fields
            if shows.contains(.joined) { decades[NetworkCounts.decade(of: p.joined), default: 0] += 1 }
            if shows.contains(.industry), let industry = p.industry { industries[industry, default: 0] += 1 }
            if shows.contains(.interests), !p.interests.isEmpty {
                interestsShown += 1
                for interest in Set(p.interests) { interests[interest, default: 0] += 1 }
            }
        }
        self.init(members: listed.count, mentors: listed.filter { $0.consent.fields.contains(.mentor) && $0.mentor == true }.count,
                  decades: decades, industries: industries, interestsShown: interestsShown, interests: interests)
    }

    /// Never more than the counts themselves, whatever a file says: a snapshot's directory part
    /// is checked at load, and this keeps an older snapshot read beside today's directory sound.
    public func capped(by counts: NetworkCounts) -> DirectoryCounts {
        DirectoryCounts(
            members: min(members, counts.members), mentors: min(mentors, counts.mentors),
            decades: Dictionary(uniqueKeysWithValues: decades.map { ($0.key, min($0.value, counts.decades[$0.key] ?? 0)) }),
            industries: Dictionary(uniqueKeysWithValues: industries.map { ($0.key, min($0.value, counts.industries[$0.key] ?? 0)) }),
            interestsShown: min(interestsShown, counts.members),
            interests: Dictionary(uniqueKeysWithValues: interests.map { ($0.key, min($0.value, counts.interests[$0.key] ?? 0)) }))
    }
}
