import Foundation
import KizunaContent
import KizunaSite

/// One news feed, whatever its format: what Atom and JSON Feed both say, with every URL
/// absolute and every date in RFC 3339 in the site's time zone.
struct Feed: Sendable {
    struct Entry: Sendable {
        /// The post's permalink: it never changes when the title, text or date is edited.
        var id: String
        var url: String
        var title: String
        var published: String
        var updated: String
        var author: String
        var summary: String
        /// The body's HTML with every site link and image made absolute (feed readers show it
        /// away from the site).
        var contentHTML: String
        var tags: [(name: String, slug: String, url: String)]
        var image: String?
    }

    var title: String
    var subtitle: String?
    var language: String
    /// The feed's own URL, and the page it mirrors.
    var feedURL: String
    var homeURL: String
    var author: String
    /// The newest entry's `updated`, or the build's "now" for a feed with no entries.
    var updated: String
    var entries: [Entry]
}

/// Builds feeds from the rendered site: posts through the route table, and the bodies the pages
/// show with every link absolute (`BodyRenderer`). It needs none of the pages' views.
struct FeedBuilder {
    let site: RenderedSite

    var config: SiteConfig { site.derived.site }
    var clock: SiteClock { site.clock }
    var format: DisplayFormat { site.format }

    /// The newest `feed_items` of `posts` (already newest first and limited to the build's audience).
    func feed(title: String, posts: [PublishedPost], home: RouteTarget, feed: RouteTarget) -> Feed {
        let newest = posts.prefix(config.feedItems)
        let entries = newest.map(entry)
        let siteAuthor = config.organization?.name ?? config.title
        // Compared as instants: in a zone with daylight saving the offsets differ, so the text does not sort.
        let latest = newest.map { ($0.post.updated ?? $0.post.date).date }.max() ?? clock.now
        return Feed(
            title: title, subtitle: config.description, language: config.language,
            feedURL: site.routes.absoluteURL(feed), homeURL: site.routes.absoluteURL(home),
            author: siteAuthor,
            updated: format.iso(latest),
            entries: Array(entries))
    }

    func entry(_ p: PublishedPost) -> Feed.Entry {
        let post = p.post
        let page = RouteTarget.newsPost(post.slug)
        let url = site.routes.absoluteURL(page)
        return Feed.Entry(
            id: url, url: url, title: post.title,
            published: format.iso(post.date.date), updated: format.iso((post.updated ?? post.date).date),
            author: post.author ?? config.organization?.name ?? config.title,
            summary: p.summary,
            contentHTML: site.bodies.html(p.body, .absolute(page: page)),
            tags: post.tags.map { name in
                let slug = Tag.slug(name)
                return (config.tagName(name), slug, site.routes.absoluteURL(.newsTag(slug)))
            },
            image: post.image.map(site.routes.absoluteURL(forSitePath:)))
    }

    /// An open posting as a feed entry: published on its `posted` day (the start of the day in
    /// the site's zone), by its department or the organization.
    func entry(_ o: PublishedOpportunity) -> Feed.Entry {
        let op = o.opportunity
        let page = RouteTarget.opportunity(op.slug)
        let url = site.routes.absoluteURL(page)
        let posted = format.iso(op.posted.start(in: clock.zone))
        return Feed.Entry(
            id: url, url: url, title: op.title, published: posted, updated: posted,
            author: op.department ?? config.organization?.name ?? config.title,
            summary: op.summary ?? site.strings["opportunity.kind.\(op.kind.rawValue)"],
            contentHTML: o.description.map { site.bodies.html($0, .absolute(page: page)) } ?? "<p>\(HTMLEscape.text(op.summary ?? op.title))</p>",
            tags: op.tags.map { ($0, Tag.slug($0), site.routes.absoluteURL(.opportunityBoard(op.kind))) }, image: nil)
    }

    /// The newest `feed_items` open postings (already newest first).
    func feed(title: String, opportunities: [PublishedOpportunity], home: RouteTarget, feed: RouteTarget) -> Feed {
        let newest = opportunities.prefix(config.feedItems)
        let latest = newest.map { $0.opportunity.posted.start(in: clock.zone) }.max() ?? clock.now
        return Feed(
            title: title, subtitle: config.description, language: config.language,
            feedURL: site.routes.absoluteURL(feed), homeURL: site.routes.absoluteURL(home),
            author: config.organization?.name ?? config.title, updated: format.iso(latest),
            entries: newest.map(entry))
    }
}
