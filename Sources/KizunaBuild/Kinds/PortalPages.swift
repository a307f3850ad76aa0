import KizunaContent
import KizunaSite

/// The portal's own pages, made across kinds rather than of one: the home page, the monthly
/// digests, the search page and the 404 page.
enum PortalPages {
    static let templates = ["home", "digests", "digest", "search", "404"] + joinTemplates

    static func home(_ plan: PagePlan) -> PlannedPage {
        plan.page(.home, "home") { c in
            let d = c.site, v = c.views
            return PageView(title: d.site.title, description: d.site.description, body: HomePage(
                upcomingEvents: d.upcomingEvents.prefix(3).map { v.event($0) },
                opportunities: d.openOpportunities.prefix(4).map { v.opportunity($0) },
                latestNews: d.news.prefix(5).map(v.card), network: v.network(d.network),
                openAsks: d.openAsks.prefix(3).map { v.ask($0) }))
        }
    }

    /// The digests and the search page.
    static func sections(_ plan: PagePlan) -> [PlannedPage] {
        let digests = plan.site.digests
        var pages = [plan.page(.digests, "digests") { c in
            PageView(title: c.strings["digest.list_title"], body: DigestsPage(
                months: digests.map { digest in
                    DigestMonthLink(label: c.strings.format("digest.title", ["month": c.format.month(digest.month)]), url: c.url(.digest(digest.month)),
                                    counts: c.views.digestCounts(digest))
                }))
        }]
        pages += digests.map { digest in
            plan.page(.digest(digest.month), "digest") { c in
                PageView(title: c.strings.format("digest.title", ["month": c.format.month(digest.month)]),
                         description: c.views.digestCounts(digest), body: c.views.digest(digest))
            }
        }
        pages.append(plan.page(.search, "search") { c in
            PageView(title: c.strings["search.title"], body: SearchPage(indexURL: c.url(.searchIndex)))
        })
        return pages + joining(plan)
    }

    static func notFound(_ plan: PagePlan) -> PlannedPage {
        plan.page(.notFound, "404", inSitemap: false) { c in
            PageView(title: c.strings["error404.title"], body: NotFoundPage())
        }
    }
}
