import KizunaContent
import KizunaSite

extension EventKind: ContentKind {
    public var templates: [String] { ["events", "events-segment", "events-past", "event"] }
    public var navigation: RouteTarget? { .events }
    public var strings: Set<String> {
        Set(["event.capacity_value", "events.title", "events.segment_title", "events.past", "events.past_all", "search.kind.event",
             "events.calendar_title", "events.segment_calendar_title"]
            + Event.Mode.allCases.map { "event.mode.\($0.rawValue)" }
            + Event.Status.allCases.filter { $0 != .scheduled }.map { "event.status.\($0.rawValue)" })
    }

    public func pages(of events: PublishedEvents, _ plan: PagePlan) -> [PlannedPage] {
        let d = plan.site, past = events.past
        var pages = [plan.page(.events, "events") { c in
            let v = c.views, t = c.strings
            return PageView(title: t["events.title"], body: EventsPage(
                upcoming: events.upcoming.map { v.event($0) }, past: past.page(1).map { v.event($0) },
                pastAll: past.isPaged ? LinkView(title: t.count("events.past_all", past.items.count, ["n": c.format.number(past.items.count)]),
                                                 url: c.url(.pastEvents(page: 1))) : nil,
                segments: v.segmentLinks(current: nil), membersOnly: v.membersOnly(.events)))
        }]
        pages += (events.upcoming + past.items).map { e in
            plan.page(.event(e.event.slug), "event", source: e.event.at.file) { c in
                PageView(title: e.event.title, body: EventPage(event: c.views.event(e, detail: true), structuredData: c.views.eventStructuredData(e)))
            }
        }
        pages += d.eventSegments.map { segment in
            plan.page(.eventSegment(segment), "events-segment") { c in
                let v = c.views, label = d.site.segmentLabel(segment)
                return PageView(title: c.strings.format("events.segment_title", ["segment": label]), body: EventSegmentPage(
                    segment: label,
                    upcoming: events.upcoming.filter { $0.event.segments.contains(segment) }.map { v.event($0) },
                    past: past.items.filter { $0.event.segments.contains(segment) }.map { v.event($0) },
                    segments: v.segmentLinks(current: segment), calendar: c.url(.segmentCalendar(segment)),
                    calendarWebcal: v.routes.webcalURL(.segmentCalendar(segment))))
            }
        }
        // The past events in pages of their own only when the events page cannot show them all.
        if past.isPaged {
            pages += past.pages.map { n in
                plan.page(.pastEvents(page: n), "events-past") { c in
                    let v = c.views, t = c.strings
                    let (pagination, label) = v.pagination(n, of: past) { .pastEvents(page: $0) }
                    return PageView(title: v.pagedTitle(t["events.past"], page: n, label: label),
                                    body: PastEventsPage(past: past.page(n).map { v.event($0) }, pagination: pagination))
                }
            }
        }
        return pages
    }

    public func searchEntries(of events: PublishedEvents, _ c: PageContext) -> [SearchEntry] {
        (events.upcoming + events.past.items).map { e in
            SearchEntry(kind: c.strings["search.kind.event"], title: e.event.title, url: c.url(.event(e.event.slug)), date: c.format.isoDay(e.event.start.date),
                        text: SearchEntry.joined([e.event.venue?.name, e.event.segments.map(c.site.site.segmentLabel).joined(separator: " ")], separator: c.strings["search.separator"]),
                        body: e.description?.plainText ?? "")
        }
    }
}
