import Foundation
import KizunaContent

/// The news a build publishes: newest first, in pages, with their tags.
public struct PublishedNews: Sendable {
    /// Newest first.
    public var posts: [PublishedPost]
    /// The news list's pages.
    public var list: Paginated<PublishedPost>
    /// Every tag of a published post, by slug.
    public var tags: [TagGroup]
}

extension NewsKind: PublishedKind {
    /// Published once "now" reaches the post's date; drafts only on request.
    public func publication(of post: NewsPost, in build: BuildScope) -> Publication {
        let clock = build.clock
        return Publication.of(post, in: build.options).then(post.date.date > clock.now
            ? .absent(.datedAfterNow(date: post.date.written(in: clock.zone))) : .published)
    }

    public func publish(_ items: [NewsPost], _ context: PublishContext) -> PublishedNews {
        let site = context.site, markdown = context.markdown
        // Bodies are rendered on every core (only cmark-gfm's parse is serialised).
        let sorted = items.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        var news = ParallelMap.map(sorted) { post in
            let body = markdown.render(post.body)
            return PublishedPost(post: post, body: body, summary: post.summary ?? Summary.derive(from: body.paragraphText.isEmpty ? body.plainText : body.paragraphText),
                                 readingMinutes: ReadingTime.minutes(body.plainText))
        }
        for (index, related) in RelatedPosts.find(news).enumerated() {
            news[index].related = related.map { news[$0].post.slug }
        }
        // A tag is named by site.yaml's `tags:`, else as the newest post writes it; its source is
        // that post's `tags:` field.
        var tagged: [String: TagGroup] = [:]
        for post in news {
            for tag in post.post.tags {
                let slug = Tag.slug(tag)
                tagged[slug, default: TagGroup(name: site.tagName(tag), slug: slug, source: post.post.at["tags"], posts: [])].posts.append(post)
            }
        }
        return PublishedNews(posts: news, list: Paginated(news, perPage: site.newsPerPage), tags: tagged.keys.sorted().map { tagged[$0]! })
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [.newsPost(slug)] }
    public var listPrefixes: [String] { ["news/page/", RouteTarget.newsTags.path, RouteTarget.digests.path] }
    public func bodies(of published: PublishedNews) -> [RenderedMarkdown] { published.posts.map(\.body) }
    public func sitePaths(of published: PublishedNews) -> [SitePathField] {
        published.posts.compactMap { p in p.post.image.map { SitePathField(path: $0, field: "image", at: p.post.at["image"]) } }
    }
}

extension Timestamp {
    /// As an editor writes it, in the site's time zone: `2030-01-01` or `2030-01-01 19:00`.
    public func written(in zone: TimeZone) -> String {
        let day = LocalDate(date, zone: zone).description
        guard hasTime else { return day }
        let time = Calendar.gregorian(zone).dateComponents([.hour, .minute], from: date)
        return day + String(format: " %02d:%02d", time.hour ?? 0, time.minute ?? 0)
    }
}
