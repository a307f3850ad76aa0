import Foundation
import KizunaContent
import KizunaSite

/// The view of each kind of item, as a card and as the item's own page.
extension ViewBuilder {
    // MARK: News

    /// The item's text is in another language than the page's (`Content.untranslated`).
    func untranslated(_ at: FieldLocations) -> UntranslatedView? {
        derived.untranslated.contains(at.file.path) ? untranslatedView : nil
    }

    func newsCard(_ p: PublishedPost) -> NewsPostView {
        var view = NewsPostView(
            extra: ExtraView(p.post.extra), title: p.post.title, url: url(.newsPost(p.post.slug)),
            date: format.timestamp(p.post.date), dateISO: format.iso(p.post.date), summary: p.summary,
            tags: p.post.tags.map { TagLinkView(name: site.tagName($0), url: url(.newsTag(Tag.slug($0)))) },
            membersOnly: p.post.audience == .members, draft: p.post.draft,
            author: p.post.author, byline: p.post.author.map { strings.format("news.byline", ["author": $0]) },
            image: p.post.image.map(routes.url(forSitePath:)),
            readingTime: strings.count("news.reading_time", p.readingMinutes, ["n": format.number(p.readingMinutes)]),
            imageWidth: p.post.image.flatMap(links.imageSize(ofSitePath:))?.width,
            imageHeight: p.post.image.flatMap(links.imageSize(ofSitePath:))?.height)
        view.untranslated = untranslated(p.post.at)
        return view
    }

    func card(_ p: PublishedPost) -> Cached<NewsPostView> { newsCards[p.post.slug] ?? Cached(newsCard(p)) }

    func newsPost(_ p: PublishedPost) -> NewsPostView {
        var view = newsCards[p.post.slug]?.view ?? newsCard(p)
        view.bodyHTML = bodies.html(p.body, .rootRelative, eagerImages: p.post.image == nil ? 1 : 0)
        let sections = p.body.headings.filter { $0.level == 2 }
        if sections.count >= 3 { view.toc = .init(items: sections.map { .init(text: $0.text, id: $0.id) }) }
        return view
    }

    func tagCounts() -> [TagCountView] {
        derived.tags.map { TagCountView(name: $0.name, url: url(.newsTag($0.slug)), count: $0.posts.count) }
    }

    // MARK: Events

    func event(_ e: PublishedEvent, detail: Bool = false) -> EventView {
        let event = e.event
        var view = EventView(
            extra: ExtraView(event.extra),
            title: event.title, url: url(.event(event.slug)), when: format.range(event.start, event.end),
            startISO: format.iso(event.start), month: format.month(event.start.date),
            day: String(clock.calendar.component(.day, from: event.start.date)),
            mode: event.mode.rawValue, modeLabel: strings["event.mode.\(event.mode.rawValue)"],
            status: event.status.rawValue, isPast: e.isPast,
            segments: event.segments.map { .init(slug: $0, label: site.segmentLabel($0), url: url(.eventSegment($0))) },
            membersOnly: event.audience == .members,
            statusLabel: event.status == .scheduled ? nil : strings["event.status.\(event.status.rawValue)"],
            notScheduled: event.status != .scheduled, cancelled: event.status == .cancelled,
            postponed: event.status == .postponed, rescheduled: event.status == .rescheduled,
            venue: event.venue.map { .init(name: $0.name, address: $0.address) })
        view.dateStruck = event.status == .cancelled || event.status == .postponed
        view.untranslated = untranslated(event.at)
        guard detail else { return view }
        view.descriptionHTML = e.description.map(html)
        if let address = event.venue?.address {
            var map = URLComponents(string: "https://www.google.com/maps/search/")!
            map.queryItems = [URLQueryItem(name: "api", value: "1"), URLQueryItem(name: "query", value: address)]
            view.venue?.mapURL = map.url?.absoluteString
        }
        if e.isPast, let slug = event.report, let index = newsIndex[slug] {
            view.report = LinkView(title: derived.news[index].post.title, url: url(.newsPost(slug)))
        }
        view.capacity = event.capacity.map { strings.count("event.capacity_value", $0, ["n": format.number($0)]) }
        // Joining links only while the event can still be joined.
        if !e.isPast && event.status != .cancelled {
            // Applying only while the event is on: not while it is postponed.
            view.rsvp = event.status == .postponed ? nil : event.rsvp.map { action($0, .init(campaign: AttributedLink.campaign("event", event.slug), page: "event", subject: event.title)) }
            view.onlineURL = e.joinURL
            view.calendar = .init(ics: url(.eventCalendar(event.slug)), google: googleCalendarLink(e))
        }
        return view
    }

    /// Google Calendar's "add event" template, filled from the event (its times in the site's zone).
    func googleCalendarLink(_ e: PublishedEvent) -> String {
        let event = e.event
        let zone = clock.zone
        let calendar = clock.calendar
        let dates: String
        if event.start.hasTime {
            let end = event.end.map { $0.hasTime ? $0.date : calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: $0.date))! }
                ?? event.start.date.addingTimeInterval(3600)
            dates = ICalendarDate.local(event.start.date, in: zone) + "/" + ICalendarDate.local(end, in: zone)
        } else {
            let last = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: (event.end ?? event.start).date))!
            dates = ICalendarDate.day(event.start.date, in: zone) + "/" + ICalendarDate.day(last, in: zone)
        }
        var components = URLComponents(string: "https://calendar.google.com/calendar/render")!
        components.queryItems = [
            URLQueryItem(name: "action", value: "TEMPLATE"), URLQueryItem(name: "text", value: event.title),
            URLQueryItem(name: "dates", value: dates), URLQueryItem(name: "ctz", value: zone.identifier),
            URLQueryItem(name: "details", value: routes.absoluteURL(.event(event.slug))),
        ] + (event.venue.map { [URLQueryItem(name: "location", value: [$0.name, $0.address].compactMap { $0 }.joined(separator: ", "))] } ?? [])
        // URLComponents leaves `+` and `&`-free text as is; encode what a query value must not carry.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.url?.absoluteString ?? "https://calendar.google.com/calendar/render"
    }

    // MARK: Opportunities

    func opportunity(_ o: PublishedOpportunity, detail: Bool = false) -> OpportunityView {
        let op = o.opportunity
        let remote = op.remote.map { strings["opportunity.remote.\($0.rawValue)"] }
        var view = OpportunityView(
            extra: ExtraView(op.extra),
            title: op.title, url: url(.opportunity(op.slug)), kind: op.kind.rawValue,
            kindLabel: strings["opportunity.kind.\(op.kind.rawValue)"], boardURL: url(.opportunityBoard(op.kind)),
            posted: format.date(op.posted), postedISO: op.posted.description, isOpen: o.isOpen,
            tags: op.tags.map { .init(name: site.tagName($0), url: url(.opportunityTag(Tag.slug($0)))) }, membersOnly: op.audience == .members,
            closedLabel: o.isOpen ? nil : strings[op.status == .open ? "opportunity.status.expired" : "opportunity.status.\(op.status.rawValue)"],
            summary: op.summary, location: op.location, remoteLabel: remote,
            locationLabel: op.location.map { location in
                remote.map { strings.format("opportunity.location_remote", ["location": location, "remote": $0]) } ?? location
            },
            employmentLabel: op.employment.map { strings["opportunity.employment.\($0.rawValue)"] },
            compensation: op.compensation.map { format.compensation($0, of: op.kind) },
            compensationLabel: strings[op.kind == .rehire ? "opportunity.compensation_employment" : "opportunity.compensation"],
            deadline: op.deadline.map(format.date), deadlineISO: op.deadline?.description, department: op.department)
        if op.remote == .yes || op.remote == .hybrid { view.remoteBadge = remote }
        view.untranslated = untranslated(op.at)
        if let e = op.engagement {
            let sessions = e.sessions.map { strings.count("opportunity.engagement.sessions_value", $0, ["n": format.number($0)]) }
            let hours = e.hoursPerMonth.map { h in
                strings.count("opportunity.engagement.hours_value", Int(h.rounded(.up)), ["n": h == h.rounded() ? String(Int(h)) : String(h)])
            }
            view.engagement = .init(summary: [e.format, e.frequency, sessions, hours].compactMap { $0 }.joined(separator: strings["opportunity.engagement.separator"]),
                                    format: e.format, frequency: e.frequency, sessions: sessions, hours: hours, mentees: e.mentees,
                                    menteesLine: e.mentees.map { strings.format("opportunity.engagement.for_line", ["mentees": $0]) })
        }
        if o.isOpen, let deadline = op.deadline {
            let days = clock.days(until: deadline)
            view.daysLeft = days == 0 ? strings["opportunity.due_today"] : strings.count("opportunity.days_left", days, ["n": format.number(days)])
            view.urgent = days < DeadlineCheck.soonDays
        }
        guard detail else { return view }
        view.descriptionHTML = o.description.map(html)
        if o.isOpen { view.apply = applyAction(op, page: "opportunity") }
        if o.isOpen, op.kind == .rehire, let referral = site.referral, let link = Self.referLink(referral, op, subject: strings.format("opportunity.refer_subject", ["title": op.title])) {
            view.refer = ReferView(url: AttributedLink.url(link, site.attribution, .init(campaign: AttributedLink.campaign("referral", op.slug), page: "opportunity")), programme: url(.referral))
        }
        return view
    }

    /// An open posting's apply button, with the source when site.yaml asks for one; `page` is
    /// where it is shown (`opportunity`, `welcome`).
    func applyAction(_ op: Opportunity, page: String) -> ActionView? {
        op.apply.map { action($0, .init(campaign: AttributedLink.campaign(op.kind.rawValue, op.slug), page: page, subject: op.title)) }
    }

    /// A call to action's button: the link with the source added (`AttributedLink`).
    func action(_ link: Link, _ use: AttributedLink.Use) -> ActionView {
        ActionView(url: AttributedLink.url(link.url, site.attribution, use), isMailto: link.isMailto)
    }

    /// The form with `opportunity=<slug>` added to its query (what it has is kept), or a mail
    /// whose subject names the position; every part percent-encoded.
    static func referLink(_ referral: SiteConfig.Referral, _ op: Opportunity, subject: String) -> String? {
        if let form = referral.form, var components = URLComponents(string: form.url) {
            components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "opportunity", value: op.slug)]
            return components.url?.absoluteString
        }
        guard let mail = referral.mail else { return nil }
        // Only unreserved characters stay as they are: `&`, `=`, `?`, `#` and `+` in a title must not
        // end or change the subject.
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encoded = subject.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
        return "mailto:\(mail)?subject=\(encoded)"
    }

    func board(_ kind: Opportunity.Kind) -> OpportunityBoardView {
        let items = derived.openOpportunities.filter { $0.opportunity.kind == kind }
        return OpportunityBoardView(
            kind: kind.rawValue, label: strings["opportunity.kind.\(kind.rawValue)"],
            lead: strings["opportunity.lead.\(kind.rawValue)"], url: url(.opportunityBoard(kind)), feedURL: url(.opportunitiesFeed(kind)),
            feedTitle: strings.format("opportunities.kind_feed_title", ["site": site.title, "kind": strings["opportunity.kind.\(kind.rawValue)"]]),
            items: items.map { opportunity($0) }, count: items.count, membersOnlyBoard: items.isEmpty ? membersOnlyBoard(kind) : nil)
    }

    // MARK: Directory

    func profile(_ p: PublishedProfile, detail: Bool = false) -> ProfileView {
        var view = ProfileView(
            name: p.name, url: url(.profile(p.slug)), initial: String(p.name.prefix(1)),
            departments: p.departments, interests: p.interests, nameEN: p.nameEN, joined: p.joined,
            tenure: p.joined.map { joined in
                p.left.map { strings.format("profile.tenure", ["joined": String(joined), "left": String($0)]) }
                    ?? strings.format("profile.joined_in", ["joined": String(joined)])
            },
            industry: p.industry.map(site.industryName), role: p.role, company: p.company,
            industryRole: p.industry.map(site.industryName).map { industry in p.role.map { strings.format("profile.industry_role", ["industry": industry, "role": $0]) } ?? industry } ?? p.role,
            mentor: p.mentor == true ? true : nil)
        guard detail else { return view }
        view.bioHTML = p.bio.map(html)
        // Always set on a page, even empty: `{{^empty(links)}}` of a missing key would show the heading.
        view.links = p.links.map { .init(label: strings.optional("profile.link.\($0.label)") ?? $0.label, url: $0.url) }
        view.email = p.email.map { .init(address: $0, url: "mailto:" + $0) }
        return view
    }

    // MARK: Asks

    func ask(_ a: PublishedAsk, detail: Bool = false) -> AskView {
        let statusKey = a.isOpen ? "ask.status.open" : "ask.status.\(a.ask.status == .open ? "closed" : a.ask.status.rawValue)"
        let asker = a.askerName ?? strings["ask.anonymous"]
        let expires = a.ask.expires.map(format.date)
        var view = AskView(
            extra: ExtraView(a.ask.extra),
            title: a.ask.title, url: url(.ask(a.ask.slug)), posted: format.date(a.ask.posted),
            postedISO: a.ask.posted.description, asker: asker, askerLine: strings.format("ask.asker_line", ["asker": asker]), isOpen: a.isOpen,
            statusLabel: strings[statusKey], tags: a.ask.tags.map { .init(name: site.tagName($0)) },
            expires: expires, expiresLine: expires.map { strings.format("ask.expires_line", ["date": $0]) })
        view.untranslated = untranslated(a.ask.at)
        guard detail else { return view }
        view.bodyHTML = a.body.map(html)
        if a.isOpen { view.respond = a.ask.respond.map { action($0, .init(campaign: AttributedLink.campaign("ask", a.ask.slug), page: "ask", subject: a.ask.title)) } }
        return view
    }
}
