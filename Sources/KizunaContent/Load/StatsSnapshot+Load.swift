extension StatsSnapshot {
    static func read(_ r: FieldReader, slug: String) -> StatsSnapshot? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        for key in ["date", "members", "mentors", "decades", "industries", "no_industry", "interests"] { at[key] = r.location(of: key) }
        let date = r.date("date", required: true)
        if r.bool("withheld") == true {
            for key in ["members", "mentors", "decades", "industries", "no_industry", "interests"] where r.has(key) {
                r.error(r.location(of: key), "a withheld snapshot holds no counts: remove '\(key)'")
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
        let counts = NetworkCounts(members: members, mentors: mentors, decades: decades, industries: industries,
                                   noIndustry: noIndustry, interests: interests)
        // The counts are one population: every table adds up to (or stays within) the members.
        if decades.values.reduce(0, +) != members {
            r.error(at["decades"], "the decades add up to \(decades.values.reduce(0, +)), not to the \(members) members")
        }
        if industries.values.reduce(0, +) + noIndustry != members {
            r.error(at["industries"], "the industries and no_industry add up to \(industries.values.reduce(0, +) + noIndustry), not to the \(members) members")
        }
        if mentors > members { r.error(at["mentors"], "more mentors (\(mentors)) than members (\(members))") }
        for (interest, n) in interests where n > members {
            r.error(at["interests"], "interest '\(interest)' is held by \(n), more than the \(members) members")
        }
        return StatsSnapshot(slug: slug, date: date, counts: counts, at: at)
    }

    /// A mapping of keys to counts; nil (and errors) when malformed.
    static func counts<Key: Hashable>(_ r: FieldReader, _ field: String, key: (String) -> Key?) -> [Key: Int]? {
        guard let node = r.value(field) else { return [:] }
        guard case .mapping(let pairs) = node.kind else {
            r.error(node.location, "'\(field)' must map each value to its count, e.g. {1990: 3, 2000: 12}")
            return nil
        }
        var out: [Key: Int] = [:]
        var ok = true
        for (k, v) in pairs {
            let written = k.scalar ?? k.kindDescription
            guard let parsed = k.scalar.flatMap(key) else {
                r.error(k.location, "'\(written)' is not a \(field == "decades" ? "decade such as 1990" : "value") of '\(field)'")
                ok = false
                continue
            }
            guard let text = v.scalar, v.isPlainScalar, let n = Int(text), (1...Survey.maxCount).contains(n) else {
                r.error(v.location, "the count of '\(written)' must be a whole number from 1 to \(Survey.maxCount)")
                ok = false
                continue
            }
            if out[parsed] != nil {
                r.error(k.location, "'\(written)' is given twice in '\(field)'")
                ok = false
            }
            out[parsed] = n
        }
        return ok ? out : nil
    }
}
