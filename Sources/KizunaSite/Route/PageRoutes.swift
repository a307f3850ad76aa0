import KizunaContent
/// The pages of a build, in the order of the spec's URL table: one route per page the theme
/// renders. This is the one place that decides which pages exist.
package enum PageRoutes {
    package static func routes(for d: DerivedSite) -> [Route] {
        let language = d.site.language
        func page(_ target: RouteTarget, _ audience: Audience = .public, source: SourceLocation? = nil,
                  inSitemap: Bool = true, inFeed: Bool = false) -> Route {
            Route(target, language: language, audience: audience, source: source, inSitemap: inSitemap, inFeed: inFeed)
        }
        var routes: [Route] = [page(.home)]

        routes += d.newsPages.indices.map { page(.newsList(page: $0 + 1)) }
        routes += d.news.map { page(.newsPost($0.post.slug), $0.post.audience, source: $0.post.at.file, inFeed: true) }
        routes.append(page(.newsTags))
        for tag in d.tags {
            routes += (1...tag.pageCount(perPage: d.site.newsPerPage)).map { page(.newsTag(tag.slug, page: $0), source: tag.source) }
        }

        routes.append(page(.events))
        routes += d.allEvents.map { page(.event($0.event.slug), $0.event.audience, source: $0.event.at.file) }
        routes += d.eventSegments.map { page(.eventSegment($0)) }
        if d.pastEventPages > 0 { routes += (1...d.pastEventPages).map { page(.pastEvents(page: $0)) } }

        routes.append(page(.opportunities))
        routes += Opportunity.Kind.allCases.map { page(.opportunityBoard($0)) }
        routes.append(page(.opportunitiesRemote))
        routes += d.opportunityTags.map { page(.opportunityTag($0)) }
        // A closed opportunity keeps its page (links to it still work) but leaves the sitemap.
        routes += d.allOpportunities.map {
            page(.opportunity($0.opportunity.slug), $0.opportunity.audience, source: $0.opportunity.at.file, inSitemap: $0.isOpen)
        }

        if d.site.referral != nil { routes.append(page(.referral)) }

        if let directory = d.directory {
            routes.append(page(.directory, .members))
            routes += directory.map { page(.profile($0.slug), .members, source: $0.source) }
        }
        routes.append(page(.network))

        routes.append(page(.surveys))
        routes += d.surveys.map { page(.survey($0.survey.slug), $0.survey.audience, source: $0.survey.at.file) }

        routes.append(page(.asks))
        routes += d.allAsks.map { page(.ask($0.ask.slug), $0.ask.audience, source: $0.ask.at.file) }

        routes.append(page(.digests))
        routes += d.digests.map { page(.digest($0.month)) }
        routes.append(page(.search))

        routes += d.pages.map { page(.page($0.page.slug), $0.page.audience, source: $0.page.at.file) }
        routes.append(page(.notFound, inSitemap: false))
        return routes
    }
}
