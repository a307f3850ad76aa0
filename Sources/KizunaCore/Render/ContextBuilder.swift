import Foundation

/// Turns derived items into the dictionaries templates read. Dictionaries, not structs:
/// swift-mustache reads them several times faster than through reflection, and keys absent
/// from a dictionary simply render nothing, so optional fields need no special casing.
struct ContextBuilder {
    let derived: DerivedSite
    let paths: SitePaths
    let format: DisplayFormat
    var strings: Strings { format.strings }
    var site: SiteConfig { derived.site }
    var now: Date { derived.options.now }

    func link(_ relative: String) -> String { paths.url(relative) }

    // MARK: News

    func tagLinks(_ tags: [String]) -> [[String: Any]] {
        tags.map { ["name": $0, "url": link(SitePaths.newsTag(Tag.slug($0)))] }
    }

    func newsItem(_ p: PublishedPost) -> [String: Any] {
        var item: [String: Any] = [
            "title": p.post.title,
            "url": link(SitePaths.newsPost(p.post.slug)),
            "date": format.timestamp(p.post.date),
            "date_iso": format.iso(p.post.date),
            "summary": p.summary,
            "tags": tagLinks(p.post.tags),
            "members_only": p.post.audience == .members,
            "draft": p.post.draft,
        ]
        if let author = p.post.author { item["author"] = author }
        if let image = p.post.image { item["image"] = paths.sitePath(image) }
        return item
    }

    func newsPost(_ p: PublishedPost) -> [String: Any] {
        var item = newsItem(p)
        item["body_html"] = p.body.html
        let toc = p.body.headings.filter { $0.level == 2 }
        if toc.count >= 3 { item["toc"] = ["items": toc.map { ["text": $0.text, "id": $0.id] }] }
        return item
    }

    // MARK: Events

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
            if let rsvp = event.rsvp { item["rsvp"] = ["url": rsvp.url, "is_mailto": rsvp.isMailto] }
            if let online = event.onlineURL { item["online_url"] = online.url }
        }
        return item
    }

    // MARK: Opportunities

    func opportunityItem(_ o: PublishedOpportunity) -> [String: Any] {
        let op = o.opportunity
        var item: [String: Any] = [
            "title": op.title,
            "url": link(SitePaths.opportunity(op.slug)),
            "kind": op.kind.rawValue,
            "kind_label": strings["opportunity.kind.\(op.kind.rawValue)"],
            "posted": format.date(op.posted),
            "posted_iso": op.posted.description,
            "is_open": o.isOpen,
            "tags": op.tags.map { ["name": $0] },
            "members_only": op.audience == .members,
        ]
        if !o.isOpen {
            let expired = op.status == .open
            item["closed_label"] = expired ? strings["opportunity.status.expired"] : strings["opportunity.status.\(op.status.rawValue)"]
        }
        if let summary = op.summary { item["summary"] = summary }
        if let location = op.location { item["location"] = location }
        if let remote = op.remote { item["remote_label"] = strings["opportunity.remote.\(remote.rawValue)"] }
        if let employment = op.employment { item["employment_label"] = strings["opportunity.employment.\(employment.rawValue)"] }
        if let compensation = op.compensation { item["compensation"] = format.compensation(compensation) }
        if let deadline = op.deadline {
            item["deadline"] = format.date(deadline)
            item["deadline_iso"] = deadline.description
        }
        if let department = op.department { item["department"] = department }
        return item
    }

    func opportunityDetail(_ o: PublishedOpportunity) -> [String: Any] {
        var item = opportunityItem(o)
        if let html = o.description?.html { item["description_html"] = html }
        if o.isOpen, let apply = o.opportunity.apply { item["apply"] = ["url": apply.url, "is_mailto": apply.isMailto] }
        return item
    }

    // MARK: Directory

    func profileItem(_ p: PublishedProfile) -> [String: Any] {
        var item: [String: Any] = [
            "name": p.name,
            "url": link(SitePaths.profile(p.slug)),
            "initial": String(p.name.prefix(1)),
            "departments": p.departments,
            "interests": p.interests,
        ]
        if let v = p.nameEN { item["name_en"] = v }
        if let joined = p.joined {
            item["joined"] = joined
            item["tenure"] = p.left.map { strings.format("profile.tenure", ["joined": String(joined), "left": String($0)]) }
                ?? strings.format("profile.joined_in", ["joined": String(joined)])
        }
        if let v = p.industry { item["industry"] = v }
        if let v = p.role { item["role"] = v }
        if let v = p.company { item["company"] = v }
        if p.mentor == true { item["mentor"] = true }
        return item
    }

    func profileDetail(_ p: PublishedProfile) -> [String: Any] {
        var item = profileItem(p)
        if let bio = p.bio { item["bio_html"] = bio.html }
        if !p.links.isEmpty {
            item["links"] = p.links.map { ["label": strings.values["profile.link.\($0.label)"] ?? $0.label, "url": $0.url] }
        }
        if let email = p.email { item["email"] = ["address": email, "url": "mailto:" + email] }
        return item
    }

    // MARK: Aggregates

    /// - Parameter headers: the string section naming the columns (`network` or `survey`).
    func aggregate(_ a: Aggregate, headers: String = "network", label: (String) -> String = { $0 }) -> [String: Any] {
        let largest = max(a.largestShown, 1)
        let rows: [[String: Any]] = a.buckets.map { bucket in
            var row: [String: Any] = [
                "label": label(bucket.label),
                "count": bucket.complementary ? strings["aggregate.hidden"] : format.count(bucket.count, minCell: a.minCell),
                "suppressed": bucket.count == nil,
            ]
            if let share = bucket.share { row["share"] = format.percent(share) }
            // Bar length relative to the largest shown count; suppressed cells draw no bar.
            row["bar"] = bucket.count.map { String(format: "%.1f", Double($0) * 100 / Double(largest)) } ?? "0"
            return row
        }
        var out: [String: Any] = [
            "rows": rows, "min_cell": a.minCell,
            "label_header": strings["\(headers).category"], "count_header": strings["\(headers).count"],
            "share_header": strings["\(headers).share"],
        ]
        out["total"] = format.count(a.total, minCell: a.minCell)
        if rows.contains(where: { $0["suppressed"] as? Bool == true }) {
            out["suppression_note"] = strings.format("aggregate.suppressed", ["n": String(a.minCell)])
        }
        if a.buckets.contains(where: \.complementary) {
            out["complementary_note"] = strings["aggregate.complementary"]
        }
        return out
    }

    func network(_ stats: NetworkStats) -> [String: Any] {
        [
            "members": format.count(stats.members, minCell: site.minCell),
            "mentors": format.count(stats.mentors, minCell: site.minCell),
            "by_decade": aggregate(stats.byDecade) { strings.format("network.decade", ["decade": String($0.dropLast())]) },
            "by_industry": aggregate(stats.byIndustry),
            "by_interest": aggregate(stats.byInterest),
        ]
    }

    // MARK: Surveys

    func surveyItem(_ s: SurveyReport) -> [String: Any] {
        var item: [String: Any] = [
            "title": s.survey.title,
            "url": link(SitePaths.survey(s.survey.slug)),
            "fielded": format.month(s.survey.fielded),
            "respondents": format.count(s.survey.respondents >= site.minCell ? s.survey.respondents : nil, minCell: site.minCell),
            "kind_label": strings["survey.kind.\(s.survey.kind.rawValue)"],
            "question_count": s.questions.count,
            "members_only": s.survey.audience == .members,
        ]
        if let summary = s.survey.summary { item["summary"] = summary }
        return item
    }

    func surveyDetail(_ s: SurveyReport) -> [String: Any] {
        var item = surveyItem(s)
        item["questions"] = s.questions.enumerated().map { index, q -> [String: Any] in
            var question: [String: Any] = [
                "number": index + 1,
                "id": q.question.id,
                "text": q.question.text,
                "type_label": strings["survey.type.\(q.question.type.rawValue)"],
                "results": aggregate(q.results, headers: "survey"),
                "multi": q.question.type == .multi,
            ]
            if let nps = q.nps { question["nps"] = (nps > 0 ? "+" : "") + String(nps) }
            return question
        }
        return item
    }

    // MARK: Asks

    func askItem(_ a: PublishedAsk) -> [String: Any] {
        var item: [String: Any] = [
            "title": a.ask.title,
            "url": link(SitePaths.ask(a.ask.slug)),
            "posted": format.date(a.ask.posted),
            "posted_iso": a.ask.posted.description,
            "asker": a.askerName ?? strings["ask.anonymous"],
            "is_open": a.isOpen,
            "status_label": strings[a.isOpen ? "ask.status.open" : "ask.status.\(a.ask.status == .open ? "closed" : a.ask.status.rawValue)"],
            "tags": a.ask.tags.map { ["name": $0] },
        ]
        if let expires = a.ask.expires { item["expires"] = format.date(expires) }
        return item
    }

    func askDetail(_ a: PublishedAsk) -> [String: Any] {
        var item = askItem(a)
        if let html = a.body?.html { item["body_html"] = html }
        if a.isOpen, let respond = a.ask.respond { item["respond"] = ["url": respond.url, "is_mailto": respond.isMailto] }
        return item
    }
}

extension Calendar {
    static func gregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}

extension LocalDate {
    /// The calendar day of an instant in a zone.
    init(_ date: Date, zone: TimeZone) {
        let c = Calendar.gregorian(zone).dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }
}
