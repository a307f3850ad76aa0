import KizunaContent
import KizunaSite

/// A public page's note that members see more: 「会員限定のイベントが6件あります。」 and a link to
/// joining. Made only in a public build and only for a count above 0 (`MembersOnlyCounts`); it
/// says how many and nothing else of them.
struct MembersOnlyView: Encodable, Sendable {
    var text: String
    /// `/join/` when the site has it (site.yaml `join:` or a free page `join`), else `/access/`
    /// (how members sign in), else none: the sentence stands alone.
    var link: LinkView?
}

extension ViewBuilder {
    /// The kinds a public page counts members-only items of, each with its theme string.
    enum MembersOnlyKind: String, CaseIterable {
        case events, opportunities, asks

        var key: String { "members_only.\(rawValue)" }
    }

    /// The note for `kind`, or nil: a members build, or nothing members-only to count.
    func membersOnly(_ kind: MembersOnlyKind) -> MembersOnlyView? {
        guard let counts = derived.membersOnly else { return nil }
        let n = switch kind {
        case .events: counts.events
        case .opportunities: counts.opportunities
        case .asks: counts.asks
        }
        guard n > 0 else { return nil }
        return MembersOnlyView(text: strings.count(kind.key, n, ["n": format.number(n)]), link: membersOnlyLink)
    }

    /// The note for one board of postings (「会員限定の業務委託の案件が2件あります。」), shown where
    /// the board has no public posting, so it does not read as empty; nil in a members build or
    /// when the board has no members-only posting either.
    func membersOnlyBoard(_ kind: Opportunity.Kind) -> MembersOnlyView? {
        guard let n = derived.membersOnly?.opportunitiesByKind[kind], n > 0 else { return nil }
        return MembersOnlyView(text: strings.count("members_only.board.\(kind.rawValue)", n, ["n": format.number(n)]), link: membersOnlyLink)
    }

    /// `/join/` when the site has it, else `/access/`, else none.
    private var membersOnlyLink: LinkView? {
        if let join = routes.route(forSitePath: "/join/") {
            LinkView(title: strings["members_only.join"], url: url(join.target))
        } else if let access = routes.route(forSitePath: "/access/") {
            LinkView(title: strings["members_only.access"], url: url(access.target))
        } else { nil }
    }
}
