import Foundation
import KizunaContent
import KizunaSite

/// The open postings as Atom, so alumni can subscribe to new ones: `opportunities/feed.xml` and
/// one per kind (`opportunities/rehire/feed.xml` …), newest first. A posting leaves the feed the
/// moment it closes (status, or the end of its deadline day in the site's zone).
struct OpportunityFeeds: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        ([nil] + Opportunity.Kind.allCases.map(Optional.some)).map { Route(.opportunitiesFeed($0), format: .file, language: plan.language) }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let builder = FeedBuilder(site: site)
        let strings = site.strings
        let open = site.derived.openOpportunities
        let title = strings.format("opportunities.feed_title", ["site": site.derived.site.title])
        var feeds = [(RouteTarget.opportunitiesFeed(nil), builder.feed(title: title, opportunities: open, home: .opportunities, feed: .opportunitiesFeed(nil)))]
        for kind in Opportunity.Kind.allCases {
            let name = strings.format("opportunities.kind_feed_title", ["site": site.derived.site.title, "kind": strings["opportunity.kind.\(kind.rawValue)"]])
            feeds.append((.opportunitiesFeed(kind), builder.feed(title: name, opportunities: open.filter { $0.opportunity.kind == kind },
                                                                  home: .opportunityBoard(kind), feed: .opportunitiesFeed(kind))))
        }
        for (target, feed) in feeds {
            try sink.write(OutputFile(target, contents: .bytes(Data(AtomFeed.xml(feed).utf8))))
        }
    }
}
