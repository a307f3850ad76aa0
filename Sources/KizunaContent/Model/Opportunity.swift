import Foundation

/// A rehire position, paid contract task or paid external mentor role: `content/opportunities/<slug>.yaml`.
public struct Opportunity: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    public enum Kind: String, CaseIterable, Sendable { case rehire, contract, mentor }
    public enum Status: String, CaseIterable, Sendable { case open, filled, closed }
    public enum Employment: String, CaseIterable, Sendable {
        case fullTime = "full-time", partTime = "part-time", contractor, temporary
    }
    public enum Remote: String, CaseIterable, Sendable { case yes = "true", no = "false", hybrid }

    public struct Compensation: Sendable {
        public enum Unit: String, CaseIterable, Sendable { case hour, day, month, year, project }
        public var min: Int?
        public var max: Int?
        public var currency: String
        public var unit: Unit
    }

    public var slug: String
    public var title: String
    public var kind: Kind
    public var summary: String?
    public var description: MarkdownSource?
    public var department: String?
    public var location: String?
    public var remote: Remote?
    public var employment: Employment?
    public var compensation: Compensation?
    public var posted: LocalDate
    public var deadline: LocalDate?
    public var status: Status
    public var apply: Link?
    public var tags: [String]
    public var audience: Audience
    /// Built only with --drafts (`draft: true`; `kizuna new` starts every file as a draft).
    public var draft = false
    public var at: FieldLocations
    /// What a mentor role asks (`engagement:`): how, how often, how long, and for whom.
    public struct Engagement: Sendable {
        public var format: String?
        public var frequency: String?
        public var sessions: Int?
        public var hoursPerMonth: Double?
        public var mentees: String?
    }
    public var engagement: Engagement? = nil

    /// The day the position was filled (`filled_at:`); only with `status: filled`.
    public var filledAt: LocalDate? = nil

    /// Open means listed on the boards: status open and the deadline's whole day not yet over.
    public func isOpen(at now: Date, in zone: TimeZone) -> Bool {
        guard status == .open else { return false }
        guard let deadline else { return true }
        return now < deadline.end(in: zone)
    }
}
