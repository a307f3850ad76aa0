import KizunaContent
/// The network at a glance: members counted by join decade, current industry and interests.
/// Counts everyone who allowed statistics (`consent.stats`), listed in the directory or not.
/// The home page and /network/ both show these values, so their figures always agree.
public struct NetworkStats: Sendable {
    /// Everyone counted; the total of every table below. `.small` when below `min_cell`.
    public var members: ShownCount
    /// Mentors among members: the table [mentors, everyone else], printed only when both are
    /// at least `min_cell` (members minus mentors would otherwise give the rest away).
    public var mentors: ShownCount
    /// A partition of members, oldest decade first.
    public var byDecade: Aggregate
    /// A partition of members, with a "not answered" cell for those without an industry.
    public var byIndustry: Aggregate
    /// Multi-answer: a member with several interests counts once in each.
    public var byInterest: Aggregate

    init(profiles: [Profile], minCell: Int) {
        let counted = profiles.filter(\.consent.stats)
        let total = counted.count
        members = minCell > 1 && total < minCell ? .small : .count(total)
        mentors = CellSuppression.twoCell(counted.filter { $0.mentor == true }.count, of: total, minCell: minCell)

        // Decade, industry and interest labels come from the profiles themselves: a value held by
        // fewer than min_cell people would name them, with or without its count. Such values are
        // folded into one "other" cell without their labels.
        let decades = counted.map { ["\($0.joined / 10 * 10)s"] }
        byDecade = Aggregate(partition: Self.folded(decades, minCell: minCell), total: total, minCell: minCell)
        let industries = counted.map { $0.industry.map { [$0] } ?? [] }
        byIndustry = Aggregate(partition: Self.folded(industries, minCell: minCell), total: total, minCell: minCell,
                               order: .largestPrintedFirst)
        let interests = counted.map { Array(Set($0.interests)) }
        byInterest = Aggregate(multiAnswer: Self.folded(interests, minCell: minCell), of: total, minCell: minCell,
                               order: .largestPrintedFirst)
    }

    /// Cells for the values of each person (none, one, or several): values held by at least
    /// `minCell` people by label order, then `other` with the people holding any rarer value
    /// (counted once each), when there are any.
    static func folded(_ valuesByPerson: [[String]], minCell: Int) -> [(category: Aggregate.Category, count: Int)] {
        var counts: [String: Int] = [:]
        for values in valuesByPerson {
            for value in Set(values) { counts[value, default: 0] += 1 }
        }
        let common = Set(counts.filter { $0.value >= minCell }.keys)
        let other = valuesByPerson.filter { $0.contains { !common.contains($0) } }.count
        var cells = common.sorted().map { (category: Aggregate.Category.named($0), count: counts[$0]!) }
        if other > 0 { cells.append((.other, other)) }
        return cells
    }
}
