import KizunaContent
import KizunaSite

extension OpportunityKind: ContentKind {
    public var templates: [String] { ["opportunities", "opportunity-kind", "opportunity-filter", "opportunity", "referral"] }
    public var navigation: RouteTarget? { .opportunities }
    public var strings: Set<String> {
        var keys: Set<String> = [
            "opportunity.status.expired", "opportunity.location_remote", "opportunities.title", "opportunities.open_count", "referral.title",
            "opportunity.refer_subject", "opportunities.remote_title", "opportunities.tag_title", "opportunity.due_today", "opportunity.days_left",
            "opportunity.engagement.sessions_value", "opportunity.engagement.hours_value", "opportunity.engagement.separator",
            "opportunity.engagement.for_line", "opportunity.compensation", "opportunity.compensation_employment",
            "opportunities.feed_title", "opportunities.kind_feed_title",
        ]
        for kind in Opportunity.Kind.allCases {
            keys.formUnion(["opportunity.kind.\(kind.rawValue)", "opportunity.lead.\(kind.rawValue)", "members_only.board.\(kind.rawValue)"])
        }
        for status in Opportunity.Status.allCases where status != .open { keys.insert("opportunity.status.\(status.rawValue)") }
        for remote in Opportunity.Remote.allCases { keys.insert("opportunity.remote.\(remote.rawValue)") }
        for employment in Opportunity.Employment.allCases { keys.insert("opportunity.employment.\(employment.rawValue)") }
        for unit in Opportunity.Compensation.Unit.allCases { keys.formUnion(["compensation.employment.\(unit.rawValue)", "compensation.contract.\(unit.rawValue)"]) }
        return keys
    }

    public func pages(of postings: PublishedOpportunities, _ plan: PagePlan) -> [PlannedPage] {
        let d = plan.site
        var pages = [plan.page(.opportunities, "opportunities") { c in
            let v = c.views, open = postings.open.count
            return PageView(title: c.strings["opportunities.title"], body: OpportunitiesPage(
                groups: Opportunity.Kind.allCases.map(v.board),
                openCount: c.strings.count("opportunities.open_count", open, ["n": String(open)]),
                closed: postings.closed.map { v.opportunity($0) }, filters: v.opportunityFilters(current: nil),
                membersOnly: v.membersOnly(.opportunities)))
        }]
        pages += Opportunity.Kind.allCases.map { kind in
            plan.page(.opportunityBoard(kind), "opportunity-kind") { c in
                let v = c.views
                var group = v.board(kind)
                group.closed = postings.closed.filter { $0.opportunity.kind == kind }.map { v.opportunity($0) }
                group.kinds = Opportunity.Kind.allCases.map {
                    .init(label: c.strings["opportunity.kind.\($0.rawValue)"], url: c.url(.opportunityBoard($0)), current: $0 == kind)
                }
                return PageView(title: c.strings["opportunity.kind.\(kind.rawValue)"], body: OpportunityBoardPage(group: group))
            }
        }
        pages.append(plan.page(.opportunitiesRemote, "opportunity-filter") { c in
            PageView(title: c.strings["opportunities.remote_title"], body: OpportunityFilterPage(
                items: postings.open.filter { $0.opportunity.remote == .yes || $0.opportunity.remote == .hybrid }.map { c.views.opportunity($0) },
                filters: c.views.opportunityFilters(current: .opportunitiesRemote)))
        })
        pages += d.opportunityTags.map { tag in
            plan.page(.opportunityTag(tag), "opportunity-filter") { c in
                let name = (postings.open + postings.closed).lazy.flatMap(\.opportunity.tags).first { Tag.slug($0) == tag }.map(d.site.tagName) ?? tag
                return PageView(title: c.strings.format("opportunities.tag_title", ["tag": name]), body: OpportunityFilterPage(
                    items: postings.open.filter { $0.opportunity.tags.map(Tag.slug).contains(tag) }.map { c.views.opportunity($0) },
                    filters: c.views.opportunityFilters(current: .opportunityTag(tag))))
            }
        }
        // A closed opportunity keeps its page (links to it still work) but leaves the sitemap.
        pages += (postings.open + postings.closed).map { o in
            plan.page(.opportunity(o.opportunity.slug), "opportunity", source: o.opportunity.at.file, inSitemap: o.isOpen) { c in
                PageView(title: o.opportunity.title, description: o.opportunity.summary,
                         body: OpportunityPage(opportunity: c.views.opportunity(o, detail: true), structuredData: c.views.jobPostingStructuredData(o)))
            }
        }
        // The employee referral programme, when site.yaml describes one: a page of the board.
        if let referral = d.site.referral {
            pages.append(plan.page(.referral, "referral") { c in
                let title = referral.title ?? c.strings["referral.title"]
                return PageView(title: title, description: referral.reward, body: ReferralPage(
                    title: title, who: referral.who, reward: referral.reward, howHTML: d.referralHow.map { c.html($0) },
                    formURL: referral.form.map { AttributedLink.url($0.url, d.site.attribution, .init(campaign: "referral", page: "referral")) },
                    mailURL: referral.mail.map { AttributedLink.url("mailto:" + $0, d.site.attribution, .init(campaign: "referral", page: "referral", subject: title)) }))
            })
        }
        return pages
    }

    /// Open postings only: a closed one is not what a reader searches for.
    public func searchEntries(of postings: PublishedOpportunities, _ c: PageContext) -> [SearchEntry] {
        postings.open.map { o in
            SearchEntry(kind: c.strings["opportunity.kind.\(o.opportunity.kind.rawValue)"], title: o.opportunity.title,
                        url: c.url(.opportunity(o.opportunity.slug)), date: o.opportunity.posted.description,
                        text: SearchEntry.joined([o.opportunity.summary, o.opportunity.location, o.opportunity.tags.map(c.site.site.tagName).joined(separator: " ")], separator: c.strings["search.separator"]),
                        tags: o.opportunity.tags.map(c.site.site.tagName), body: o.description?.plainText ?? "")
        }
    }
}
