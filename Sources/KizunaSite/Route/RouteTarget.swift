import KizunaContent
/// What a route shows: a page or file of the portal, named by its path. Each target is spelled
/// once, with everything said about it: its path, its navigation section, its part of the build
/// summary and how an error message names it. The built-in pages and files are the table below
/// (the URL contract of docs/CONTENT.md); a content kind of one's own makes its targets with
/// `init(path:section:summary:described:)`. Everything else asks the route table for URLs.
public struct RouteTarget: Hashable, Sendable {
    /// Relative to the site root: a folder (`news/x/`, served as its `index.html`) or a file.
    public let path: String
    /// The navigation section a page belongs to (`news`, `events` …), or the free page's slug.
    public let section: String
    /// The part of the portal the build summary counts the page under ("news" … "other").
    public let summary: String
    /// How an error message names what writes this route: "the tag index", "news post 'x'" /
    /// 「タグの一覧」「お知らせ `x`」 (`PageName`, or a kind's own name in both languages).
    public let described: LocalizedText

    public init(path: String, section: String, summary: String? = nil, described: LocalizedText) {
        self.path = path
        self.section = section
        self.summary = summary ?? section
        self.described = described
    }

    /// The file under the output folder.
    public var file: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    // A target is its path: two targets with one path are one file.
    public static func == (a: RouteTarget, b: RouteTarget) -> Bool { a.path == b.path }
    public func hash(into hasher: inout Hasher) { hasher.combine(path) }
}

/// The formats of the news feeds, named by their file extension.
public enum FeedFormat: String, Hashable, Sendable, CaseIterable {
    /// Atom (RFC 4287).
    case atom = "xml"
    /// JSON Feed 1.1.
    case json
}

// MARK: The built-in pages and files

extension RouteTarget {
    public static let home = RouteTarget(path: "", section: "home", summary: "other", described: PageName.home.text)

    // News
    public static func newsList(page n: Int) -> RouteTarget {
        RouteTarget(path: n <= 1 ? "news/" : "news/page/\(n)/", section: "news", described: PageName.newsList(page: n).text)
    }
    public static func newsPost(_ slug: String) -> RouteTarget {
        RouteTarget(path: "news/\(slug)/", section: "news", described: PageName.newsPost(slug).text)
    }
    public static let newsTags = RouteTarget(path: "news/tags/", section: "news", described: PageName.newsTags.text)
    /// A tag's posts, paginated like the news list.
    public static func newsTag(_ slug: String, page n: Int = 1) -> RouteTarget {
        RouteTarget(path: n <= 1 ? "news/tags/\(slug)/" : "news/tags/\(slug)/page/\(n)/", section: "news",
                    described: PageName.newsTag(slug, page: n).text)
    }
    /// The news feeds: Atom (`news/feed.xml`) and JSON Feed (`news/feed.json`).
    public static func newsFeed(_ format: FeedFormat) -> RouteTarget {
        RouteTarget(path: "news/feed.\(format.rawValue)", section: "news",
                    described: PageName.newsFeed(atom: format == .atom).text)
    }
    /// A tag's Atom feed.
    public static func newsTagFeed(_ slug: String) -> RouteTarget {
        RouteTarget(path: "news/tags/\(slug)/feed.xml", section: "news", described: PageName.newsTagFeed(slug).text)
    }

    // Events
    public static let events = RouteTarget(path: "events/", section: "events", described: PageName.events.text)
    public static func event(_ slug: String) -> RouteTarget {
        RouteTarget(path: "events/\(slug)/", section: "events", described: PageName.event(slug).text)
    }
    /// One event's iCalendar file.
    public static func eventCalendar(_ slug: String) -> RouteTarget {
        RouteTarget(path: "events/\(slug).ics", section: "events", described: PageName.eventCalendar(slug).text)
    }
    /// The events of one segment (`2010s-joiners`), upcoming and past.
    public static func eventSegment(_ segment: String) -> RouteTarget {
        RouteTarget(path: "events/segments/\(segment)/", section: "events", described: PageName.eventSegment(segment).text)
    }
    /// All past events, paginated, when there are more than the events page shows.
    public static func pastEvents(page n: Int) -> RouteTarget {
        RouteTarget(path: n <= 1 ? "events/past/" : "events/past/page/\(n)/", section: "events",
                    described: PageName.pastEvents(page: n).text)
    }
    /// Every event, as one iCalendar file.
    public static let calendar = RouteTarget(path: "events/calendar.ics", section: "events", described: PageName.calendar.text)
    public static func segmentCalendar(_ segment: String) -> RouteTarget {
        RouteTarget(path: "events/segments/\(segment).ics", section: "events", described: PageName.segmentCalendar(segment).text)
    }

    // Opportunities
    public static let opportunities = RouteTarget(path: "opportunities/", section: "opportunities", described: PageName.opportunities.text)
    public static func opportunityBoard(_ kind: Opportunity.Kind) -> RouteTarget {
        RouteTarget(path: "opportunities/\(kind.rawValue)/", section: "opportunities", described: PageName.opportunityBoard(kind.rawValue).text)
    }
    public static func opportunity(_ slug: String) -> RouteTarget {
        RouteTarget(path: "opportunities/\(slug)/", section: "opportunities", described: PageName.opportunity(slug).text)
    }
    /// Open postings that can be done remotely (fully or hybrid), and those with one tag.
    public static let opportunitiesRemote = RouteTarget(path: "opportunities/remote/", section: "opportunities", described: PageName.opportunitiesRemote.text)
    public static func opportunityTag(_ tag: String) -> RouteTarget {
        RouteTarget(path: "opportunities/tags/\(tag)/", section: "opportunities", described: PageName.opportunityTag(tag).text)
    }
    /// Atom of the open postings: all (nil) or one kind's.
    public static func opportunitiesFeed(_ kind: Opportunity.Kind?) -> RouteTarget {
        RouteTarget(path: kind.map { "opportunities/\($0.rawValue)/feed.xml" } ?? "opportunities/feed.xml", section: "opportunities",
                    described: PageName.opportunitiesFeed(kind: kind?.rawValue).text)
    }
    /// The employee referral programme, when site.yaml describes one.
    public static let referral = RouteTarget(path: "referral/", section: "opportunities", described: PageName.referral.text)

    /// How to join (site.yaml `join:`; both builds) and the welcome page (members build only).
    /// Their paths are free pages' too: an editor's `pages/join.md` or `pages/welcome.md` takes
    /// the place of the theme's page.
    public static let join = RouteTarget(path: "join/", section: "join", summary: "pages", described: PageName.join.text)
    public static let welcome = RouteTarget(path: "welcome/", section: "welcome", summary: "pages", described: PageName.welcome.text)

    // Directory, network, surveys, asks
    public static let directory = RouteTarget(path: "directory/", section: "directory", described: PageName.directory.text)
    public static func profile(_ slug: String) -> RouteTarget {
        RouteTarget(path: "directory/\(slug)/", section: "directory", described: PageName.profile(slug).text)
    }
    /// The directory narrowed down by one filter (`directory/industry/<key>/`, `directory/mentors/`).
    public static func directoryFilter(_ facet: DirectoryFacets.Facet, _ key: String) -> RouteTarget {
        let path = facet == .mentor ? "directory/mentors/" : "directory/\(facet.rawValue)/\(key)/"
        return RouteTarget(path: path, section: "directory", described: PageName.directoryFilter(String(path.dropFirst(10).dropLast())).text)
    }
    /// What the directory's script filters and finds: the consented fields of listed profiles.
    public static let directoryData = RouteTarget(path: "directory/data.json", section: "directory", described: PageName.directoryData.text)
    public static let network = RouteTarget(path: "network/", section: "network", summary: "surveys", described: PageName.network.text)
    public static let surveys = RouteTarget(path: "surveys/", section: "surveys", described: PageName.surveys.text)
    public static func survey(_ slug: String) -> RouteTarget {
        RouteTarget(path: "surveys/\(slug)/", section: "surveys", described: PageName.survey(slug).text)
    }
    /// Year over year: every question surveys of one series ask again (`SurveyTrends`). A survey
    /// whose slug is `trends` would want the same path: the route table reports both.
    public static let surveyTrends = RouteTarget(path: "surveys/trends/", section: "surveys", described: PageName.surveyTrends.text)
    public static let asks = RouteTarget(path: "asks/", section: "asks", described: PageName.asks.text)
    public static func ask(_ slug: String) -> RouteTarget {
        RouteTarget(path: "asks/\(slug)/", section: "asks", described: PageName.ask(slug).text)
    }

    // Digest, search, free pages
    /// The list of monthly digests, and one month's digest (e-mail ready).
    public static let digests = RouteTarget(path: "digest/", section: "digest", described: PageName.digests.text)
    public static func digest(_ month: YearMonth) -> RouteTarget {
        RouteTarget(path: "digest/\(month)/", section: "digest", described: PageName.digest(month: month.description).text)
    }
    /// The search page and the index its script reads.
    public static let search = RouteTarget(path: "search/", section: "search", summary: "other", described: PageName.search.text)
    public static let searchIndex = RouteTarget(path: "search/index.json", section: "search", summary: "other", described: PageName.searchIndex.text)
    /// The sharded index the search page reads (`SearchShards`): its manifest, term shards and
    /// document shards.
    public static let searchManifest = RouteTarget(path: "search/manifest.json", section: "search", summary: "other", described: PageName.searchIndex.text)
    public static func searchTerms(_ n: Int) -> RouteTarget {
        RouteTarget(path: "search/t/\(n).json", section: "search", summary: "other", described: PageName.searchIndex.text)
    }
    public static func searchDocuments(_ n: Int) -> RouteTarget {
        RouteTarget(path: "search/d/\(n).json", section: "search", summary: "other", described: PageName.searchIndex.text)
    }
    /// A free page (`content/pages/<slug>.md`).
    public static func page(_ slug: String) -> RouteTarget {
        RouteTarget(path: "\(slug)/", section: slug, summary: "pages", described: PageName.page(slug).text)
    }

    // Files of every site
    public static let notFound = RouteTarget(path: "404.html", section: "404", summary: "other", described: PageName.notFound.text)
    public static let sitemap = RouteTarget(path: "sitemap.xml", section: "", summary: "other", described: PageName.sitemap.text)
    public static let robots = RouteTarget(path: "robots.txt", section: "", summary: "other", described: PageName.robots.text)
    /// Members access: how to get into the members build (both builds, when site.yaml has
    /// `members:`), and the members build's `_headers` (Netlify, Cloudflare Pages).
    public static let access = RouteTarget(path: "access/", section: "access", summary: "other", described: PageName.access.text)
    public static let headersFile = RouteTarget(path: "_headers", section: "", summary: "other", described: PageName.headersFile.text)
    /// `content/static/<path>` (published at `StaticFile.sitePath`).
    public static func staticFile(_ path: String) -> RouteTarget {
        RouteTarget(path: StaticFile.sitePath(path), section: "", summary: "other", described: PageName.staticFile(path).text)
    }
    /// The theme's `assets/<path>`.
    public static func asset(_ path: String) -> RouteTarget {
        RouteTarget(path: "assets/\(path)", section: "", summary: "other", described: PageName.asset(path).text)
    }
}
