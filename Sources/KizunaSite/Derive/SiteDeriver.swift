import Foundation
import KizunaContent

/// Derive stage: from validated content and build options to what the site publishes.
public struct SiteDeriver: Sendable {
    public var options: BuildOptions
    /// Markdown rendered by an earlier build, taken instead of rendering it again.
    package var markdownCache: ResultCache?

    public init(options: BuildOptions) {
        self.options = options
    }

    package init(options: BuildOptions, markdownCache: ResultCache?) {
        self.options = options
        self.markdownCache = markdownCache
    }

    public func derive(_ validated: ValidatedSite) -> DerivedSite {
        let content = validated.content
        let site = content.site
        let zone = site.timeZone
        let now = options.now
        let audience = options.audience
        let markdown = MarkdownRenderer(allowRawHTML: site.allowRawHTML, cache: markdownCache)

        // News: published once "now" reaches their date; drafts only on request. Bodies are
        // rendered on every core (only cmark-gfm's parse is serialised).
        let posts = content.news
            .filter { audience.includes($0.audience) && (options.drafts || !$0.draft) && $0.date.date <= now }
            .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        var news = ParallelMap.map(posts) { post in
            let body = markdown.render(post.body)
            return PublishedPost(post: post, body: body, summary: post.summary ?? Summary.derive(from: body.paragraphText.isEmpty ? body.plainText : body.paragraphText),
                                 readingMinutes: ReadingTime.minutes(body.plainText))
        }
        for (index, related) in RelatedPosts.find(news).enumerated() {
            news[index].related = related.map { news[$0].post.slug }
        }
        let newsPages = stride(from: 0, to: max(news.count, 1), by: site.newsPerPage).map {
            Array(news[$0..<min($0 + site.newsPerPage, news.count)])
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
        let tags = tagged.keys.sorted().map { tagged[$0]! }

        let events = content.events.filter { audience.includes($0.audience) && (options.drafts || !$0.draft) }.map { event in
            PublishedEvent(event: event, description: event.description.map { markdown.render($0) }, isPast: event.finish.date < now,
                           joinURL: audience == .members ? event.onlineURL?.url : nil)
        }
        let upcoming = events.filter { !$0.isPast }.sorted { ($0.event.start, $0.event.slug) < ($1.event.start, $1.event.slug) }
        let past = events.filter(\.isPast).sorted { ($0.event.start, $1.event.slug) > ($1.event.start, $0.event.slug) }

        let opportunities = content.opportunities.filter { audience.includes($0.audience) && (options.drafts || !$0.draft) }
            .sorted { ($0.posted, $1.slug) > ($1.posted, $0.slug) }
            .map { o in
                PublishedOpportunity(opportunity: o, description: o.description.map { markdown.render($0) }, isOpen: o.isOpen(at: now, in: zone))
            }

        let directory: [PublishedProfile]? = audience == .members
            ? content.profiles.compactMap { PublishedProfile($0, markdown: markdown) }
                .sorted { ($0.joined ?? 0, $0.slug) < ($1.joined ?? 0, $1.slug) }
            : nil

        let surveys = content.surveys.filter { audience.includes($0.audience) && (options.drafts || !$0.draft) }
            .sorted { ($0.fielded, $1.slug) > ($1.fielded, $0.slug) }
            .map { SurveyReport($0, minCell: site.minCell) }

        let profilesBySlug = Dictionary(content.profiles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let asks = content.asks.filter { audience.includes($0.audience) && (options.drafts || !$0.draft) }
            .sorted { ($0.posted, $1.slug) > ($1.posted, $0.slug) }
            .map { ask -> PublishedAsk in
                let expired = ask.expires.map { now >= $0.end(in: zone) } ?? false
                // Names appear only in members builds, and only as the asker consented in the directory.
                let asker = ask.asker.flatMap { profilesBySlug[$0] }
                let name = audience == .members && asker.map { $0.consent.directory && $0.consent.fields.contains(.name) } == true ? asker?.name : nil
                return PublishedAsk(ask: ask, body: ask.body.map { markdown.render($0) }, isOpen: ask.status == .open && !expired, askerName: name)
            }

        let pages = content.pages
            .filter { audience.includes($0.audience) && (options.drafts || !$0.draft) }
            .sorted { ($0.menu ?? Int.max, $0.slug) < ($1.menu ?? Int.max, $1.slug) }
            .map { PublishedPage(page: $0, body: markdown.render($0.body)) }

        var derived = DerivedSite(
            site: site, options: options, news: news, newsPages: newsPages, tags: tags,
            upcomingEvents: upcoming, pastEvents: past,
            openOpportunities: opportunities.filter(\.isOpen), closedOpportunities: opportunities.filter { !$0.isOpen },
            directory: directory,
            network: content.snapshots.last { $0.date.start(in: zone) <= now }.map { NetworkStats($0, minCell: site.minCell) },
            surveys: surveys, openAsks: asks.filter(\.isOpen), closedAsks: asks.filter { !$0.isOpen },
            pages: pages, staticFiles: content.staticFiles)
        derived.referralHow = site.referral?.how.map { markdown.render($0) }
        derived.digests = MonthlyDigest.months(derived)
        return derived
    }
}
