extension StatsSnapshot {
    static func read(_ r: FieldReader, slug: String) -> StatsSnapshot? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        for key in ["date", "members", "mentors", "decades", "industries", "no_industry", "interests"] { at[key] = r.location(of: key) }
        let date = r.date("date", required: true)
        if r.bool("withheld") == true {
            for key in ["members", "mentors", "decades", "industries", "no_industry", "interests"] where r.has(key) {
                r.error(r.location(of: key), StatsMessage.withheldHasCounts(key))
            }
            return date.map { StatsSnapshot(slug: slug, date: $0, counts: nil, at: at) }
        }
        let members = r.int("members", required: true, range: 0...Survey.maxCount)
        let mentors = r.int("mentors", required: true, range: 0...Survey.maxCount)
        let noIndustry = r.int("no_industry", range: 0...Survey.maxCount) ?? 0
        let decades = Self.counts(r, "decades") { Int($0).flatMap { $0 > 0 && $0 % 10 == 0 && $0 <= 9990 ? $0 : nil } }
        let industries = Self.counts(r, "industries") { $0 }
        let interests = Self.counts(r, "interests") { $0 }
        guard let date, let members, let mentors, let decades, let industries, let interests else { return nil }
        var counts = NetworkCounts(members: members, mentors: mentors, decades: decades, industries: industries,
                                   noIndustry: noIndustry, interests: interests)
        let directory = r.nested("directory") { Self.directory($0, within: counts) }
        if let directory { counts.directory = directory }
        // The counts are one population: every table adds up to (or stays within) the members.
        if decades.values.reduce(0, +) != members {
            r.error(at["decades"], StatsMessage.decadesSum(decades.values.reduce(0, +), members: members))
        }
        if industries.values.reduce(0, +) + noIndustry != members {
            r.error(at["industries"], StatsMessage.industriesSum(industries.values.reduce(0, +) + noIndustry, members: members))
        }
        if mentors > members { r.error(at["mentors"], StatsMessage.mentorsAboveMembers(mentors: mentors, members: members)) }
        for (interest, n) in interests where n > members {
            r.error(at["interests"], StatsMessage.interestAboveMembers(interest, count: n, members: members))
        }
        var snapshot = StatsSnapshot(slug: slug, date: date, counts: counts, at: at)
        snapshot.recordsDirectory = r.has("directory")
        return snapshot
    }

    /// `directory:`, what the directory showed of the counted members: never more than the
    /// counts it is part of.
    static func directory(_ r: FieldReader, within counts: NetworkCounts) -> DirectoryCounts? {
        let members = r.int("members", required: true, range: 0...counts.members)
        let mentors = r.int("mentors", required: true, range: 0...counts.mentors)
        let interestsShown = r.int("interests_shown", range: 0...counts.members) ?? 0
        let decades = Self.counts(r, "decades") { Int($0).flatMap { $0 > 0 && $0 % 10 == 0 && $0 <= 9990 ? $0 : nil } }
        let industries = Self.counts(r, "industries") { $0 }
        let interests = Self.counts(r, "interests") { $0 }
        guard let members, let mentors, let decades, let industries, let interests else { return nil }
        var ok = true
        func within<Key>(_ field: String, _ shown: [Key: Int], _ all: [Key: Int], name: (Key) -> String) {
            for (key, n) in shown.sorted(by: { name($0.key) < name($1.key) }) where n > all[key] ?? 0 {
                r.error(r.location(of: field), StatsMessage.shownAboveCount(field: "directory.\(field)", key: name(key), shown: n, count: all[key] ?? 0))
                ok = false
            }
        }
        within("decades", decades, counts.decades) { String($0) }
        within("industries", industries, counts.industries) { $0 }
        within("interests", interests, counts.interests) { $0 }
        guard ok else { return nil }
        return DirectoryCounts(members: members, mentors: mentors, decades: decades, industries: industries,
                               interestsShown: interestsShown, interests: interests)
    }

    /// A mapping of keys to counts; nil (and errors) when malformed.
    static func counts<Key: Hashable>(_ r: FieldReader, _ field: String, key: (String) -> Key?) -> [Key: Int]? {
        guard let node = r.value(field) else { return [:] }
        guard case .mapping(let pairs) = node.kind else {
            r.error(node.location, StatsMessage.countsNotMapping(field: field))
            return nil
        }
        var out: [Key: Int] = [:]
        var ok = true
        for (k, v) in pairs {
            let written = k.scalar.map(WrittenValue.text) ?? k.shape
            guard let parsed = k.scalar.flatMap(key) else {
                r.error(k.location, StatsMessage.badKey(written, field: field))
                ok = false
                continue
            }
            guard let text = v.scalar, v.isPlainScalar, let n = Int(text), (1...Survey.maxCount).contains(n) else {
                r.error(v.location, StatsMessage.badCount(written, limit: Survey.maxCount))
                ok = false
                continue
            }
            if out[parsed] != nil {
                r.error(k.location, StatsMessage.keyTwice(written, field: field))
                ok = false
            }
            out[parsed] = n
        }
        return ok ? out : nil
    }
}
