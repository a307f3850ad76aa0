import KizunaContent
/// Derive stage output: everything a build publishes, filtered for audience, drafts and "now",
/// sorted and grouped the way pages show it: what each content kind publishes
/// (`PublishedKind.publish`), and what the portal makes across kinds (the digests).
public struct DerivedSite: Sendable {
    public var site: SiteConfig
    public var options: BuildOptions
    /// Each kind's `Published` by its folder.
    private var published: [String: any Sendable] = [:]
    public var staticFiles: [StaticFile]
    /// site.yaml's `referral.how`, rendered.
    public var referralHow: RenderedMarkdown? = nil
    /// site.yaml's `join:` texts, rendered (nil without `join:`).
    public var join: JoinTexts? = nil
    /// The monthly digests, newest month first (`MonthlyDigest`).
    public var digests: [MonthlyDigest] = []
    /// How many members-only items the public build leaves out, counts only (`MembersOnlyCounts`);
    /// nil in a members build.
    public var membersOnly: MembersOnlyCounts? = nil
    /// Source files of the items this language shows untranslated (`Content.untranslated`).
    public var untranslated: Set<String> = []

    /// The language an item's text is in, when it is not the pages' (shown untranslated).
    public func untranslatedLanguage(of source: SourceLocation) -> String? {
        untranslated.contains(source.path) ? site.defaultLanguage : nil
    }

    init(site: SiteConfig, options: BuildOptions, staticFiles: [StaticFile]) {
        self.site = site
        self.options = options
        self.staticFiles = staticFiles
    }

    /// What the build publishes of a kind. Every kind of the build's registry is derived, the
    /// built-in ones always.
    public subscript<K: PublishedKind>(_ kind: K) -> K.Published {
        get { published[kind.folder] as! K.Published }
        set { published[kind.folder] = newValue }
    }

    // The built-in kinds, for the pages that show several of them (home, digest, feeds).
    public var newsList: PublishedNews { self[NewsKind()] }
    /// Newest first.
    public var news: [PublishedPost] { newsList.posts }
    public var tags: [TagGroup] { newsList.tags }
    public var events: PublishedEvents { self[EventKind()] }
    /// Soonest first.
    public var upcomingEvents: [PublishedEvent] { events.upcoming }
    /// Newest first.
    public var pastEvents: [PublishedEvent] { events.past.items }
    public var postings: PublishedOpportunities { self[OpportunityKind()] }
    /// Open ones, newest posting first.
    public var openOpportunities: [PublishedOpportunity] { postings.open }
    /// Closed, filled or past deadline: detail pages stay, marked closed; never on the boards.
    public var closedOpportunities: [PublishedOpportunity] { postings.closed }
    /// nil in a public build: the directory exists only for members.
    public var directory: [PublishedProfile]? { self[ProfileKind()] }
    /// From the newest stats snapshot not after "now"; nil before the first one.
    public var network: NetworkStats? { self[StatsKind()] }
    /// Newest fielding first.
    public var surveys: [SurveyReport] { self[SurveyKind()] }
    public var openAsks: [PublishedAsk] { self[AskKind()].open }
    public var closedAsks: [PublishedAsk] { self[AskKind()].closed }
    public var pages: [PublishedPage] { self[FreePageKind()] }


    /// The build's clock: the site's zone and "now" (settled in that zone before derive).
    public var clock: SiteClock { SiteClock(zone: site.timeZone, now: options.now) }
    public var allEvents: [PublishedEvent] { upcomingEvents + pastEvents }
    public var allAsks: [PublishedAsk] { openAsks + closedAsks }
    /// Every segment an event of this build names, sorted: each has a page and a calendar.
    public var eventSegments: [String] { Set(allEvents.flatMap(\.event.segments)).sorted() }
    public var allOpportunities: [PublishedOpportunity] { openOpportunities + closedOpportunities }
    /// Every tag an opportunity of the build has, as slugs, sorted: each has a filter page.
    public var opportunityTags: [String] { Set(allOpportunities.flatMap { $0.opportunity.tags.map(Tag.slug) }).sorted() }
}
