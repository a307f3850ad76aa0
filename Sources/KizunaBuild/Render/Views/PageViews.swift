import KizunaContent
import KizunaSite
/// What one page shows, by kind of page: the template's own keys. `PageView` adds the title
/// and the description the layout needs (the template is the planned page's).
public protocol PageBody: Encodable, Sendable {}

public struct PageView: Sendable {
    public var title: String
    public var description: String?
    public var body: any PageBody
    /// A news post's page is an article to sharing cards (Open Graph `og:type article`).
    var article: ArticleMeta? = nil

    public init(title: String, description: String? = nil, body: any PageBody) {
        self.title = title
        self.description = description
        self.body = body
    }
}

/// What Open Graph says of an article: a news post.
struct ArticleMeta: Sendable {
    var published: String
    var modified: String
    var tags: [String]
    /// The post's `image:` as written (a site path or a web address).
    var image: String?
}

struct HomePage: PageBody {
    var upcomingEvents: [EventView]
    var opportunities: [OpportunityView]
    var latestNews: [Cached<NewsPostView>]
    var network: NetworkView
    var openAsks: [AskView]
    /// Public build only: how many members-only events, postings and asks there are (counts only).
    var membersOnlyEvents: MembersOnlyView?
    var membersOnlyOpportunities: MembersOnlyView?
    var membersOnlyAsks: MembersOnlyView?
    /// The asks section shows with open asks, or with members-only ones to count.
    var showAsks: Bool
}

struct NewsListPage: PageBody {
    var posts: [Cached<NewsPostView>]
    /// Only when there is more than one page.
    var pagination: PaginationView?
    var tags: [TagCountView]
}

struct NewsPostPage: PageBody {
    var post: NewsPostView
    var older: Cached<NewsPostView>?
    var newer: Cached<NewsPostView>?
    /// Up to three posts sharing its tags.
    var related: [Cached<NewsPostView>]
}

struct NewsTagsPage: PageBody {
    var tags: [TagCountView]
}

struct NewsTagPage: PageBody {
    struct Tag: Encodable, Sendable {
        var name: String
        var count: Int
        var countLabel: String
        /// The tag's Atom feed.
        var feedURL: String
    }

    var tag: Tag
    var posts: [Cached<NewsPostView>]
    /// Only when the tag has more than one page.
    var pagination: PaginationView?
}

struct EventsPage: PageBody {
    var upcoming: [EventView]
    /// The newest past events; all of them are on `past_all` when there are more.
    var past: [EventView]
    var pastAll: LinkView?
    /// Links to each segment's page, to narrow the list down without JavaScript.
    var segments: [SegmentLink]
    /// Public build only: how many members-only events are upcoming (a count, nothing else).
    var membersOnly: MembersOnlyView? = nil
}

struct SegmentLink: Encodable, Sendable {
    var label: String
    var url: String
    var current: Bool
}

/// Every past event, newest first, a page at a time.
struct PastEventsPage: PageBody {
    var past: [EventView]
    var pagination: PaginationView?
}

/// One segment's events (`/events/segments/<segment>/`) and its calendar.
struct EventSegmentPage: PageBody {
    var segment: String
    var upcoming: [EventView]
    var past: [EventView]
    var segments: [SegmentLink]
    var calendar: String
    var calendarWebcal: String
}

struct EventPage: PageBody {
    var event: EventView
    /// schema.org `Event` as JSON-LD, escaped for a script element.
    var structuredData: String
}

struct OpportunitiesPage: PageBody {
    var groups: [OpportunityBoardView]
    var openCount: String
    var closed: [OpportunityView]
    /// Remote and per-tag pages, to narrow the boards down without JavaScript.
    var filters: [SegmentLink]
    /// Public build only: how many members-only postings are open (a count, nothing else).
    var membersOnly: MembersOnlyView? = nil
}

struct OpportunityBoardPage: PageBody {
    var group: OpportunityBoardView
}

/// `/referral/`: the employee referral programme.
struct ReferralPage: PageBody {
    var title: String
    var who: String?
    var reward: String?
    var howHTML: String?
    var formURL: String?
    var mailURL: String?
}

/// `/access/`: how to get into the members build (site.yaml's `members:`).
struct AccessPage: PageBody {
    var title: String
    var who: String?
    var signIn: String
    /// The members build's address, for the sign-in button.
    var membersURL: String?
    var contact: ActionView?
}

/// Open postings narrowed down (remote, or one tag), with links to the other filters.
struct OpportunityFilterPage: PageBody {
    var items: [OpportunityView]
    var filters: [SegmentLink]
}

struct OpportunityPage: PageBody {
    var opportunity: OpportunityView
    /// schema.org `JobPosting` as JSON-LD while the posting is open; nil once it is not.
    var structuredData: String?
}

/// A profile and what surrounds it. The related lists are the page's, not the profile's: the
/// cards inside them would otherwise read a field they lack (`name_en`, `mentor`) from the
/// profile around them, as Mustache looks a missing key up in the enclosing sections.
struct ProfilePage: PageBody {
    var profile: ProfileView
    /// Others who joined around the same time / in the same industry (`RelatedProfiles`), as cards.
    var sameYears: ProfileView.RelatedList?
    var sameIndustry: ProfileView.RelatedList?
    /// Only when the member allows it (`consent.contact`) and the site has `connect:`.
    var connect: ProfileView.ConnectView?
    /// Only on a mentor's profile: the open mentor postings, to apply for a mentor role.
    var mentorRoles: ProfileView.MentorRolesView?
}

struct NetworkPage: PageBody {
    var network: NetworkView
}

struct SurveysPage: PageBody {
    var surveys: [SurveyView]
    /// /surveys/trends/, when the build has a survey repeating another.
    var trendsURL: String? = nil
}

struct SurveyPage: PageBody {
    var survey: SurveyView
}

struct AsksPage: PageBody {
    var open: [AskView]
    var closed: [AskView]
    /// Public build only: how many members-only asks are open (a count, nothing else).
    var membersOnly: MembersOnlyView? = nil
}

struct AskPage: PageBody {
    var ask: AskView
}

struct FreePage: PageBody {
    var page: FreePageView
}

struct NotFoundPage: PageBody {}
