import KizunaContent
import KizunaSite

/// The portal's own pages, made across kinds rather than of one: the home page, the monthly
/// digests, the search page and the 404 page.
enum PortalPages {
    static let templates = ["home", "digests", "digest", "search", "404", "access"] + joinTemplates

    static func home(_ plan: PagePlan) -> PlannedPage {
        plan.page(.home, "home") { c in
            let d = c.site, v = c.views, asks = v.membersOnly(.asks)
            return PageView(title: d.site.title, description: d.site.description, body: HomePage(
                upcomingEvents: d.upcomingEvents.prefix(3).map { v.event($0) },
                opportunities: d.openOpportunities.prefix(4).map { v.opportunity($0) },
                latestNews: d.news.prefix(5).map(v.card), network: v.network(d.network),
                openAsks: d.openAsks.prefix(3).map { v.ask($0) },
                membersOnlyEvents: v.membersOnly(.events), membersOnlyOpportunities: v.membersOnly(.opportunities),
                membersOnlyAsks: asks, showAsks: !d.openAsks.isEmpty || asks != nil))
        }
    }

    /// The digests and the search page.
    static func sections(_ plan: PagePlan) -> [PlannedPage] {
        let digests = plan.site.digests
        var pages = [plan.page(.digests, "digests") { c in
            PageView(title: c.strings["digest.list_title"], body: DigestsPage(
                months: digests.map { digest in
                    DigestMonthLink(label: c.strings.format("digest.title", ["month": c.format.month(digest.month)]), url: c.url(.digest(digest.month)),
                                    counts: c.views.digestCounts(digest), textURL: c.url(.digestText(digest.month)))
                }, subscribe: c.views.subscribe { c.url($0) }))
        }]
        pages += digests.map { digest in
            plan.page(.digest(digest.month), "digest") { c in
                PageView(title: c.strings.format("digest.title", ["month": c.format.month(digest.month)]),
                         description: c.views.digestCounts(digest), body: c.views.digest(digest))
            }
        }
        pages.append(plan.page(.search, "search") { c in
            let common = c.site.tags.sorted { ($0.posts.count, $1.name) > ($1.posts.count, $0.name) }.prefix(SearchPage.suggested)
            return PageView(title: c.strings["search.title"], body: SearchPage(tags: common.map { .init(name: $0.name, url: c.url(.newsTag($0.slug, page: 1))) }))
        })
        if let access = access(plan) { pages.append(access) }
        return pages + joining(plan)
    }

    /// `/access/`, in both builds: who may register, how members sign in with their own address,
    /// whom to ask. Made from site.yaml's `members:`; a free page `access` takes its place.
    static func access(_ plan: PagePlan) -> PlannedPage? {
        guard let members = plan.site.site.members, !plan.site.pages.contains(where: { $0.page.slug == "access" }) else { return nil }
        return plan.page(.access, "access") { c in
            let title = c.strings["access.title"]
            return PageView(title: title, description: c.strings["access.intro"], body: AccessPage(
                title: title, who: members.who, signIn: members.signIn ?? c.strings["access.sign_in_default"],
                membersURL: members.url?.url, contact: members.contact.map(ActionView.init)))
        }
    }

    static func notFound(_ plan: PagePlan) -> PlannedPage {
        plan.page(.notFound, "404", inSitemap: false) { c in
            PageView(title: c.strings["error404.title"], body: NotFoundPage())
        }
    }
}
