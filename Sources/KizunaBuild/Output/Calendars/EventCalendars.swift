import Foundation
import KizunaContent
import KizunaSite

/// Events as iCalendar (RFC 5545), for people to put in their calendars: `events/<slug>.ics` per
/// event, `events/calendar.ics` with every event of the build's audience, and
/// `events/segments/<segment>.ics` per segment. Served as `text/calendar`; subscribing to a
/// calendar's URL keeps it up to date.
///
/// An event keeps its UID (`<slug>@<host>`) across builds. Its SEQUENCE is the event's
/// `sequence:` when given, else 0 while scheduled, 1 once postponed or rescheduled, and 2 once
/// cancelled, so a subscribed calendar updates the event instead of adding a second one.
struct EventCalendars: OutputGenerator {
    func routes(for plan: SitePlan) -> [Route] {
        let language = plan.language
        return [Route(.calendar, format: .file, language: language)]
            + plan.derived.eventSegments.map { Route(.segmentCalendar($0), format: .file, language: language) }
            + plan.derived.allEvents.map { Route(.eventCalendar($0.event.slug), format: .file, language: language, source: $0.event.at.file) }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        let events = site.derived.allEvents.sorted { ($0.event.start, $0.event.slug) < ($1.event.start, $1.event.slug) }
        let writer = CalendarWriter(site: site, events: events)
        let strings = site.strings
        let title = site.derived.site.title
        try sink.write(file(.calendar, writer.calendar(name: strings.format("events.calendar_title", ["site": title]), events: events)))
        for segment in site.derived.eventSegments {
            let name = strings.format("events.segment_calendar_title", ["site": title, "segment": site.derived.site.segmentLabel(segment)])
            try sink.write(file(.segmentCalendar(segment), writer.calendar(name: name, events: events.filter { $0.event.segments.contains(segment) })))
        }
        for event in events {
            try sink.write(file(.eventCalendar(event.event.slug), writer.calendar(name: event.event.title, events: [event])))
        }
    }

    func file(_ target: RouteTarget, _ text: String) -> OutputFile {
        OutputFile(target, contents: .bytes(Data(text.utf8)))
    }
}

/// Writes VCALENDAR documents for one build.
struct CalendarWriter {
    let site: RenderedSite
    let zone: TimeZone
    let host: String
    let stamp: String
    let timezone: [String]

    init(site: RenderedSite, events: [PublishedEvent]) {
        self.site = site
        let clock = site.clock
        zone = clock.zone
        host = site.derived.site.base.origin.components(separatedBy: "://").last ?? "kizuna"
        stamp = ICalendarDate.utcStamp(clock.now)
        // Transitions a year either side of the events, so every instant of them is covered.
        let first = events.map(\.event.start.date).min() ?? clock.now
        let last = events.map(\.event.finish.date).max() ?? clock.now
        timezone = TimeZoneRules.vtimezone(zone, from: first.addingTimeInterval(-366 * 86_400), to: last.addingTimeInterval(366 * 86_400))
    }

    func calendar(name: String, events: [PublishedEvent]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kizuna//Alumni portal//\(site.derived.site.language.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(ICalendarText.escape(name))", "X-WR-TIMEZONE:\(ICalendarText.escape(zone.identifier))",
        ]
        lines += timezone
        for event in events { lines += vevent(event) }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    func vevent(_ published: PublishedEvent) -> [String] {
        let event = published.event
        let strings = site.strings
        var lines = ["BEGIN:VEVENT", "UID:\(ICalendarText.escape(event.slug))@\(ICalendarText.escape(host))", "DTSTAMP:\(stamp)"]
        let tzid = "TZID=\(zone.identifier)"
        let calendar = Calendar.gregorian(zone)
        if event.start.hasTime {
            lines.append("DTSTART;\(tzid):\(ICalendarDate.local(event.start.date, in: zone))")
            if let end = event.end {
                let endDate = end.hasTime ? end.date : calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: end.date))!
                lines.append("DTEND;\(tzid):\(ICalendarDate.local(endDate, in: zone))")
            }
        } else {
            // All-day: DTEND is the day after the last day (exclusive).
            let lastDay = calendar.startOfDay(for: (event.end ?? event.start).date)
            lines.append("DTSTART;VALUE=DATE:\(ICalendarDate.day(event.start.date, in: zone))")
            lines.append("DTEND;VALUE=DATE:\(ICalendarDate.day(calendar.date(byAdding: .day, value: 1, to: lastDay)!, in: zone))")
        }
        lines.append("SUMMARY:\(ICalendarText.escape(event.title))")
        if let text = published.description?.plainText, !text.isEmpty {
            lines.append("DESCRIPTION:\(ICalendarText.escape(text))")
        }
        if let location = location(published, strings) { lines.append("LOCATION:\(ICalendarText.escape(location))") }
        lines.append("URL:\(site.routes.absoluteURL(.event(event.slug)))")
        lines.append("STATUS:\(Self.status(event.status))")
        lines.append("SEQUENCE:\(Self.sequence(event))")
        let categories = event.segments.map { ICalendarText.escape(site.derived.site.segmentLabel($0)) }
        if !categories.isEmpty { lines.append("CATEGORIES:" + categories.joined(separator: ",")) }
        return lines + ["END:VEVENT"]
    }

    /// The venue and its address; the join link only in a members build (as on the pages).
    func location(_ published: PublishedEvent, _ strings: Strings) -> String? {
        let event = published.event
        let place = event.venue.map { [$0.name, $0.address].compactMap { $0 }.joined(separator: ", ") }
        let online = published.joinURL ?? strings["event.mode.online"]
        switch event.mode {
        case .inPerson: return place
        case .online: return online
        case .hybrid: return [place, online].compactMap { $0 }.joined(separator: " / ")
        }
    }

    static func status(_ status: Event.Status) -> String {
        switch status {
        case .scheduled, .rescheduled: "CONFIRMED"
        case .postponed: "TENTATIVE"
        case .cancelled: "CANCELLED"
        }
    }

    static func sequence(_ event: Event) -> Int {
        if let sequence = event.sequence { return sequence }
        switch event.status {
        case .scheduled: return 0
        case .postponed, .rescheduled: return 1
        case .cancelled: return 2
        }
    }
}
