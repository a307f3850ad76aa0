import KizunaContent
import KizunaSite
/// An event as a card and, with its description and joining links, as a page.
struct EventView: Encodable, Sendable {
    /// The item's text is in another language than the page's (no translation); nil otherwise.
    var untranslated: UntranslatedView? = nil
    /// The item's `extra:` (`{{extra.room}}`).
    var extra: ExtraView?
    struct Segment: Encodable, Sendable {
        var slug: String
        var label: String
        /// The segment's page.
        var url: String
    }

    struct Venue: Encodable, Sendable {
        var name: String
        var address: String?
        /// A map search for the address (detail only).
        var mapURL: String?
    }

    var title: String
    var url: String
    var when: String
    var startISO: String
    var month: String
    var day: String
    var mode: String
    var modeLabel: String
    var status: String
    var isPast: Bool
    var segments: [Segment]
    var membersOnly: Bool
    var statusLabel: String?
    var notScheduled: Bool
    var cancelled: Bool
    var postponed: Bool
    var rescheduled: Bool
    var venue: Venue?
    // Detail only:
    var descriptionHTML: String?
    var capacity: String?
    /// Only while the event can still be joined.
    var rsvp: ActionView?
    /// The join link: members builds only, while the event can still be joined.
    var onlineURL: String?
    /// Add to a calendar: the event's .ics and a Google Calendar link; upcoming events only.
    var calendar: CalendarLinks?
    /// The date no longer holds (cancelled or postponed): shown struck through.
    var dateStruck: Bool = false
    /// The news post reporting on a past event.
    var report: LinkView?

    struct CalendarLinks: Encodable, Sendable {
        var ics: String
        var google: String
    }
}
