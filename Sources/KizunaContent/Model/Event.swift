/// A meetup, small segmented meetup or roundtable: `content/events/<slug>.yaml`.
public struct Event: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    public enum Mode: String, CaseIterable, Sendable { case inPerson = "in-person", online, hybrid }
    public enum Status: String, CaseIterable, Sendable { case scheduled, cancelled, postponed, rescheduled }

    public struct Venue: Sendable {
        public var name: String
        public var address: String?
    }

    public var slug: String
    public var title: String
    public var start: Timestamp
    public var end: Timestamp?
    public var mode: Mode
    public var venue: Venue?
    public var onlineURL: Link?
    public var segments: [String]
    public var capacity: Int?
    public var rsvp: Link?
    public var status: Status
    public var audience: Audience
    /// Built only with --drafts (`draft: true`; `kizuna new` starts every file as a draft).
    public var draft = false
    public var description: MarkdownSource?
    public var at: FieldLocations

    /// The iCalendar SEQUENCE, when the editor sets it (`sequence:`); see `EventCalendars`.
    public var sequence: Int? = nil
    /// When a rescheduled event was to start before (`previous_start:`), for search engines.
    public var previousStart: Timestamp? = nil
    /// The news post that reports on the event once it is over (`report:`, a news slug).
    public var report: String? = nil

    /// What decides past or upcoming: the end if given, else the start.
    public var finish: Timestamp { end ?? start }
}
