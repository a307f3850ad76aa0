import Foundation
import KizunaContent
import KizunaSite

/// schema.org `Event` for an event's page, with what Google's event results require (name,
/// startDate, location) and recommend (endDate, eventAttendanceMode, eventStatus, description,
/// image, organizer, offers). Every URL is absolute.
extension ViewBuilder {
    func eventStructuredData(_ e: PublishedEvent) -> String {
        let event = e.event
        let page = routes.absoluteURL(.event(event.slug))
        var data: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "url": page,
            "startDate": format.iso(event.start),
            "eventAttendanceMode": "https://schema.org/" + [Event.Mode.inPerson: "OfflineEventAttendanceMode",
                                                            .online: "OnlineEventAttendanceMode", .hybrid: "MixedEventAttendanceMode"][event.mode]!,
            "eventStatus": "https://schema.org/" + [Event.Status.scheduled: "EventScheduled", .cancelled: "EventCancelled",
                                                    .postponed: "EventPostponed", .rescheduled: "EventRescheduled"][event.status]!,
        ]
        if let end = event.end { data["endDate"] = format.iso(end) }
        // Which language the event is described in, where a portal has several (an event not
        // translated is described in the root language on every language's page).
        if site.isMultilingual { data["inLanguage"] = derived.untranslatedLanguage(of: event.at.file) ?? site.language }
        if event.status == .rescheduled, let previous = event.previousStart { data["previousStartDate"] = format.iso(previous) }
        if let text = e.description?.plainText, !text.isEmpty { data["description"] = text }

        var places: [[String: Any]] = []
        if let venue = event.venue, event.mode != .online {
            var place: [String: Any] = ["@type": "Place", "name": venue.name]
            if let address = venue.address {
                place["address"] = ["@type": "PostalAddress", "streetAddress": address,
                                    "addressCountry": site.country].compactMapValues { $0 }
            }
            places.append(place)
        }
        if event.mode != .inPerson {
            // The join link only in a members build, as on the page; the event's page otherwise.
            let url = e.joinURL ?? page
            places.append(["@type": "VirtualLocation", "url": url])
        }
        if places.count == 1 { data["location"] = places[0] } else if !places.isEmpty { data["location"] = places }

        if let organization = site.organization {
            var organizer: [String: Any] = ["@type": "Organization", "name": organization.name]
            if let url = organization.url?.url { organizer["url"] = url }
            data["organizer"] = organizer
        } else {
            data["organizer"] = ["@type": "Organization", "name": site.title, "url": site.baseURL]
        }
        if let image = site.image {
            data["image"] = [routes.absoluteURL(forSitePath: image)]
        }
        if let rsvp = event.rsvp, !e.isPast, event.status == .scheduled || event.status == .rescheduled, !rsvp.isMailto {
            // No price: the content does not say one (alumni events are usually free).
            data["offers"] = ["@type": "Offer", "url": rsvp.url, "availability": "https://schema.org/InStock"]
        }
        return JSONLD.script(data)
    }
}
