import KizunaContent
import KizunaSite
/// A rehire, contract or mentor opportunity as a card and, with its description, as a page.
struct OpportunityView: Encodable, Sendable {
    /// The item's text is in another language than the page's (no translation); nil otherwise.
    var untranslated: UntranslatedView? = nil
    /// The item's `extra:` (`{{extra.room}}`).
    var extra: ExtraView?
    struct TagName: Encodable, Sendable {
        var name: String
        /// The open postings with this tag (`/opportunities/tags/<tag>/`).
        var url: String
    }

    var title: String
    var url: String
    var kind: String
    var kindLabel: String
    /// The board of its kind.
    var boardURL: String
    var posted: String
    var postedISO: String
    var isOpen: Bool
    var tags: [TagName]
    var membersOnly: Bool
    var closedLabel: String?
    var summary: String?
    var location: String?
    var remoteLabel: String?
    /// Location and remote work together, punctuated for the language: `東京（リモート可）`.
    var locationLabel: String?
    var employmentLabel: String?
    var compensation: String?
    /// 「給与」 for a rehire position, 「報酬」 for contract work and mentoring.
    var compensationLabel: String
    var deadline: String?
    var deadlineISO: String?
    var department: String?
    // Detail only:
    var descriptionHTML: String?
    /// Only while open.
    var apply: ActionView?
    /// While open with a deadline: 「締切まであと3日」, urgent within seven days.
    var daysLeft: String?
    var urgent: Bool = false
    /// 「リモート可」「ハイブリッド」 when the work is not only on site.
    var remoteBadge: String?
    /// A mentor role's engagement: one line for the card, the facts for the page.
    var engagement: EngagementView?

    struct EngagementView: Encodable, Sendable {
        var summary: String
        var format: String?
        var frequency: String?
        var sessions: String?
        var hours: String?
        var mentees: String?
        /// 「対象：着任1年目のマネージャー」, for the card.
        var menteesLine: String?
    }
    /// Only on an open rehire position, when the site has a referral programme.
    var refer: ReferView?
}

/// One kind's board: on /opportunities/ (open items) and as its own page (with closed ones).
/// How to refer someone to an open rehire position: the form with the position filled in, or a
/// mail whose subject names it; and the programme's page.
struct ReferView: Encodable, Sendable {
    var url: String
    var programme: String
}

struct OpportunityBoardView: Encodable, Sendable {
    struct KindLink: Encodable, Sendable {
        var label: String
        var url: String
        var current: Bool
    }

    var kind: String
    var label: String
    var lead: String
    var url: String
    /// Atom of this kind's open postings, and its title as feed readers list it.
    var feedURL: String
    var feedTitle: String
    var items: [OpportunityView]
    var count: Int
    var closed: [OpportunityView]?
    var kinds: [KindLink]?
    /// In a public build, the board's members-only count when it has no public posting
    /// (`members_only_board`, not `members_only`: inside a board, the page's own note would answer).
    var membersOnlyBoard: MembersOnlyView?
    /// Always true: a card inside a board (the board's own kind) reads it from here and leaves
    /// out its kind badge, which would only repeat the board's heading or tab.
    var boardOfOneKind = true
}
