import KizunaContent
/// Decides whether a new stats snapshot may be published: a reader who keeps every build can
/// subtract the figures of any two, so the change from every earlier published snapshot,
/// read as a table of its own, must pass the disclosure rule too. Otherwise a day-apart build
/// would show one joiner's decade, industry and interests as "+1" (docs/CONTENT.md,
/// "Aggregates and privacy", "Snapshots").
///
/// What the change may not show, for each figure a reader can subtract exactly (a row printed
/// on both pages, or the rows of a partition merged to what both pages separate):
/// - a change of 1 to min_cell − 1 people, up or down (the members counted included);
/// - all of a partition's change in one of its groups ("IT +5" when five joined): then each
///   of the changed people is known to be in it;
/// - a multi-answer row (an interest, mentors) that changed by exactly the members' change, or
///   by all but 1 to min_cell − 1 of it.
/// Figures that are not printed exactly on both pages leave a range of at least min_cell values.
public struct SnapshotGate: Sendable {
    public var minCell: Int

    public init(minCell: Int) { self.minCell = minCell }

    /// One figure whose change would single people out. `figure` names it for the editor (it may
    /// name an industry: print it only where the content itself may be read).
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var since: LocalDate
        public var figure: SnapshotFigure
        public var change: Int
        public var reason: SnapshotReason
        /// The line `--explain` prints.
        public var message: StatsCommandMessage { .figure(figure, change: change, since: since, reason) }
        public var description: String { message.english }
    }

    /// Every problem of publishing `next` (as of `day`) after each of `published`.
    public func problems(publishing next: NetworkCounts, on day: LocalDate, after published: [(date: LocalDate, counts: NetworkCounts)]) -> [Problem] {
        published.flatMap { problems(from: $0.counts, on: $0.date, to: next, on: day) }
    }

    func problems(from old: NetworkCounts, on oldDay: LocalDate, to new: NetworkCounts, on newDay: LocalDate) -> [Problem] {
        let m = minCell
        guard m > 1 else { return [] }
        let before = NetworkStats.figures(old, asOf: oldDay, minCell: m)
        let after = NetworkStats.figures(new, asOf: newDay, minCell: m)
        var out: [Problem] = []
        func problem(_ figure: SnapshotFigure, _ change: Int, _ reason: SnapshotReason) {
            out.append(Problem(since: oldDay, figure: figure, change: change, reason: reason))
        }
        let small = { (d: Int) in (1..<m).contains(abs(d)) }

        let members: Int? = before.members.value != nil && after.members.value != nil ? new.members - old.members : nil
        if let d = members, small(d) { problem(.membersCounted, d, .fewerThan(m)) }
        // A member also sees the directory's own change: what is left of each change is about
        // members the directory does not show, and is held to the same rules.
        let (od, nd) = (old.directory.capped(by: old), new.directory.capped(by: new))
        let unseenMembers = members.map { $0 - (nd.members - od.members) }
        if let d = unseenMembers, small(d) { problem(.membersCounted, d, .notInDirectory(.fewerThan(m))) }

        // Partitions: the finest groups both pages separate.
        let decadeKeys = Set(Set(old.decades.keys).union(new.decades.keys).map(String.init))
        let decades = Self.components(before.byDecade, after.byDecade, universe: decadeKeys, orderedDecades: true)
        let industries = Self.components(before.byIndustry, after.byIndustry,
                                         universe: Set(old.industries.keys).union(new.industries.keys).union([Self.noValue]), orderedDecades: false)
        let named: [([[String]], ([String]) -> SnapshotFigure, (NetworkCounts, String) -> Int, (DirectoryCounts, String) -> Int)] = [
            (decades, { .joinDecades($0) }, { c, key in Int(key).map { c.decades[$0] ?? 0 } ?? 0 },
             { d, key in Int(key).map { d.decades[$0] ?? 0 } ?? 0 }),
            (industries, { .industries($0.map { $0 == Self.noValue ? nil : $0 }) },
             { c, key in key == Self.noValue ? c.noIndustry : c.industries[key] ?? 0 }, { d, key in d.industries[key] ?? 0 }),
        ]
        for (groups, figure, count, shown) in named {
            let changes = groups.map { group in group.reduce(0) { $0 + count(new, $1) - count(old, $1) } }
            let unseen = zip(groups, changes).map { group, d in d - group.reduce(0) { $0 + shown(nd, $1) - shown(od, $1) } }
            for (changes, reason) in [(changes, { $0 }), (unseen, SnapshotReason.notInDirectory)] as [([Int], (SnapshotReason) -> SnapshotReason)] {
                for (group, d) in zip(groups, changes) where small(d) {
                    problem(figure(group.sorted()), d, reason(.fewerThan(m)))
                }
                if groups.count > 1, changes.filter({ $0 != 0 }).count == 1, let i = changes.firstIndex(where: { $0 != 0 }) {
                    problem(figure(groups[i].sorted()), changes[i], reason(.allInOneGroup))
                }
            }
        }

        // Two-cell rows: mentors and each interest, exact on both pages.
        // Each row with the directory's change of those shown in it and of those shown without it.
        var rows: [(SnapshotFigure, ShownCount, ShownCount, Int, Int, Int)] = [
            (.mentors, before.mentors, after.mentors, new.mentors - old.mentors, nd.mentors - od.mentors, 0),
        ]
        for key in Set(old.interests.keys).union(new.interests.keys).sorted() {
            let shown = { (t: DisclosedTable) in t.rows.first { $0.parts == [.category(key)] }?.shown }
            guard let b = shown(before.byInterest), let a = shown(after.byInterest) else { continue }
            let holders = (nd.interests[key] ?? 0) - (od.interests[key] ?? 0)
            let lacking = (nd.interestsShown - (nd.interests[key] ?? 0)) - (od.interestsShown - (od.interests[key] ?? 0))
            rows.append((.interest(key), b, a, (new.interests[key] ?? 0) - (old.interests[key] ?? 0), holders, lacking))
        }
        for (figure, b, a, d, holders, lacking) in rows where b.value != nil && a.value != nil {
            let checks: [(Int, Int?, (SnapshotReason) -> SnapshotReason)] = [
                (d, members, { $0 }),
                // Among members the directory does not show: the row's and everyone's change.
                (d - holders, members.map { $0 - holders - lacking }, SnapshotReason.notInDirectory),
            ]
            for (d, n, reason) in checks {
                if small(d) { problem(figure, d, reason(.fewerThan(m))) }
                if let n, d != 0, d == n { problem(figure, d, reason(.everyoneWhoChanged)) }
                if let n, d != n, small(n - d) { problem(figure, d, reason(.allBut(abs(n - d)))) }
            }
        }
        // Where the directory did not change, its rule repeats the first: say it once.
        return out.filter { p in
            guard case .notInDirectory(let reason) = p.reason else { return true }
            return !out.contains { $0.figure == p.figure && $0.change == p.change && $0.reason == reason }
        }
    }

    /// Stands for "no value" (members without an industry) among the keys.
    static let noValue = "\u{0}none"

    /// The keys of a partition grouped so that each group is a union of rows on both pages: the
    /// finest change a reader can subtract exactly. Keys a page does not name are in its
    /// 「その他」 row (industries) or, for decades, in the open-ended first row when older, and
    /// known to be zero when newer than the page's last row.
    static func components(_ a: DisclosedTable, _ b: DisclosedTable, universe: Set<String>, orderedDecades: Bool) -> [[String]] {
        let keys = universe.sorted()
        var parent = Dictionary(uniqueKeysWithValues: keys.map { ($0, $0) })
        func find(_ k: String) -> String {
            var k = k
            while parent[k]! != k { k = parent[k]! }
            return k
        }
        func union(_ group: [String]) {
            guard let first = group.first else { return }
            for k in group.dropFirst() { parent[find(k)] = find(first) }
        }
        for table in [a, b] {
            if table.withheld {
                union(keys)
                continue
            }
            let named = Set(table.rows.flatMap(\.categories))
            for row in table.rows {
                var group = row.categories
                if orderedDecades, row.openStart, let last = row.categories.last.flatMap(Int.init) {
                    group += keys.filter { (Int($0) ?? 0) < last }
                }
                if row.parts.contains(.other) { group += keys.filter { !named.contains($0) && $0 != noValue } }
                if row.parts.contains(.notAnswered) { group.append(noValue) }
                union(group.filter { parent[$0] != nil })
            }
        }
        var groups: [String: [String]] = [:]
        for k in keys { groups[find(k), default: []].append(k) }
        return groups.values.map { $0 }.sorted { $0.min()! < $1.min()! }
    }
}
