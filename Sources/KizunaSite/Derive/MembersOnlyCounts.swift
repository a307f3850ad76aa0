import Foundation
import KizunaContent

/// How many members-only items a members build would show that a public build leaves out: the
/// public portal says "会員限定のイベントが6件あります" and links to joining, so a visitor sees
/// what joining gives. Counts only: no title, date, segment or slug of any of them reaches the
/// public build (the canary test builds one and scans every file).
///
/// Counted as the members build would list them, with the same publication policy and "now":
/// upcoming events (not cancelled), open postings, open asks. Drafts never count, even with
/// `--drafts`: a count of what is not yet written would promise too much.
public struct MembersOnlyCounts: Sendable, Equatable {
    public var events = 0
    public var opportunities = 0
    public var asks = 0
    /// `opportunities` by board, so a board with only members-only postings says so instead of
    /// reading as empty. A posting's board is what its public card would show anyway; nothing
    /// else of it is counted apart.
    public var opportunitiesByKind: [Opportunity.Kind: Int] = [:]

    public init(events: Int = 0, opportunities: Int = 0, asks: Int = 0, opportunitiesByKind: [Opportunity.Kind: Int] = [:]) {
        self.events = events
        self.opportunities = opportunities
        self.asks = asks
        self.opportunitiesByKind = opportunitiesByKind
    }

    /// The counts of a public build; nil for a members build, which shows everything itself.
    static func of(_ content: Content, in scope: BuildScope) -> MembersOnlyCounts? {
        guard scope.options.audience == .public else { return nil }
        var members = scope.options
        members.audience = .members
        members.drafts = false
        let membersScope = BuildScope(options: members, site: scope.site)
        let now = scope.clock.now, zone = scope.clock.zone
        /// Published in a members build without drafts, and not in this one.
        func hidden<K: PublishedKind>(_ kind: K) -> [K.Item] {
            content[kind].filter { kind.publication(of: $0, in: membersScope).isPublished && !kind.publication(of: $0, in: scope).isPublished }
        }
        let postings = hidden(OpportunityKind()).filter { $0.isOpen(at: now, in: zone) }
        return MembersOnlyCounts(
            events: hidden(EventKind()).filter { $0.finish.date >= now && $0.status != .cancelled }.count,
            opportunities: postings.count,
            asks: hidden(AskKind()).filter { $0.isOpen(at: now, in: zone) }.count,
            opportunitiesByKind: Dictionary(grouping: postings, by: \.kind).mapValues(\.count))
    }
}

extension Ask {
    /// Open, and not past its `expires:` day in the site's zone: the asks board lists it.
    func isOpen(at now: Date, in zone: TimeZone) -> Bool {
        status == .open && !(expires.map { now >= $0.end(in: zone) } ?? false)
    }
}
