import KizunaContent
import KizunaSite

extension ProfileKind: ContentKind {
    public var templates: [String] { ["directory", "directory-filter", "profile"] }
    public var navigation: RouteTarget? { .directory }
    public var strings: Set<String> {
        var keys: Set<String> = ["profile.tenure", "profile.joined_in", "profile.industry_role", "profile.mentor", "directory.title", "directory.count",
                                 "search.kind.profile", "directory.decade", "directory.filter_title", "directory.filter_count", "directory.value_count",
                                 "profile.same_years_lead", "profile.same_industry_lead", "profile.connect_subject", "profile.connect_note",
                                 "profile.mentor_roles_none", "profile.mentor_roles_open"]
        for facet in DirectoryFacets.Facet.allCases { keys.insert("directory.facet.\(facet.rawValue)") }
        return keys
    }

    /// The directory, its filter pages and its profiles: members builds only (a public build
    /// publishes none). Filters are made from `PublishedProfile`: consented fields only.
    public func pages(of directory: [PublishedProfile]?, _ plan: PagePlan) -> [PlannedPage] {
        guard let directory else { return [] }
        let facets = DirectoryFacets(directory)
        var pages = [plan.page(.directory, "directory") { c in
            PageView(title: c.strings["directory.title"], body: DirectoryPage(
                profiles: directory.map { c.views.profile($0) }, count: directory.count,
                countLabel: c.strings.count("directory.count", directory.count, ["n": String(directory.count)]),
                filters: c.views.directoryFilters(facets, current: nil), dataURL: c.url(.directoryData),
                valueCountOne: c.strings.plurals["directory.value_count"]?["one"]))
        }]
        var filtered: [(DirectoryFacets.Facet, String, String, [PublishedProfile])] = []
        for facet in DirectoryFacets.Facet.allCases where facet != .mentor {
            filtered += facets.values(facet).map { (facet, $0.key, $0.written, $0.profiles) }
        }
        if !facets.mentors.isEmpty { filtered.append((.mentor, "yes", "", facets.mentors)) }
        pages += filtered.map { facet, key, written, profiles in
            let target = RouteTarget.directoryFilter(facet, key)
            return plan.page(target, "directory-filter") { c in
                let value = c.views.directoryValueLabel(facet, written)
                return PageView(title: c.strings.format("directory.filter_title", ["value": value]), body: DirectoryFilterPage(
                    profiles: profiles.map { c.views.profile($0) },
                    countLabel: c.strings.count("directory.filter_count", profiles.count, ["n": String(profiles.count)]),
                    filters: c.views.directoryFilters(facets, current: target)))
            }
        }
        let bySlug = Dictionary(uniqueKeysWithValues: directory.map { ($0.slug, $0) })
        pages += directory.map { p in
            plan.page(.profile(p.slug), "profile", source: p.source) { c in
                PageView(title: p.name, body: c.views.profilePage(p, directory: bySlug))
            }
        }
        return pages
    }

    /// Only `PublishedProfile` reaches here: consented fields, listed members, members builds.
    public func searchEntries(of directory: [PublishedProfile]?, _ c: PageContext) -> [SearchEntry] {
        (directory ?? []).map { p in
            SearchEntry(kind: c.strings["search.kind.profile"], title: p.name, url: c.url(.profile(p.slug)),
                        text: SearchEntry.joined([p.nameEN, p.industry.map(c.site.site.industryName), p.role, p.company, p.interests.joined(separator: " ")], separator: c.strings["search.separator"]))
        }
    }
}
