import KizunaContent
import KizunaSite
/// A directory profile, only ever built from `PublishedProfile` (the consented fields).
struct ProfileView: Encodable, Sendable {
    struct LabeledLink: Encodable, Sendable {
        var label: String
        var url: String
    }

    struct Email: Encodable, Sendable {
        var address: String
        var url: String
    }

    var name: String
    var url: String
    var initial: String
    var departments: [String]
    var interests: [String]
    var nameEN: String?
    var joined: Int?
    var tenure: String?
    var industry: String?
    var role: String?
    var company: String?
    /// Industry and role together, punctuated for the language (`profile.industry_role`), for the card.
    var industryRole: String?
    /// Set only for mentors: a profile never says "not a mentor".
    var mentor: Bool?
    // Detail only:
    var bioHTML: String?
    var links: [LabeledLink]?
    var email: Email?
    struct RelatedList: Encodable, Sendable {
        var lead: String
        var profiles: [ProfileView]
    }

    /// A request to the network office to introduce the reader: a form with `profile=<slug>`,
    /// or a mail whose subject names the profile. Never the member's address.
    struct ConnectView: Encodable, Sendable {
        var url: String
        var isMailto: Bool
        var note: String
    }

    struct MentorRolesView: Encodable, Sendable {
        var url: String
        var label: String
    }
}
