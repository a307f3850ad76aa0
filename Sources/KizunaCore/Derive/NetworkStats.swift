/// The network at a glance: members counted by join decade, current industry and interests.
/// Counts everyone who allowed statistics (`consent.stats`), listed in the directory or not.
public struct NetworkStats: Sendable {
    public var members: Int?
    public var mentors: Int?
    public var byDecade: Aggregate
    public var byIndustry: Aggregate
    public var byInterest: Aggregate

    init(profiles: [Profile], minCell: Int) {
        let counted = profiles.filter(\.consent.stats)
        var decades: [String: Int] = [:]
        var industries: [String: Int] = [:]
        var interests: [String: Int] = [:]
        for p in counted {
            decades["\(p.joined / 10 * 10)s", default: 0] += 1
            if let industry = p.industry { industries[industry, default: 0] += 1 }
            for interest in Set(p.interests) { interests[interest, default: 0] += 1 }
        }
        let total = counted.count
        members = total >= minCell ? total : nil
        let mentorCount = counted.filter { $0.mentor == true }.count
        mentors = mentorCount >= minCell ? mentorCount : nil
        byDecade = Aggregate(decades.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, minCell: minCell, total: total)
        byIndustry = Aggregate(counting: industries, minCell: minCell, total: total)
        byInterest = Aggregate(counting: interests, minCell: minCell, total: total)
    }
}
