/// The counts behind the network at a glance: members who allow statistics
/// (`consent.stats`), by the decade they joined, their current industry and their interests.
/// Counts only, no names: this is what a stats snapshot records and the pages are made from.
public struct NetworkCounts: Sendable, Equatable {
    public var members: Int
    public var mentors: Int
    /// Join decade (1990, 2000 …) → members.
    public var decades: [Int: Int]
    /// Current industry as written → members; members without one in `noIndustry`.
    public var industries: [String: Int]
    public var noIndustry: Int
    /// Interest as written → members holding it (a member counts once in each of theirs).
    public var interests: [String: Int]
    /// What the members' directory shows of these members on the same day: a member can count
    /// it, so the pages disclose only the rest.
    public var directory: DirectoryCounts

    public init(members: Int, mentors: Int, decades: [Int: Int], industries: [String: Int], noIndustry: Int, interests: [String: Int],
                directory: DirectoryCounts = .none) {
        self.members = members
        self.mentors = mentors
        self.decades = decades
        self.industries = industries
        self.noIndustry = noIndustry
        self.interests = interests
        self.directory = directory
    }

    /// Everyone who allowed statistics, listed in the directory or not.
    public init(profiles: [Profile]) {
        let counted = profiles.filter(\.consent.stats)
        var decades: [Int: Int] = [:], industries: [String: Int] = [:], interests: [String: Int] = [:]
        var noIndustry = 0
        for p in counted {
            decades[Self.decade(of: p.joined), default: 0] += 1
            if let industry = p.industry { industries[industry, default: 0] += 1 } else { noIndustry += 1 }
            for interest in Set(p.interests) { interests[interest, default: 0] += 1 }
        }
        self.init(members: counted.count, mentors: counted.filter { $0.mentor == true }.count, decades: decades,
                  industries: industries, noIndustry: noIndustry, interests: interests, directory: DirectoryCounts(counted: counted))
    }

    /// 1999 → 1990. Years are 1 or later (profiles are checked at load).
    public static func decade(of year: Int) -> Int { year / 10 * 10 }
}
