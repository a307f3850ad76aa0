import KizunaContent
/// What a route shows: a kind of page or file, with the item's slug when it shows one item.
/// This is the one place the portal's URLs are spelled (`path`); everything else asks the
/// route table for them.
public enum RouteTarget: Hashable, Sendable {
    case home
    case newsList(page: Int)
    case newsPost(String)
    case newsTags
    /// A tag's posts, paginated like the news list.
    case newsTag(String, page: Int = 1)
    /// The news feeds: Atom (`news/feed.xml`) and JSON Feed (`news/feed.json`).
    case newsFeed(FeedFormat)
    /// A tag's Atom feed.
    case newsTagFeed(String)
    case events
    case event(String)
    /// iCalendar files: one event, every event, one segment's events.
    case eventCalendar(String)
    /// The events of one segment (`2010s-joiners`), upcoming and past.
    case eventSegment(String)
    /// All past events, paginated, when there are more than the events page shows.
    case pastEvents(page: Int)
    case calendar
    case segmentCalendar(String)
    case opportunities
    case opportunityBoard(Opportunity.Kind)
    case opportunity(String)
    /// Open postings that can be done remotely (fully or hybrid), and those with one tag.
    case opportunitiesRemote
    case opportunityTag(String)
    /// Atom of the open postings: all (nil) or one kind's.
    case opportunitiesFeed(Opportunity.Kind?)
    case directory
    case profile(String)
    case network
    case surveys
    case survey(String)
    case asks
    case ask(String)
    /// The employee referral programme, when site.yaml describes one.
    case referral
    /// The list of monthly digests, and one month's digest (e-mail ready).
    case digests
    case digest(YearMonth)
    /// The search page and the index its script reads.
    case search
    case searchIndex
    /// A free page (`content/pages/<slug>.md`).
    case page(String)
    case notFound
    case sitemap
    case robots
    /// `content/static/<path>` (published at `StaticFile.sitePath`).
    case staticFile(String)
    /// The theme's `assets/<path>`.
    case asset(String)

    /// Relative to the site root: a folder (`news/x/`, served as its `index.html`) or a file.
    public var path: String {
        switch self {
        case .home: return ""
        case .newsList(let n): return n <= 1 ? "news/" : "news/page/\(n)/"
        case .newsPost(let slug): return "news/\(slug)/"
        case .newsTags: return "news/tags/"
        case .newsTag(let slug, let n): return n <= 1 ? "news/tags/\(slug)/" : "news/tags/\(slug)/page/\(n)/"
        case .newsFeed(let format): return "news/feed.\(format.rawValue)"
        case .newsTagFeed(let slug): return "news/tags/\(slug)/feed.xml"
        case .events: return "events/"
        case .event(let slug): return "events/\(slug)/"
        case .eventCalendar(let slug): return "events/\(slug).ics"
        case .eventSegment(let segment): return "events/segments/\(segment)/"
        case .pastEvents(let n): return n <= 1 ? "events/past/" : "events/past/page/\(n)/"
        case .calendar: return "events/calendar.ics"
        case .segmentCalendar(let segment): return "events/segments/\(segment).ics"
        case .opportunities: return "opportunities/"
        case .opportunityBoard(let kind): return "opportunities/\(kind.rawValue)/"
        case .opportunity(let slug): return "opportunities/\(slug)/"
        case .opportunitiesRemote: return "opportunities/remote/"
        case .opportunityTag(let tag): return "opportunities/tags/\(tag)/"
        case .opportunitiesFeed(let kind): return kind.map { "opportunities/\($0.rawValue)/feed.xml" } ?? "opportunities/feed.xml"
        case .directory: return "directory/"
        case .profile(let slug): return "directory/\(slug)/"
        case .network: return "network/"
        case .surveys: return "surveys/"
        case .survey(let slug): return "surveys/\(slug)/"
        case .asks: return "asks/"
        case .ask(let slug): return "asks/\(slug)/"
        case .referral: return "referral/"
        case .digests: return "digest/"
        case .digest(let month): return "digest/\(month)/"
        case .search: return "search/"
        case .searchIndex: return "search/index.json"
        case .page(let slug): return "\(slug)/"
        case .notFound: return "404.html"
        case .sitemap: return "sitemap.xml"
        case .robots: return "robots.txt"
        case .staticFile(let path): return StaticFile.sitePath(path)
        case .asset(let path): return "assets/\(path)"
        }
    }

    /// The file under the output folder.
    public var file: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// The navigation section a page belongs to (`news`, `events` …), or the free page's slug.
    public var section: String {
        switch self {
        case .home: return "home"
        case .newsList, .newsPost, .newsTags, .newsTag, .newsFeed, .newsTagFeed: return "news"
        case .events, .event, .eventCalendar, .calendar, .segmentCalendar, .eventSegment, .pastEvents: return "events"
        case .opportunities, .opportunityBoard, .opportunity, .opportunitiesFeed, .referral, .opportunitiesRemote, .opportunityTag: return "opportunities"
        case .directory, .profile: return "directory"
        case .network: return "network"
        case .surveys, .survey: return "surveys"
        case .asks, .ask: return "asks"
        case .digests, .digest: return "digest"
        case .search, .searchIndex: return "search"
        case .page(let slug): return slug
        case .notFound: return "404"
        case .sitemap, .robots, .staticFile, .asset: return ""
        }
    }

    /// How an error message names what writes this route: "the tag index", "news post 'x'".
    public var described: String {
        switch self {
        case .home: return "the home page"
        case .newsList(let n): return n <= 1 ? "the news list" : "page \(n) of the news list"
        case .newsPost(let slug): return "news post '\(slug)'"
        case .newsTags: return "the tag index"
        case .newsTag(let slug, let n): return n <= 1 ? "the page of tag '\(slug)'" : "page \(n) of tag '\(slug)'"
        case .newsFeed(let format): return format == .atom ? "the news feed (Atom)" : "the news feed (JSON Feed)"
        case .newsTagFeed(let slug): return "the feed of tag '\(slug)'"
        case .events: return "the events list"
        case .event(let slug): return "event '\(slug)'"
        case .eventCalendar(let slug): return "the calendar file of event '\(slug)'"
        case .eventSegment(let segment): return "the page of segment '\(segment)'"
        case .pastEvents(let n): return n <= 1 ? "the list of past events" : "page \(n) of the past events"
        case .calendar: return "the events calendar"
        case .segmentCalendar(let segment): return "the calendar of segment '\(segment)'"
        case .opportunities: return "the opportunities board"
        case .opportunityBoard(let kind): return "the \(kind.rawValue) board"
        case .opportunity(let slug): return "opportunity '\(slug)'"
        case .opportunitiesRemote: return "the remote opportunities"
        case .opportunityTag(let tag): return "the opportunities tagged '\(tag)'"
        case .opportunitiesFeed(let kind): return kind.map { "the feed of the \($0.rawValue) board" } ?? "the opportunities feed"
        case .directory: return "the directory"
        case .profile(let slug): return "profile '\(slug)'"
        case .network: return "the network page"
        case .surveys: return "the survey list"
        case .survey(let slug): return "survey '\(slug)'"
        case .asks: return "the asks list"
        case .ask(let slug): return "ask '\(slug)'"
        case .referral: return "the referral page"
        case .digests: return "the digest list"
        case .digest(let month): return "the digest of \(month)"
        case .search: return "the search page"
        case .searchIndex: return "the search index"
        case .page(let slug): return "page '\(slug)'"
        case .notFound: return "the 404 page"
        case .sitemap: return "the sitemap"
        case .robots: return "robots.txt"
        case .staticFile(let path): return "static file '\(path)'"
        case .asset(let path): return "theme asset '\(path)'"
        }
    }
}

/// The formats of the news feeds, named by their file extension.
public enum FeedFormat: String, Hashable, Sendable, CaseIterable {
    /// Atom (RFC 4287).
    case atom = "xml"
    /// JSON Feed 1.1.
    case json
}

extension RouteTarget {
    /// The part of the portal a page belongs to, as the build summary counts pages.
    public var summarySection: String {
        switch self {
        case .newsList, .newsPost, .newsTags, .newsTag, .newsFeed, .newsTagFeed: "news"
        case .events, .event, .eventCalendar, .eventSegment, .pastEvents, .calendar, .segmentCalendar: "events"
        case .opportunities, .opportunityBoard, .opportunity, .opportunitiesRemote, .opportunityTag, .opportunitiesFeed, .referral: "opportunities"
        case .directory, .profile: "directory"
        case .surveys, .survey, .network: "surveys"
        case .asks, .ask: "asks"
        case .page: "pages"
        case .digests, .digest: "digest"
        case .home, .notFound, .sitemap, .robots, .staticFile, .asset, .search, .searchIndex: "other"
        }
    }
}
