import Foundation

/// Template dictionaries for events pages.
extension ContextBuilder {
    func eventItem(_ e: PublishedEvent) -> [String: Any] {
        let event = e.event
        var item: [String: Any] = [
            "title": event.title,
            "url": link(SitePaths.event(event.slug)),
            "when": format.range(event.start, event.end),
            "start_iso": format.iso(event.start),
            "month": format.month(event.start.date),
            "day": String(Calendar.gregorian(site.timeZone).component(.day, from: event.start.date)),
            "mode": event.mode.rawValue,
            "mode_label": strings["event.mode.\(event.mode.rawValue)"],
            "status": event.status.rawValue,
            "is_past": e.isPast,
            "segments": event.segments.map { ["slug": $0, "label": site.segmentLabel($0)] },
            "members_only": event.audience == .members,
        ]
        if event.status != .scheduled {
            item["status_label"] = strings["event.status.\(event.status.rawValue)"]
            item["not_scheduled"] = true
        }
        if event.status == .cancelled { item["cancelled"] = true }
        if let venue = event.venue { item["venue"] = ["name": venue.name, "address": venue.address ?? ""] }
        return item
    }

    func eventDetail(_ e: PublishedEvent) -> [String: Any] {
        var item = eventItem(e)
        let event = e.event
        if let html = e.description?.html { item["description_html"] = html }
        if let capacity = event.capacity { item["capacity"] = strings.format("event.capacity_value", ["n": format.number(capacity)]) }
        // Joining links only while the event can still be joined.
        if !e.isPast && event.status != .cancelled {
            if let rsvp = event.rsvp { item["rsvp"] = action(rsvp) }
            if let online = event.onlineURL { item["online_url"] = online.url }
        }
        return item
    }
}
