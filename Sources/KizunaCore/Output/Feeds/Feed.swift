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

/// Builds feeds from the rendered site: posts through the route table and the same body HTML the
/// pages show.
struct FeedBuilder {
    let site: RenderedSite

    var config: SiteConfig { site.derived.site }
    var strings: Strings { site.views.strings }

    /// The newest `feed_items` of `posts` (already newest first and limited to the build's audience).
    func feed(title: String, posts: [PublishedPost], home: RouteTarget, feed: RouteTarget) -> Feed {
        let newest = posts.prefix(config.feedItems)
        let entries = newest.map(entry)
        let siteAuthor = config.organization?.name ?? config.title
        // Compared as instants: in a zone with daylight saving the offsets differ, so the text does not sort.
        let latest = newest.map { ($0.post.updated ?? $0.post.date).date }.max() ?? site.derived.options.now
        return Feed(
            title: title, subtitle: config.description, language: config.language,
            feedURL: site.routes.absoluteURL(feed), homeURL: site.routes.absoluteURL(home),
            author: siteAuthor,
            updated: site.views.format.iso(latest),
            entries: Array(entries))
    }

    func entry(_ p: PublishedPost) -> Feed.Entry {
        let post = p.post
        let url = site.routes.absoluteURL(.newsPost(post.slug))
        let format = site.views.format
        return Feed.Entry(
            id: url, url: url, title: post.title,
            published: format.iso(post.date.date), updated: format.iso((post.updated ?? post.date).date),
            author: post.author ?? config.organization?.name ?? config.title,
            summary: p.summary,
            contentHTML: Self.absolute(site.views.html(p.body), origin: site.routes.paths.origin, page: url),
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
        let url = site.routes.absoluteURL(.opportunity(op.slug))
        let posted = site.views.format.iso(op.posted.start(in: config.timeZone))
        let body = o.description.map { site.views.html($0) } ?? "<p>\(HTMLEscape.text(op.summary ?? op.title))</p>"
        return Feed.Entry(
            id: url, url: url, title: op.title, published: posted, updated: posted,
            author: op.department ?? config.organization?.name ?? config.title,
            summary: op.summary ?? site.views.strings["opportunity.kind.\(op.kind.rawValue)"],
            contentHTML: Self.absolute(body, origin: site.routes.paths.origin, page: url),
            tags: op.tags.map { ($0, Tag.slug($0), site.routes.absoluteURL(.opportunityBoard(op.kind))) }, image: nil)
    }

    /// The newest `feed_items` open postings (already newest first).
    func feed(title: String, opportunities: [PublishedOpportunity], home: RouteTarget, feed: RouteTarget) -> Feed {
        let newest = opportunities.prefix(config.feedItems)
        let latest = newest.map { $0.opportunity.posted.start(in: config.timeZone) }.max() ?? site.derived.options.now
        return Feed(
            title: title, subtitle: config.description, language: config.language,
            feedURL: site.routes.absoluteURL(feed), homeURL: site.routes.absoluteURL(home),
            author: config.organization?.name ?? config.title, updated: site.views.format.iso(latest),
            entries: newest.map(entry))
    }

    /// `href="/…"` and `src="/…"` (root-relative, as pages link) get the site's origin, and
    /// `href="#…"` (footnotes, headings) the post's URL. Other values are left as they are.
    /// One pass over the bytes: searching the rest of the body for each attribute in turn made
    /// a body with thousands of links (or footnotes) take minutes.
    static func absolute(_ html: String, origin: String, page: String) -> String {
        let href = Array(" href=\"".utf8), src = Array(" src=\"".utf8)
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x20, let attribute = matches(href, at: i) ? href : matches(src, at: i) ? src : nil else {
                out.append(bytes[i])
                i += 1
                continue
            }
            out.append(contentsOf: attribute)
            i += attribute.count
            let next = i < bytes.count ? bytes[i] : 0, after = i + 1 < bytes.count ? bytes[i + 1] : 0
            if next == UInt8(ascii: "/") && after != UInt8(ascii: "/") {
                out.append(contentsOf: origin.utf8)
            } else if next == UInt8(ascii: "#") && attribute == href {
                out.append(contentsOf: page.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
