import KizunaContent

/// The directory's filters: join decade, industry, job type (`role`), interest and mentors.
/// Made only from `PublishedProfile`, so a profile is in a filter only by a field its member
/// consented to show: an industry not consented is neither on that industry's page nor counted.
public struct DirectoryFacets: Sendable {
    /// A kind of filter; its raw value is the URL segment (`directory/industry/<key>/`) and the
    /// query parameter of the directory's script (`?industry=<key>`).
    public enum Facet: String, CaseIterable, Sendable {
        case decade, industry, role, interest, mentor
    }

    /// One value of a filter: its URL segment, the value as the profiles write it (for its
    /// display name) and the profiles that have it, in the directory's order.
    public struct Value: Sendable {
        public var key: String
        public var written: String
        public var profiles: [PublishedProfile]
    }

    public var decades: [Value] = []
    public var industries: [Value] = []
    public var roles: [Value] = []
    public var interests: [Value] = []
    /// Members who registered as mentors and consented to show it (`mentor: true`).
    public var mentors: [PublishedProfile] = []

    public init(_ directory: [PublishedProfile]) {
        decades = Self.group(directory) { $0.joined.map { [Self.decade($0)] } ?? [] }.sorted { $0.key < $1.key }
        industries = Self.group(directory) { $0.industry.map { [$0] } ?? [] }
        roles = Self.group(directory) { $0.role.map { [$0] } ?? [] }
        interests = Self.group(directory) { $0.interests }
        mentors = directory.filter { $0.mentor == true }
    }

    public func values(_ facet: Facet) -> [Value] {
        switch facet {
        case .decade: decades
        case .industry: industries
        case .role: roles
        case .interest: interests
        case .mentor: []
        }
    }

    /// `2013` → `2010s`.
    public static func decade(_ year: Int) -> String { "\(year / 10 * 10)s" }

    /// The key of a written value: its tag slug (letters of any script kept, `IT・通信` → `it-通信`),
    /// so two spellings that differ only in case or punctuation are one filter. A value with no
    /// letter or digit has no page.
    public static func key(_ written: String) -> String { Tag.slug(written) }

    /// Values by key, most profiles first, then by key (a stable order for pages and tests).
    static func group(_ profiles: [PublishedProfile], _ values: (PublishedProfile) -> [String]) -> [Value] {
        var byKey: [String: Value] = [:]
        for profile in profiles {
            var seen: Set<String> = []
            for written in values(profile) {
                let key = Self.key(written)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                byKey[key, default: Value(key: key, written: written, profiles: [])].profiles.append(profile)
            }
        }
        return byKey.values.sorted { ($0.profiles.count, $1.key) > ($1.profiles.count, $0.key) }
    }
}
