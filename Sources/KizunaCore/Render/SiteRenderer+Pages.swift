/// The list of pages a build writes, section by section, in the order of the spec's URL table.
extension SiteRenderer {
    func pages(_ c: ContextBuilder) -> [PageSpec] {
        let d = c.derived
        let t = c.strings
        var pages: [PageSpec] = []
        // A post's card appears on list, tag, home and neighbour pages: build it once.
        let newsCards = Dictionary(uniqueKeysWithValues: d.news.map { ($0.post.slug, c.newsItem($0)) })
        let card = { (p: PublishedPost) in newsCards[p.post.slug]! }

        // Home
        pages.append(PageSpec(path: SitePaths.home, template: "home", title: d.site.title, description: d.site.description, context: [
            "upcoming_events": d.upcomingEvents.prefix(3).map(c.eventItem),
            "opportunities": d.openOpportunities.prefix(4).map(c.opportunityItem),
            "latest_news": d.news.prefix(5).map(card),
            "network": c.network(d.network),
            "open_asks": d.openAsks.prefix(3).map(c.askItem),
        ], section: "home"))

        // News: paginated list, posts, tags
        let pageCount = d.newsPages.count
        for (index, posts) in d.newsPages.enumerated() {
            let n = index + 1
            var pagination: [String: Any] = [
                "current": n, "total": pageCount,
                "label": t.format("pagination.page_of", ["n": String(n), "total": String(pageCount)]),
                "pages": (1...pageCount).map { ["n": $0, "url": c.link(SitePaths.newsPage($0)), "current": $0 == n] },
            ]
            if n > 1 { pagination["prev_url"] = c.link(SitePaths.newsPage(n - 1)) }
            if n < pageCount { pagination["next_url"] = c.link(SitePaths.newsPage(n + 1)) }
            let title = n == 1 ? t["news.title"] : t["news.title"] + " – " + (pagination["label"] as! String)
            pages.append(PageSpec(path: SitePaths.newsPage(n), template: "news-list", title: title, description: nil, context: [
                "posts": posts.map(card),
                "pagination": pageCount > 1 ? pagination : false,
                "tags": d.tags.map { ["name": $0.name, "url": c.link(SitePaths.newsTag($0.slug)), "count": $0.posts.count] },
            ], section: "news"))
        }
        for (index, post) in d.news.enumerated() {
            var context: [String: Any] = ["post": c.newsPost(post)]
            // Older and newer neighbours for reading on.
            if index + 1 < d.news.count { context["older"] = card(d.news[index + 1]) }
            if index > 0 { context["newer"] = card(d.news[index - 1]) }
            pages.append(PageSpec(path: SitePaths.newsPost(post.post.slug), template: "news-post", title: post.post.title,
                                  description: post.summary, context: context, section: "news"))
        }
        pages.append(PageSpec(path: SitePaths.newsTags, template: "news-tags", title: t["news.tags_title"], description: nil, context: [
            "tags": d.tags.map { ["name": $0.name, "url": c.link(SitePaths.newsTag($0.slug)), "count": $0.posts.count] },
        ], section: "news"))
        for tag in d.tags {
            pages.append(PageSpec(path: SitePaths.newsTag(tag.slug), template: "news-tag",
                                  title: t.format("news.tag_title", ["tag": tag.name]), description: nil, context: [
                "tag": ["name": tag.name, "count": tag.posts.count, "count_label": t.format("news.posts_count", ["n": String(tag.posts.count)])],
                "posts": tag.posts.map(card),
            ], section: "news"))
        }

        // Events
        pages.append(PageSpec(path: SitePaths.events, template: "events", title: t["events.title"], description: nil, context: [
            "upcoming": d.upcomingEvents.map(c.eventItem), "past": d.pastEvents.map(c.eventItem),
        ], section: "events"))
        for event in d.allEvents {
            pages.append(PageSpec(path: SitePaths.event(event.event.slug), template: "event", title: event.event.title,
                                  description: nil, context: ["event": c.eventDetail(event)], section: "events"))
        }

        // Opportunities: board by kind, one board per kind, every opportunity (closed ones marked)
        let kinds = Opportunity.Kind.allCases
        func group(_ kind: Opportunity.Kind) -> [String: Any] {
            let items = d.openOpportunities.filter { $0.opportunity.kind == kind }
            return [
                "kind": kind.rawValue, "label": t["opportunity.kind.\(kind.rawValue)"],
                "lead": t["opportunity.lead.\(kind.rawValue)"], "url": c.link(SitePaths.opportunityKind(kind)),
                "items": items.map(c.opportunityItem), "count": items.count,
            ]
        }
        pages.append(PageSpec(path: SitePaths.opportunities, template: "opportunities", title: t["opportunities.title"], description: nil, context: [
            "groups": kinds.map(group), "open_count": t.format("opportunities.open_count", ["n": String(d.openOpportunities.count)]),
            "closed": d.closedOpportunities.map(c.opportunityItem),
        ], section: "opportunities"))
        for kind in kinds {
            var context = group(kind)
            context["closed"] = d.closedOpportunities.filter { $0.opportunity.kind == kind }.map(c.opportunityItem)
            context["kinds"] = kinds.map { ["label": t["opportunity.kind.\($0.rawValue)"], "url": c.link(SitePaths.opportunityKind($0)), "current": $0 == kind] }
            pages.append(PageSpec(path: SitePaths.opportunityKind(kind), template: "opportunity-kind",
                                  title: t["opportunity.kind.\(kind.rawValue)"], description: nil, context: ["group": context], section: "opportunities"))
        }
        for o in d.allOpportunities {
            pages.append(PageSpec(path: SitePaths.opportunity(o.opportunity.slug), template: "opportunity", title: o.opportunity.title,
                                  description: o.opportunity.summary, context: ["opportunity": c.opportunityDetail(o)],
                                  inSitemap: o.isOpen, section: "opportunities"))
        }

        // Directory: members builds only
        if let directory = d.directory {
            pages.append(PageSpec(path: SitePaths.directory, template: "directory", title: t["directory.title"], description: nil, context: [
                "profiles": directory.map(c.profileItem), "count": directory.count,
                "count_label": t.format("directory.count", ["n": String(directory.count)]),
            ], section: "directory"))
            for profile in directory {
                pages.append(PageSpec(path: SitePaths.profile(profile.slug), template: "profile", title: profile.name,
                                      description: nil, context: ["profile": c.profileDetail(profile)], section: "directory"))
            }
        }

        pages.append(PageSpec(path: SitePaths.network, template: "network", title: t["network.title"], description: nil,
                              context: ["network": c.network(d.network)], section: "network"))

        // Surveys
        pages.append(PageSpec(path: SitePaths.surveys, template: "surveys", title: t["surveys.title"], description: nil, context: [
            "surveys": d.surveys.map(c.surveyItem),
        ], section: "surveys"))
        for survey in d.surveys {
            pages.append(PageSpec(path: SitePaths.survey(survey.survey.slug), template: "survey", title: survey.survey.title,
                                  description: survey.survey.summary, context: ["survey": c.surveyDetail(survey)], section: "surveys"))
        }

        // Asks
        pages.append(PageSpec(path: SitePaths.asks, template: "asks", title: t["asks.title"], description: nil, context: [
            "open": d.openAsks.map(c.askItem), "closed": d.closedAsks.map(c.askItem),
        ], section: "asks"))
        for ask in d.openAsks + d.closedAsks {
            pages.append(PageSpec(path: SitePaths.ask(ask.ask.slug), template: "ask", title: ask.ask.title, description: nil,
                                  context: ["ask": c.askDetail(ask)], section: "asks"))
        }

        // Free pages
        for page in d.pages {
            pages.append(PageSpec(path: SitePaths.page(page.page.slug), template: "page", title: page.page.title,
                                  description: page.page.description, context: [
                "page_body": ["title": page.page.title, "body_html": page.body.html],
            ], section: page.page.slug))
        }

        pages.append(PageSpec(path: "404.html", template: "404", title: t["error404.title"], description: nil, context: [:],
                              inSitemap: false, section: "404"))
        return pages
    }
}
