import KizunaContent
import KizunaSite

/// The directory: every listed profile, the filters with their counts (links to the filter
/// pages, which work without JavaScript), and what its script needs (the data file's URL).
struct DirectoryPage: PageBody {
    var profiles: [ProfileView]
    var count: Int
    var countLabel: String
    var filters: [DirectoryFilterGroup]
    var dataURL: String
    /// `directory.value_count`'s form for one, when the language has one: the script recounts the
    /// choices and takes its `other` form from `{{t.directory.value_count}}`.
    var valueCountOne: String?
}

/// The directory narrowed down by one filter (`directory/industry/<key>/`).
struct DirectoryFilterPage: PageBody {
    var profiles: [ProfileView]
    var countLabel: String
    var filters: [DirectoryFilterGroup]
}

/// One kind of filter (join decade, industry …) and its values, each with how many listed
/// profiles show it. The same groups make the script's labelled `<select>`s.
struct DirectoryFilterGroup: Encodable, Sendable {
    struct Link: Encodable, Sendable {
        /// The value's key: the URL segment and the script's query value.
        var key: String
        var label: String
        var url: String
        var count: Int
        /// The label with its count, punctuated for the language (`directory.value_count`).
        var labelCount: String
        var current: Bool
    }

    var facet: String
    var label: String
    var links: [Link]
}

extension ViewBuilder {
    /// The filters of `facets`, the one at `current` marked (`aria-current`).
    func directoryFilters(_ facets: DirectoryFacets, current: RouteTarget?) -> [DirectoryFilterGroup] {
        DirectoryFacets.Facet.allCases.compactMap { facet in
            let values: [(key: String, label: String, count: Int)] = facet == .mentor
                ? (facets.mentors.isEmpty ? [] : [("yes", strings["profile.mentor"], facets.mentors.count)])
                : facets.values(facet).map { ($0.key, directoryValueLabel(facet, $0.written), $0.profiles.count) }
            guard !values.isEmpty else { return nil }
            return DirectoryFilterGroup(facet: facet.rawValue, label: strings["directory.facet.\(facet.rawValue)"], links: values.map { v in
                let target = RouteTarget.directoryFilter(facet, v.key)
                return .init(key: v.key, label: v.label, url: url(target), count: v.count,
                             labelCount: strings.count("directory.value_count", v.count, ["label": v.label, "n": String(v.count)]), current: target == current)
            })
        }
    }

    /// How a filter's value is shown: `2010s` as 「2010年代」, an industry by its display name.
    func directoryValueLabel(_ facet: DirectoryFacets.Facet, _ written: String) -> String {
        switch facet {
        case .decade: strings.format("directory.decade", ["decade": String(written.dropLast())])
        case .industry: site.industryName(written)
        case .mentor: strings["profile.mentor"]
        case .role, .interest: written
        }
    }
}
