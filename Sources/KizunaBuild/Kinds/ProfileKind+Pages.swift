import KizunaContent
import KizunaSite

extension ProfileKind: ContentKind {
    public var templates: [String] { ["directory", "profile"] }
    public var navigation: RouteTarget? { .directory }
    public var strings: Set<String> { ["profile.tenure", "profile.joined_in", "profile.industry_role", "directory.title", "directory.count", "search.kind.profile",
                                             "profile.same_years_lead", "profile.same_industry_lead", "profile.connect_subject", "profile.connect_note",
                                             "profile.mentor_roles_none", "profile.mentor_roles_open"] }

    /// The directory and its profiles: members builds only (a public build publishes none).
    public func pages(of directory: [PublishedProfile]?, _ plan: PagePlan) -> [PlannedPage] {
        guard let directory else { return [] }
        var pages = [plan.page(.directory, "directory") { c in
            PageView(title: c.strings["directory.title"], body: DirectoryPage(
                profiles: directory.map { c.views.profile($0) }, count: directory.count,
                countLabel: c.strings.count("directory.count", directory.count, ["n": String(directory.count)])))
        }]
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
