import KizunaContent
import KizunaSite
/// What every page's template sees besides its own view: the site, the page's own route, the
/// navigation and the URLs of the portal's sections.
struct SiteView: Encodable, Sendable {
    struct Organization: Encodable, Sendable {
        var name: String
        var url: String?
        var logo: String?
    }

    var title: String
    var lang: String
    /// The absolute base URL (`https://alumni.example.com/`).
    var url: String
    var membersBuild: Bool
    /// The login service's sign-out address (site.yaml `members.logout_url`), members build only.
    var logoutURL: String?
    /// The year of the build's "now", for the copyright line.
    var year: String
    var description: String?
    var organization: Organization?
    /// site.yaml's `extra:` (`{{site.extra.contact}}`).
    var extra: ExtraView?
    /// The feeds' titles as feed readers list them, for the pages' `<link rel="alternate">`.
    var newsFeedTitle: String
    var newsFeedJSONTitle: String
    var opportunitiesFeedTitle: String
}

/// The current page: `{{meta.title}}`, `{{meta.canonical}}` …
struct MetaView: Encodable, Sendable {
    var title: String
    /// `タイトル｜サイト` (`common.page_title`), or the site's title alone on the home page.
    var fullTitle: String
    var url: String
    var canonical: String
    var description: String?
    var section: String
    /// `noindex, nofollow` on every page of a members build (served behind a login), `noindex`
    /// on every page of a `--noindex` build (a preview); nil otherwise.
    var robots: String?
    /// Open Graph and Twitter cards: `article` for a news post, else `website`.
    var ogType: String
    /// `ja_JP` or `en_US`.
    var ogLocale: String
    /// Absolute: the post's image, else site.yaml's `image`.
    var image: String?
    /// `summary_large_image` with an image, else `summary`.
    var twitterCard: String
    var article: ArticleView?
    /// The page in every language that has it translated, and `x-default` (`hreflang` links);
    /// empty on a one-language site.
    var alternates: [AlternateView] = []
    /// The language switch; nil on a one-language site.
    var languages: LanguageSwitchView? = nil
    /// The page shows an item not translated into the page's language; nil otherwise.
    var untranslated: UntranslatedView? = nil

    struct AlternateView: Encodable, Sendable {
        var hreflang: String
        var href: String
    }

    struct LanguageSwitchView: Encodable, Sendable {
        /// `common.language_switch`, the navigation's label.
        var label: String
        var items: [Item]

        struct Item: Encodable, Sendable {
            var lang: String
            /// In its own language: 日本語, English.
            var name: String
            var url: String
            /// For the digest, which is also an e-mail.
            var absoluteURL: String
            var current: Bool
            /// The page has no version in this language: the link is its home page.
            var home: Bool
        }
    }

    struct ArticleView: Encodable, Sendable {
        var publishedTime: String
        var modifiedTime: String
        var tags: [String]
    }
}

struct NavItemView: Encodable, Sendable {
    var label: String
    var url: String
    var current: Bool
    var section: String
}

struct LinkView: Encodable, Sendable {
    var title: String
    var url: String
}

/// A button's link (RSVP, apply, respond): templates word a mailto button differently.
struct ActionView: Encodable, Sendable {
    var url: String
    var isMailto: Bool

    init(_ link: Link) {
        url = link.url
        isMailto = link.isMailto
    }

    init(url: String, isMailto: Bool) {
        self.url = url
        self.isMailto = isMailto
    }
}

/// The URLs of the portal's sections, from the route table: `{{urls.events}}`,
/// `{{urls.boards.mentor}}`, `{{urls.pages.join}}`, `{{urls.assets.style_css}}`. Templates
/// never put a URL together themselves.
struct URLsView: Encodable, Sendable {
    var home: String
    var news: String
    var newsTags: String
    /// The news feeds: Atom and JSON Feed.
    var newsFeed: String
    var newsFeedJSON: String
    /// Every event of the build as iCalendar, and the same as a `webcal://` subscription.
    var calendar: String
    var calendarWebcal: String
    var events: String
    var opportunities: String
    /// By opportunity kind: `rehire`, `contract`, `mentor`.
    var boards: [String: String]
    /// Atom of the open postings, all and by kind.
    var opportunitiesFeed: String
    var boardFeeds: [String: String]
    /// Only in a members build.
    var directory: String?
    var network: String
    var surveys: String
    /// The monthly digests and the site search.
    var digests: String
    var search: String
    var asks: String
    /// How to get into the members build, when site.yaml has `members:`.
    var access: String?
    /// Free pages by slug.
    var pages: [String: String]
    /// Theme assets by path, with every character other than a letter or digit as `_`.
    var assets: [String: String]
}

/// Content shown in a language other than the page's, for want of a translation: its language
/// (for `lang`), its name in the page's language, and the notice or badge that says so.
struct UntranslatedView: Encodable, Sendable {
    var lang: String
    var name: String
    /// `common.untranslated_notice` on a page, `common.untranslated_badge` on a card.
    var notice: String
    var badge: String

    init(content language: String, strings: Strings) {
        lang = language
        name = SiteLanguages.name(language, in: strings.language)
        let page = SiteLanguages.name(strings.language, in: strings.language)
        notice = strings.format("common.untranslated_notice", ["language": page, "original": name])
        badge = strings.format("common.untranslated_badge", ["original": name])
    }
}
