import Foundation
import KizunaContent
import KizunaSite

/// What every page and every card sees besides its own view: `site`, `urls`, `footer_pages`,
/// the strings `t` and the theme's colours `theme.colors` (`ThemeColors`). Made once per build.
extension ViewBuilder {
    static func sharedContext(_ derived: DerivedSite, _ routes: RouteTable, _ theme: Theme) -> [String: Any] {
        let config = derived.site
        let strings = theme.strings
        let siteView = SiteView(
            title: config.title, lang: config.language, url: config.baseURL,
            membersBuild: derived.options.audience == .members,
            logoutURL: derived.options.audience == .members ? config.members?.logoutURL?.url : nil,
            year: String(derived.clock.today.year),
            description: config.description,
            organization: config.organization.map { .init(name: $0.name, url: $0.url?.url, logo: $0.logo.map(routes.url(forSitePath:))) },
            extra: ExtraView(config.extra),
            newsFeedTitle: strings.format("news.feed_title", ["site": config.title]),
            newsFeedJSONTitle: strings.format("news.feed_json_title", ["site": config.title]),
            opportunitiesFeedTitle: strings.format("opportunities.feed_title", ["site": config.title]))
        let urls = URLsView(
            home: routes.url(.home), news: routes.url(.newsList(page: 1)), newsTags: routes.url(.newsTags),
            newsFeed: routes.url(.newsFeed(.atom)), newsFeedJSON: routes.url(.newsFeed(.json)),
            calendar: routes.url(.calendar),
            calendarWebcal: routes.webcalURL(.calendar),
            events: routes.url(.events), opportunities: routes.url(.opportunities),
            boards: Dictionary(uniqueKeysWithValues: Opportunity.Kind.allCases.map { ($0.rawValue, routes.url(.opportunityBoard($0))) }),
            opportunitiesFeed: routes.url(.opportunitiesFeed(nil)),
            boardFeeds: Dictionary(uniqueKeysWithValues: Opportunity.Kind.allCases.map { ($0.rawValue, routes.url(.opportunitiesFeed($0))) }),
            directory: routes.contains(.directory) ? routes.url(.directory) : nil,
            network: routes.url(.network), surveys: routes.url(.surveys),
            digests: routes.url(.digests), search: routes.url(.search), asks: routes.url(.asks),
            access: routes.contains(.access) ? routes.url(.access) : nil,
            pages: Dictionary(derived.pages.map { ($0.page.slug, routes.url(.page($0.page.slug))) }, uniquingKeysWith: { a, _ in a }),
            assets: Dictionary(theme.assets.map { (assetKey($0.path), routes.url(.asset($0.path))) }, uniquingKeysWith: { a, _ in a }))
        return [
            "site": TemplateContext.make(siteView),
            "urls": TemplateContext.make(urls),
            "t": theme.strings.templateDictionary,
            "theme": ["colors": theme.chain.colors.values],
            "footer_pages": TemplateContext.make(derived.pages.filter { $0.page.menu != nil }.map {
                LinkView(title: $0.page.title, url: routes.url(.page($0.page.slug)))
            }),
        ].merging(joinLink(derived, routes, strings).map { ["join_link": TemplateContext.make($0)] } ?? [:]) { a, _ in a }
    }

    /// The theme's /join/ page for the footer (a free page of that slug is linked by its own `menu:`).
    static func joinLink(_ derived: DerivedSite, _ routes: RouteTable, _ strings: Strings) -> LinkView? {
        guard let join = derived.site.join, !derived.pages.contains(where: { $0.page.slug == "join" }), routes.contains(.join) else { return nil }
        return LinkView(title: join.title ?? strings["join.title"], url: routes.url(.join))
    }

    /// `style.css` → `style_css`: Mustache reads a dot as a step into a dictionary.
    static func assetKey(_ path: String) -> String {
        String(path.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    /// Each news post's card, its context made and its `partials/news-card` rendered once, on
    /// every core: a card appears on list, tag and home pages, and rendering it there again for
    /// each was most of a large build's time. The card sees `site`, `urls`, `t` and the post.
    ///
    /// With a cache, a card whose context, shared values and templates are those of an earlier
    /// build takes that build's HTML instead of being rendered.
    static func newsCards(_ builder: ViewBuilder, _ theme: Theme, cache: ResultCache?) -> [String: Cached<NewsPostView>] {
        let posts = builder.derived.news
        var common = Hash128()
        if cache != nil {
            common.add("news-card")
            common.add(theme.templatesFingerprint)
            ContextFingerprint.add(builder.shared, to: &common)
        }
        let shared = common
        let cards = ParallelMap.map(posts) { post in
            var card = Cached(builder.newsCard(post))
            var key: ResultCache.Key?
            if let cache {
                var hash = shared
                ContextFingerprint.add(card.context, to: &hash)
                key = ResultCache.Key(hash)
                if let key, let bytes = cache.value(for: key), let html = String(validating: bytes, as: UTF8.self) {
                    card.add("card_html", html)
                    card.seal()
                    return card
                }
            }
            var context = card.context as? [String: Any] ?? [:]
            for (key, value) in builder.shared { context[key] = value }
            if case .success(let html) = theme.render(ViewBuilder.newsCardPartial, context) {
                card.add("card_html", html)
                if let key { cache?.insert(for: key) { Array(html.utf8) } }
            }
            card.seal()
            return card
        }
        var bySlug: [String: Cached<NewsPostView>] = [:]
        for (post, card) in zip(posts, cards) where bySlug[post.post.slug] == nil {
            bySlug[post.post.slug] = card
        }
        return bySlug
    }

    static let newsCardPartial = "partials/news-card"
}
