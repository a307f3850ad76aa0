import KizunaContent
import KizunaSite
/// The view of each page of the route table: which template, which title, what it shows.
extension ViewBuilder {
    /// The bar of page `n` of `count` (nil when there is one page) and its "page n of m" label.
    func pagination(_ n: Int, of count: Int, target: (Int) -> RouteTarget) -> (PaginationView?, String) {
        let label = strings.format("pagination.page_of", ["n": String(n), "total": String(count)])
        guard count > 1 else { return (nil, label) }
        return (PaginationView(
            current: n, total: count, label: label,
            pages: Self.pageWindow(current: n, count: count).map { page in
                page.map { .init(n: $0, url: url(target($0)), current: $0 == n, gap: false) }
                    ?? .init(n: 0, url: "", current: false, gap: true)
            },
            prevURL: n > 1 ? url(target(n - 1)) : nil,
            nextURL: n < count ? url(target(n + 1)) : nil), label)
    }

    /// The page numbers a pagination bar links: the first, the last and two on each side of the
    /// current one, nil for a gap (`1 … 4 5 6 7 8 … 500`). Listing every page made each list page
    /// as long as the list, and the whole list quadratic in the number of posts.
    static func pageWindow(current: Int, count: Int, around: Int = 2) -> [Int?] {
        guard count > 2 * around + 3 else { return Array(1...max(count, 1)) }
        let low = max(2, current - around), high = min(count - 1, current + around)
        var pages: [Int?] = [1]
        if low > 2 { pages.append(low == 3 ? 2 : nil) }
        pages += (low...high).map { $0 }
        if high < count - 1 { pages.append(high == count - 2 ? count - 1 : nil) }
        pages.append(count)
        return pages
    }

    /// nil for routes that are not theme pages (sitemap, static files …).
    func page(for route: Route) -> PageView? {
        let d = derived
        let t = strings
        switch route.target {
        case .home:
            return PageView(template: "home", title: site.title, description: site.description, body: HomePage(
                upcomingEvents: d.upcomingEvents.prefix(3).map { event($0) },
                opportunities: d.openOpportunities.prefix(4).map { opportunity($0) },
                latestNews: d.news.prefix(5).map(card), network: network(d.network),
                openAsks: d.openAsks.prefix(3).map { ask($0) }))

        case .newsList(let n):
            guard d.newsPages.indices.contains(n - 1) else { return nil }
            let (pagination, label) = self.pagination(n, of: d.newsPages.count) { .newsList(page: $0) }
            return PageView(template: "news-list", title: n == 1 ? t["news.title"] : t["news.title"] + " – " + label, description: nil,
                            body: NewsListPage(posts: d.newsPages[n - 1].map(card), pagination: pagination, tags: tagCounts()))

        case .newsPost(let slug):
            guard let index = newsIndex[slug] else { return nil }
            let post = d.news[index]
            // Older and newer neighbours for reading on.
            var page = PageView(template: "news-post", title: post.post.title, description: post.summary, body: NewsPostPage(
                post: newsPost(post),
                older: index + 1 < d.news.count ? card(d.news[index + 1]) : nil,
                newer: index > 0 ? card(d.news[index - 1]) : nil,
                related: post.related.compactMap { newsIndex[$0] }.map { card(d.news[$0]) }))
            page.article = ArticleMeta(published: format.iso(post.post.date.date), modified: format.iso((post.post.updated ?? post.post.date).date),
                                       tags: post.post.tags.map(site.tagName), image: post.post.image)
            return page

        case .newsTags:
            return PageView(template: "news-tags", title: t["news.tags_title"], description: nil, body: NewsTagsPage(tags: tagCounts()))

        case .newsTag(let slug, let n):
            guard let tag = tagsBySlug[slug] else { return nil }
            let perPage = site.newsPerPage
            guard n >= 1, n <= tag.pageCount(perPage: perPage) else { return nil }
            let (pagination, label) = self.pagination(n, of: tag.pageCount(perPage: perPage)) { .newsTag(slug, page: $0) }
            let title = t.format("news.tag_title", ["tag": tag.name])
            return PageView(template: "news-tag", title: n == 1 ? title : title + " – " + label, description: nil, body: NewsTagPage(
                tag: .init(name: tag.name, count: tag.posts.count, countLabel: t.count("news.posts_count", tag.posts.count, ["n": String(tag.posts.count)]),
                           feedURL: url(.newsTagFeed(slug))),
                posts: tag.posts(onPage: n, perPage: perPage).map(card), pagination: pagination))

        case .events:
            return PageView(template: "events", title: t["events.title"], description: nil, body: EventsPage(
                upcoming: d.upcomingEvents.map { event($0) }, past: d.pastEvents.prefix(site.newsPerPage).map { event($0) },
                pastAll: d.pastEventPages > 0 ? LinkView(title: t.count("events.past_all", d.pastEvents.count, ["n": format.number(d.pastEvents.count)]),
                                                         url: url(.pastEvents(page: 1))) : nil,
                segments: segmentLinks(current: nil)))

        case .pastEvents(let n):
            guard n >= 1, n <= d.pastEventPages else { return nil }
            let (pagination, label) = self.pagination(n, of: d.pastEventPages) { .pastEvents(page: $0) }
            let perPage = site.newsPerPage
            return PageView(template: "events-past", title: n == 1 ? t["events.past"] : t["events.past"] + " – " + label, description: nil,
                            body: PastEventsPage(past: d.pastEvents[((n - 1) * perPage)..<min(d.pastEvents.count, n * perPage)].map { event($0) },
                                                 pagination: pagination))

        case .eventSegment(let segment):
            guard d.eventSegments.contains(segment) else { return nil }
            let label = site.segmentLabel(segment)
            return PageView(template: "events-segment", title: t.format("events.segment_title", ["segment": label]), description: nil,
                            body: EventSegmentPage(
                                segment: label,
                                upcoming: d.upcomingEvents.filter { $0.event.segments.contains(segment) }.map { event($0) },
                                past: d.pastEvents.filter { $0.event.segments.contains(segment) }.map { event($0) },
                                segments: segmentLinks(current: segment), calendar: url(.segmentCalendar(segment)),
                                calendarWebcal: routes.webcalURL(.segmentCalendar(segment))))

        case .event(let slug):
            guard let e = eventsBySlug[slug] else { return nil }
            return PageView(template: "event", title: e.event.title, description: nil, body: EventPage(event: event(e, detail: true), structuredData: eventStructuredData(e)))

        case .opportunities:
            let open = d.openOpportunities.count
            return PageView(template: "opportunities", title: t["opportunities.title"], description: nil, body: OpportunitiesPage(
                groups: Opportunity.Kind.allCases.map(board),
                openCount: t.count("opportunities.open_count", open, ["n": String(open)]),
                closed: d.closedOpportunities.map { opportunity($0) }, filters: opportunityFilters(current: nil)))

        case .opportunityBoard(let kind):
            var group = board(kind)
            group.closed = d.closedOpportunities.filter { $0.opportunity.kind == kind }.map { opportunity($0) }
            group.kinds = Opportunity.Kind.allCases.map {
                .init(label: t["opportunity.kind.\($0.rawValue)"], url: url(.opportunityBoard($0)), current: $0 == kind)
            }
            return PageView(template: "opportunity-kind", title: t["opportunity.kind.\(kind.rawValue)"], description: nil,
                            body: OpportunityBoardPage(group: group))

        case .opportunity(let slug):
            guard let o = opportunitiesBySlug[slug] else { return nil }
            return PageView(template: "opportunity", title: o.opportunity.title, description: o.opportunity.summary,
                            body: OpportunityPage(opportunity: opportunity(o, detail: true), structuredData: jobPostingStructuredData(o)))

        case .directory:
            guard let directory = d.directory else { return nil }
            return PageView(template: "directory", title: t["directory.title"], description: nil, body: DirectoryPage(
                profiles: directory.map { profile($0) }, count: directory.count,
                countLabel: t.count("directory.count", directory.count, ["n": String(directory.count)])))

        case .profile(let slug):
            guard let p = profilesBySlug[slug] else { return nil }
            return PageView(template: "profile", title: p.name, description: nil, body: ProfilePage(profile: profile(p, detail: true)))

        case .network:
            return PageView(template: "network", title: t["network.title"], description: nil, body: NetworkPage(network: network(d.network)))

        case .surveys:
            return PageView(template: "surveys", title: t["surveys.title"], description: nil,
                            body: SurveysPage(surveys: d.surveys.map { survey($0) }))

        case .survey(let slug):
            guard let s = surveysBySlug[slug] else { return nil }
            return PageView(template: "survey", title: s.survey.title, description: s.survey.summary,
                            body: SurveyPage(survey: survey(s, detail: true)))

        case .asks:
            return PageView(template: "asks", title: t["asks.title"], description: nil, body: AsksPage(
                open: d.openAsks.map { ask($0) }, closed: d.closedAsks.map { ask($0) }))

        case .ask(let slug):
            guard let a = asksBySlug[slug] else { return nil }
            return PageView(template: "ask", title: a.ask.title, description: nil, body: AskPage(ask: ask(a, detail: true)))

        case .page(let slug):
            guard let p = pagesBySlug[slug] else { return nil }
            return PageView(template: "page", title: p.page.title, description: p.page.description,
                            body: FreePage(page: .init(title: p.page.title, bodyHTML: html(p.body))))

        case .notFound:
            return PageView(template: "404", title: t["error404.title"], description: nil, body: NotFoundPage())

        case .opportunitiesRemote:
            return PageView(template: "opportunity-filter", title: t["opportunities.remote_title"], description: nil, body: OpportunityFilterPage(
                items: d.openOpportunities.filter { $0.opportunity.remote == .yes || $0.opportunity.remote == .hybrid }.map { opportunity($0) },
                filters: opportunityFilters(current: .opportunitiesRemote)))

        case .opportunityTag(let tag):
            guard d.opportunityTags.contains(tag) else { return nil }
            let name = d.allOpportunities.lazy.flatMap(\.opportunity.tags).first { Tag.slug($0) == tag }.map(site.tagName) ?? tag
            return PageView(template: "opportunity-filter", title: t.format("opportunities.tag_title", ["tag": name]), description: nil,
                            body: OpportunityFilterPage(
                                items: d.openOpportunities.filter { $0.opportunity.tags.map(Tag.slug).contains(tag) }.map { opportunity($0) },
                                filters: opportunityFilters(current: .opportunityTag(tag))))

        case .referral:
            guard let referral = site.referral else { return nil }
            let title = referral.title ?? t["referral.title"]
            return PageView(template: "referral", title: title, description: referral.reward, body: ReferralPage(
                title: title, who: referral.who, reward: referral.reward, howHTML: derived.referralHow.map { html($0) },
                formURL: referral.form?.url, mailURL: referral.mail.map { "mailto:" + $0 }))

        case .digests:
            return PageView(template: "digests", title: t["digest.list_title"], description: nil, body: DigestsPage(
                months: d.digests.map { digest in
                    DigestMonthLink(label: t.format("digest.title", ["month": format.month(digest.month)]), url: url(.digest(digest.month)),
                                    counts: digestCounts(digest))
                }))

        case .digest(let month):
            guard let digest = d.digests.first(where: { $0.month == month }) else { return nil }
            return PageView(template: "digest", title: t.format("digest.title", ["month": format.month(month)]),
                            description: digestCounts(digest), body: self.digest(digest))

        case .search:
            return PageView(template: "search", title: t["search.title"], description: nil, body: SearchPage(indexURL: url(.searchIndex)))

        case .sitemap, .robots, .staticFile, .asset, .newsFeed, .newsTagFeed, .eventCalendar, .calendar, .segmentCalendar, .opportunitiesFeed,
             .searchIndex:
            return nil
        }
    }

    /// Remote first, then every tag of the build's opportunities by name.
    func opportunityFilters(current: RouteTarget?) -> [SegmentLink] {
        let names = Dictionary(derived.allOpportunities.flatMap(\.opportunity.tags).map { (Tag.slug($0), site.tagName($0)) }, uniquingKeysWith: { a, _ in a })
        return [SegmentLink(label: strings["opportunities.remote_title"], url: url(.opportunitiesRemote), current: current == .opportunitiesRemote)]
            + derived.opportunityTags.map { SegmentLink(label: "#" + (names[$0] ?? $0), url: url(.opportunityTag($0)), current: current == .opportunityTag($0)) }
    }

    /// Every segment with events, by its display name's order in site.yaml, then the rest by slug.
    func segmentLinks(current: String?) -> [SegmentLink] {
        let order = Dictionary(site.segments.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        return derived.eventSegments.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }.map {
            SegmentLink(label: site.segmentLabel($0), url: url(.eventSegment($0)), current: $0 == current)
        }
    }
}
