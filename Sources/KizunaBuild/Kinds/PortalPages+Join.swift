import KizunaContent
import KizunaSite

/// `/join/` and `/welcome/`, from site.yaml's `join:`. Each yields to a free page of its slug
/// (`pages/join.md`, `pages/welcome.md`) published by the build: the editor's page wins, and
/// no route clashes.
extension PortalPages {
    static let joinTemplates = ["join", "welcome"]

    /// The theme strings these pages look up in code (labels of the consent fields, the
    /// consent notes).
    static let joinStrings: Set<String> = Set(Profile.Field.allCases.map { "join.field.\($0.rawValue)" })
        .union(["join.title", "join.consent_directory", "join.consent_fields", "join.consent_stats", "welcome.title",
                "welcome.mentor", "opportunity.kind.rehire", "opportunity.kind.contract"])

    static func joining(_ plan: PagePlan) -> [PlannedPage] {
        let d = plan.site
        guard let join = d.site.join else { return [] }
        let freePages = Set(d.pages.map(\.page.slug))
        var pages: [PlannedPage] = []
        if !freePages.contains("join") {
            pages.append(plan.page(.join, "join") { c in
                let title = join.title ?? c.strings["join.title"]
                let texts = c.site.join
                return PageView(title: title, description: join.description, body: JoinPage(
                    title: title, whoHTML: texts?.who.map(c.html), offersHTML: texts?.offers.map(c.html),
                    formURL: AttributedLink.url(join.form.url, d.site.attribution, .init(campaign: "join", page: "join")),
                    stepsHTML: texts?.steps.map(c.html), consent: consent(join, c), changeHTML: texts?.change.map(c.html),
                    accessHTML: texts?.access.map(c.html), accessURL: c.views.routes.route(forSitePath: "/access/").map { c.url($0.target) }))
            })
        }
        // Only for members: the public build has no /welcome/ and no link to it.
        if d.options.audience == .members && !freePages.contains("welcome") {
            pages.append(plan.page(.welcome, "welcome") { c in
                let v = c.views
                let open = d.openOpportunities
                func board(_ kind: Opportunity.Kind, _ heading: String) -> WelcomePage.Board {
                    WelcomePage.Board(kind: kind.rawValue, heading: heading, items: open.filter { $0.opportunity.kind == kind }.prefix(3).map { o in
                        var view = v.opportunity(o)
                        view.apply = v.applyAction(o.opportunity, page: "welcome")
                        return view
                    }, url: c.url(.opportunityBoard(kind)))
                }
                return PageView(title: join.welcomeTitle ?? c.strings["welcome.title"], body: WelcomePage(
                    offersHTML: c.site.join?.offers.map(c.html),
                    latestNews: d.news.prefix(3).map(v.card),
                    upcomingEvents: d.upcomingEvents.prefix(3).map { v.event($0) },
                    boards: [board(.rehire, c.strings["opportunity.kind.rehire"]), board(.contract, c.strings["opportunity.kind.contract"])],
                    mentorRoles: board(.mentor, c.strings["welcome.mentor"]),
                    consent: consent(join, c), changeHTML: c.site.join?.change.map(c.html),
                    directoryURL: v.routes.contains(.directory) ? c.url(.directory) : nil))
            })
        }
        return pages
    }

    static func consent(_ join: SiteConfig.Join, _ c: PageContext) -> ConsentView {
        ConsentView(fields: join.fields.map { c.strings["join.field.\($0.rawValue)"] },
                    directory: c.strings["join.consent_directory"], fieldsNote: c.strings["join.consent_fields"],
                    stats: c.strings.format("join.consent_stats", ["n": c.format.number(c.site.site.minCell)]))
    }
}
