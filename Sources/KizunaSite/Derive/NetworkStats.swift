import KizunaContent
/// The network at a glance as the pages show it: the newest stats snapshot not after "now"
/// (`content/stats/`), disclosed by `Disclosure`. The home page and /network/ show these
/// values, so their figures always agree, and they change only when a snapshot is taken.
public struct NetworkStats: Sendable {
    public struct Figures: Sendable, Equatable {
        /// Everyone counted; the total of every table below.
        public var members: ShownCount
        /// Mentors among members: the two-cell table [mentors, everyone else].
        public var mentors: ShownCount
        /// A partition of members by join decade, oldest first; the first row is open-ended
        /// 「…年代以前」, so the page never says when the oldest member joined.
        public var byDecade: DisclosedTable
        /// A partition of members by current industry, largest first, then 「その他」 (values
        /// held by fewer than min_cell, and whatever had to be folded in with them) and 「未回答」.
        public var byIndustry: DisclosedTable
        /// Multi-answer, largest first: interests held by at least min_cell members.
        public var byInterest: DisclosedTable
        /// Some interests are held by fewer than min_cell members and are not listed.
        public var interestsOmitted: Bool
    }

    /// The snapshot's day: the pages say the figures are "as of" it.
    public var asOf: LocalDate
    /// nil when the snapshot withdraws the figures (`withheld: true`).
    public var figures: Figures?

    public init(_ snapshot: StatsSnapshot, minCell: Int) {
        asOf = snapshot.date
        figures = snapshot.counts.map { Self.figures($0, asOf: snapshot.date, minCell: minCell) }
    }

    /// What the pages would show of these counts; also how `SnapshotGate` reads a snapshot.
    public static func figures(_ counts: NetworkCounts, asOf: LocalDate, minCell m: Int) -> Figures {
        let n = counts.members
        // What a member can count off the directory: only the rest is told (`Disclosure`).
        let shown = counts.directory.capped(by: counts)
        // Decades from the oldest to now's, empty ones included: a band's label must not say
        // which decades hold someone.
        var byDecade = DisclosedTable.withheldTable(.partition, total: n, minCell: m)
        if let oldest = counts.decades.keys.min(), let newest = counts.decades.keys.max() {
            let last = max(newest, NetworkCounts.decade(of: asOf.year))
            let cells = stride(from: oldest, through: last, by: 10).map { Disclosure.Cell(.category(String($0)), counts.decades[$0] ?? 0, known: shown.decades[$0] ?? 0) }
            byDecade = Disclosure.partition(cells, minCell: m)
            if !byDecade.rows.isEmpty { byDecade.rows[0].openStart = true }
        }

        // A label held by fewer than min_cell members would name them: such values are only
        // ever counted in 「その他」, without their labels. Naming a value also says its rest is
        // at least min_cell, unless the directory alone shows min_cell holders of it.
        let nameable = { (count: Int, known: Int) in count >= m && (known >= m || count - known >= m) }
        let named = counts.industries.filter { nameable($0.value, shown.industries[$0.key] ?? 0) }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        var industryCells = named.map { Disclosure.Cell(.category($0.key), $0.value, known: shown.industries[$0.key] ?? 0) }
        let namedKeys = Set(named.map(\.key))
        let rare = counts.industries.filter { !namedKeys.contains($0.key) }
        if !rare.isEmpty {
            industryCells.append(Disclosure.Cell(.other, rare.values.reduce(0, +), known: rare.keys.reduce(0) { $0 + (shown.industries[$1] ?? 0) }))
        }
        if counts.noIndustry > 0 { industryCells.append(Disclosure.Cell(.notAnswered, counts.noIndustry)) }
        let byIndustry = Disclosure.partition(industryCells, minCell: m, foldIntoOther: true)

        let interests = counts.interests.filter { nameable($0.value, shown.interests[$0.key] ?? 0) }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let byInterest = Disclosure.multiAnswer(interests.map { interest in
            let known = shown.interests[interest.key] ?? 0
            // Shown with their interests and without this one; never more than lack it.
            let without = min(shown.interestsShown - known, n - interest.value)
            return Disclosure.Cell(.category(interest.key), interest.value, known: known, knownWithout: max(0, without))
        }, of: n, minCell: m)

        return Figures(
            members: Disclosure.total(n, minCell: m), mentors: Disclosure.twoCell(counts.mentors, of: n, known: shown.mentors, minCell: m),
            byDecade: byDecade, byIndustry: byIndustry, byInterest: byInterest,
            interestsOmitted: !byInterest.withheld && interests.count < counts.interests.count)
    }
}
