extension Event {
    static func read(_ r: FieldReader, slug: String) -> Event? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        for key in ["start", "end", "venue", "online_url", "mode", "segments", "status"] { at[key] = r.location(of: key) }
        let title = r.string("title", required: true)
        let start = r.timestamp("start", required: true)
        let end = r.timestamp("end")
        // Checked here, not in Validate, so it is reported with the item's other field errors.
        if let start, let end, end < start {
            r.error(r.location(of: "end"), EventMessage.endBeforeStart(end: r.string("end") ?? "", start: r.string("start") ?? ""))
        }
        let mode = r.choice("mode", as: Mode.self, required: true)
        let venue: Venue? = r.nested("venue") { v in
            guard let name = v.string("name", required: true) else { return nil }
            return Venue(name: name, address: v.string("address"))
        }
        let segments = r.strings("segments")
        if let node = r.value("segments") {
            for segment in segments {
                if let problem = SlugProblem.of(segment) {
                    r.error(node.location, EventMessage.badSegment(Slug.shortened(segment), problem))
                }
            }
        }
        let description = r.markdown("description")
        let onlineURL = r.link("online_url", allowMailto: false)
        // Rules within the file are checked here, with its field errors, so one run reports all
        // (a field that is present but wrong has its own error already).
        if let mode {
            if mode != .online && venue == nil && !r.has("venue") {
                r.error(r.location(of: "mode"), EventMessage.venueNeeded(mode))
            }
            if mode != .inPerson && onlineURL == nil && !r.has("online_url") {
                r.error(r.location(of: "mode"), EventMessage.onlineURLNeeded(mode))
            }
        }
        var event = Event(
            slug: slug, title: title ?? "", start: start ?? Timestamp(date: .distantPast, hasTime: false), end: end,
            mode: mode ?? .inPerson, venue: venue, onlineURL: onlineURL,
            segments: segments, capacity: r.int("capacity", range: 1...1_000_000), rsvp: r.link("rsvp"),
            status: r.choice("status", as: Status.self) ?? .scheduled,
            audience: r.choice("audience", as: Audience.self) ?? .members,
            description: description, at: at)
        event.sequence = r.int("sequence", range: 0...100_000)
        event.previousStart = r.timestamp("previous_start")
        event.report = r.string("report")
        event.draft = r.bool("draft") ?? false
        event.at["report"] = r.location(of: "report")
        return title == nil || start == nil || mode == nil ? nil : event
    }
}
