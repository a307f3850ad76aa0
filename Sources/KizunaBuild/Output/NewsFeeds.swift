import Foundation
import KizunaContent
import KizunaSite

/// The news as feeds: `news/feed.xml` (Atom) and `news/feed.json` (JSON Feed 1.1) of all news,
/// and `news/tags/<tag>/feed.xml` per tag; the newest `feed_items` posts of the build's
/// audience (members-only posts only in a members build, as on the pages).
struct NewsFeeds: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        let language = plan.language
        return FeedFormat.allCases.map { Route(.newsFeed($0), format: .file, language: language) }
            + plan.derived.tags.map { Route(.newsTagFeed($0.slug), format: .file, language: language, source: $0.source) }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let builder = FeedBuilder(site: site)
        let strings = site.strings
        let siteTitle = site.derived.site.title
        let all = builder.feed(title: strings.format("news.feed_title", ["site": siteTitle]), posts: site.derived.news,
                               home: .newsList(page: 1), feed: .newsFeed(.atom))
        try sink.write(OutputFile(RouteTarget.newsFeed(.atom), contents: .bytes(Data(AtomFeed.xml(all).utf8))))
        var json = all
        json.feedURL = site.routes.absoluteURL(.newsFeed(.json))
        try sink.write(OutputFile(RouteTarget.newsFeed(.json), contents: .bytes(try JSONFeed.data(json))))
        for tag in site.derived.tags {
            let title = strings.format("news.tag_feed_title", ["site": siteTitle, "tag": tag.name])
            let feed = builder.feed(title: title, posts: tag.posts, home: .newsTag(tag.slug), feed: .newsTagFeed(tag.slug))
            try sink.write(OutputFile(RouteTarget.newsTagFeed(tag.slug), contents: .bytes(Data(AtomFeed.xml(feed).utf8))))
        }
    }
}
