import KizunaContent
import KizunaSite

/// What a member may agree to show, and how consent works: from the profile's consent model
/// (`Profile.Field`, `consent.directory`, `consent.stats`) and `min_cell`, so the pages say
/// what the build does.
struct ConsentView: Encodable, Sendable {
    /// The welcome survey's answers a member may agree to show, in `join.fields`' order.
    var fields: [String]
    /// The directory is for members only, and lists only who agreed (with their name).
    var directory: String
    /// A field not agreed to is shown nowhere.
    var fieldsNote: String
    /// Counted only with `consent.stats`, and never below `min_cell`.
    var stats: String
}

/// `/join/`: who may join, what the network offers, the sign-up form, what is shared and how
/// consent works, how to change it, and how to get into the members' pages.
struct JoinPage: PageBody {
    var title: String
    var whoHTML: String?
    var offersHTML: String?
    /// The sign-up form, with the source when site.yaml asks for one.
    var formURL: String
    var stepsHTML: String?
    var consent: ConsentView
    var changeHTML: String?
    var accessHTML: String?
    /// The public page on getting access, when the build has one at `/access/`.
    var accessURL: String?
}

/// `/welcome/` (members build only): what the network offers, the newest posts, upcoming
/// events, open opportunities by kind and the mentor roles, and what of a member's answers is
/// shown and how to change it.
struct WelcomePage: PageBody {
    struct Board: Encodable, Sendable {
        var kind: String
        var heading: String
        var items: [OpportunityView]
        var url: String
    }
    var offersHTML: String?
    var latestNews: [Cached<NewsPostView>]
    var upcomingEvents: [EventView]
    /// Rehire positions and contract work.
    var boards: [Board]
    /// The open mentor roles (`kind: mentor`), with their engagement.
    var mentorRoles: Board
    var consent: ConsentView
    var changeHTML: String?
    /// The directory, where members see what they show.
    var directoryURL: String?
}
