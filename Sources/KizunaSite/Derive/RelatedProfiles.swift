/// "Others who joined around the same time" and "others in the same industry" on a profile.
///
/// Only `PublishedProfile`s take part: listed members, reduced to their consented fields, so a
/// profile whose `joined` (or `industry`) is not consented has nil there and is neither shown in
/// that list nor matched on it. The lists therefore say nothing the directory does not already
/// show. Same years means a join year at most `yearWindow` years apart (a cohort an alumnus
/// remembers, wider than one year, narrower than a decade that cuts 2009 from 2010). Order is
/// deterministic: nearest join year first, then the directory's own order.
public enum RelatedProfiles {
    public static let yearWindow = 2
    public static let limit = 6

    /// The directory (in its order) with each profile's two lists filled in.
    public static func linked(_ directory: [PublishedProfile]) -> [PublishedProfile] {
        let order = Dictionary(uniqueKeysWithValues: directory.enumerated().map { ($1.slug, $0) })
        return directory.map { profile in
            var profile = profile
            profile.sameYears = sameYears(as: profile, in: directory, order: order)
            profile.sameIndustry = sameIndustry(as: profile, in: directory, order: order)
            return profile
        }
    }

    static func sameYears(as p: PublishedProfile, in directory: [PublishedProfile], order: [String: Int]) -> [String] {
        guard let joined = p.joined else { return [] }
        let near = directory.filter { other in
            guard other.slug != p.slug, let year = other.joined else { return false }
            return abs(year - joined) <= yearWindow
        }
        return nearestFirst(near, to: joined, order: order)
    }

    static func sameIndustry(as p: PublishedProfile, in directory: [PublishedProfile], order: [String: Int]) -> [String] {
        guard let industry = p.industry else { return [] }
        let same = directory.filter { $0.slug != p.slug && $0.industry == industry }
        return nearestFirst(same, to: p.joined, order: order)
    }

    /// Nearest consented join year first (a profile without one after those with one), then the
    /// directory's order; at most `limit`.
    static func nearestFirst(_ profiles: [PublishedProfile], to joined: Int?, order: [String: Int]) -> [String] {
        func distance(_ q: PublishedProfile) -> Int {
            guard let joined, let year = q.joined else { return Int.max }
            return abs(year - joined)
        }
        return profiles.sorted { (distance($0), order[$0.slug] ?? 0) < (distance($1), order[$1.slug] ?? 0) }
            .prefix(limit).map(\.slug)
    }
}
