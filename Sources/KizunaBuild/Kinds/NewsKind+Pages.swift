import KizunaContent
import KizunaSite

extension NewsKind: ContentKind {
    public var templates: [String] {
        // The card is rendered once per post and offered to lists as `card_html`.
        ["news-list", "news-post", "news-tags", "news-tag", "partials/news-card"]
    }
    public var navigation: RouteTarget? { .newsList(page: 1) }
    public var strings: Set<String> {
        ["news.title", "news.tags_title", "news.tag_title", "news.posts_count", "news.reading_time", "news.byline", "search.kind.news",
         "news.feed_title", "news.feed_json_title", "news.tag_feed_title"]
    }

    public func pages(of news: PublishedNews, _ plan: PagePlan) -> [PlannedPage] {
        var pages = news.list.pages.map { n in
            plan.page(.newsList(page: n), "news-list") { c in
                let v = c.views, t = c.strings
                let (pagination, label) = v.pagination(n, of: news.list) { .newsList(page: $0) }
                return PageView(title: v.pagedTitle(t["news.title"], page: n, label: label),
                                body: NewsListPage(posts: news.list.page(n).map(v.card), pagination: pagination, tags: v.tagCounts()))
            }
        }
        pages += news.posts.indices.map { index in
            let post = news.posts[index]
            return plan.page(.newsPost(post.post.slug), "news-post", source: post.post.at.file) { c in
                let v = c.views
                // Older and newer neighbours for reading on.
                var page = PageView(title: post.post.title, description: post.summary, body: NewsPostPage(
                    post: v.newsPost(post),
                    older: index + 1 < news.posts.count ? v.card(news.posts[index + 1]) : nil,
                    newer: index > 0 ? v.card(news.posts[index - 1]) : nil,
                    related: post.related.compactMap { v.newsIndex[$0] }.map { v.card(news.posts[$0]) }))
                page.article = ArticleMeta(published: c.format.iso(post.post.date.date), modified: c.format.iso((post.post.updated ?? post.post.date).date),
                                           tags: post.post.tags.map(plan.site.site.tagName), image: post.post.image)
                return page
            }
        }
        pages.append(plan.page(.newsTags, "news-tags") { c in
            PageView(title: c.strings["news.tags_title"], body: NewsTagsPage(tags: c.views.tagCounts()))
        })
        for tag in news.tags {
            let list = tag.pages(perPage: plan.site.site.newsPerPage)
            pages += list.pages.map { n in
                plan.page(.newsTag(tag.slug, page: n), "news-tag", source: tag.source) { c in
                    let v = c.views, t = c.strings
                    let (pagination, label) = v.pagination(n, of: list) { .newsTag(tag.slug, page: $0) }
                    let title = t.format("news.tag_title", ["tag": tag.name])
                    return PageView(title: v.pagedTitle(title, page: n, label: label), body: NewsTagPage(
                        tag: .init(name: tag.name, count: tag.posts.count, countLabel: t.count("news.posts_count", tag.posts.count, ["n": String(tag.posts.count)]),
                                   feedURL: c.url(.newsTagFeed(tag.slug))),
                        posts: list.page(n).map(v.card), pagination: pagination))
                }
            }
        }
        return pages
    }

    public func searchEntries(of news: PublishedNews, _ c: PageContext) -> [SearchEntry] {
        news.posts.map { p in
            SearchEntry(kind: c.strings["search.kind.news"], title: p.post.title, url: c.url(.newsPost(p.post.slug)), date: c.format.isoDay(p.post.date.date),
                        text: SearchEntry.joined([p.summary, p.post.tags.map(c.site.site.tagName).joined(separator: " ")], separator: c.strings["search.separator"]),
                        tags: p.post.tags.map(c.site.site.tagName), body: p.body.plainText)
        }
    }
}
