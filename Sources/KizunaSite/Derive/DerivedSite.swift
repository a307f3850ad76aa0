import KizunaContent
/// Derive stage output: everything a build publishes, filtered for audience, drafts and "now",
/// sorted and grouped the way pages show it.
public struct DerivedSite: Sendable {
    public var site: SiteConfig
    public var options: BuildOptions
    /// Newest first.
    public var news: [PublishedPost]
    public var newsPages: [[PublishedPost]]
    public var tags: [TagGroup]
    /// Soonest first.
    public var upcomingEvents: [PublishedEvent]
    /// Newest first.
    public var pastEvents: [PublishedEvent]
    /// Open ones, newest posting first.
    public var openOpportunities: [PublishedOpportunity]
    /// Closed, filled or past deadline: detail pages stay, marked closed; never on the boards.
    public var closedOpportunities: [PublishedOpportunity]
    /// nil in a public build: the directory exists only for members.
    public var directory: [PublishedProfile]?
    /// From the newest stats snapshot not after "now"; nil before the first one.
    public var network: NetworkStats?
    /// Newest fielding first.
    public var surveys: [SurveyReport]
    public var openAsks: [PublishedAsk]
    public var closedAsks: [PublishedAsk]
    public var pages: [PublishedPage]
    public var staticFiles: [StaticFile]
    /// site.yaml's `referral.how`, rendered.
    public var referralHow: RenderedMarkdown? = nil
    /// The monthly digests, newest month first (`MonthlyDigest`).
    public var digests: [MonthlyDigest] = []

    /// The build's clock: the site's zone and "now" (settled in that zone before derive).
    public var clock: SiteClock { SiteClock(zone: site.timeZone, now: options.now) }
    public var allEvents: [PublishedEvent] { upcomingEvents + pastEvents }
    public var allAsks: [PublishedAsk] { openAsks + closedAsks }
    /// Every segment an event of this build names, sorted: each has a page and a calendar.
    public var eventSegments: [String] { Set(allEvents.flatMap(\.event.segments)).sorted() }
    /// Pages of the past-events list; 0 when the events page shows them all (`news_per_page` or fewer).
    public var pastEventPages: Int {
        pastEvents.count <= site.newsPerPage ? 0 : (pastEvents.count + site.newsPerPage - 1) / site.newsPerPage
    }
    public var allOpportunities: [PublishedOpportunity] { openOpportunities + closedOpportunities }
    /// Every tag an opportunity of the build has, as slugs, sorted: each has a filter page.
    public var opportunityTags: [String] { Set(allOpportunities.flatMap { $0.opportunity.tags.map(Tag.slug) }).sorted() }
}
