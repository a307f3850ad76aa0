extension Opportunity {
    static func read(_ r: FieldReader, slug: String) -> Opportunity? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        for key in ["apply", "deadline", "posted", "status", "compensation", "filled_at", "tags"] { at[key] = r.location(of: key) }
        let title = r.string("title", required: true)
        let kind = r.choice("kind", as: Kind.self, required: true)
        let posted = r.date("posted", required: true)
        let compensation: Compensation? = r.nested("compensation") { c in
            let min = c.int("min", range: 0...1_000_000_000)
            let max = c.int("max", range: 0...1_000_000_000)
            if let min, let max, max < min {
                c.error(c.location(of: "max"), OpportunityMessage.maxBelowMin(max: max, min: min))
            }
            if min == nil && max == nil {
                c.error(c.location, OpportunityMessage.amountMissing)
            }
            let currency = c.string("currency") ?? "JPY"
            if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                c.error(c.location(of: "currency"), OpportunityMessage.badCurrency(currency))
            }
            guard let unit = c.choice("unit", as: Compensation.Unit.self, required: true) else { return nil }
            return Compensation(min: min, max: max, currency: currency, unit: unit)
        }
        let description = r.markdown("description")
        let summary = r.string("summary"), department = r.string("department"), location = r.string("location")
        let remote = r.choice("remote", as: Remote.self), employment = r.choice("employment", as: Employment.self)
        let deadline = r.date("deadline"), status = r.choice("status", as: Status.self) ?? .open
        let apply = r.link("apply"), tags = r.strings("tags"), audience = r.choice("audience", as: Audience.self) ?? .members
        let filledAt = r.date("filled_at"), draft = r.bool("draft") ?? false
        // Rules within the file are checked here, not in Validate, so they are reported with its field errors.
        if let posted, let deadline, deadline < posted {
            r.error(r.location(of: "deadline"), OpportunityMessage.deadlineBeforePosted(deadline: "\(deadline)", posted: "\(posted)"))
        }
        if let posted, let filledAt, filledAt < posted {
            r.error(r.location(of: "filled_at"), OpportunityMessage.filledBeforePosted(filled: "\(filledAt)", posted: "\(posted)"))
        }
        let engagement: Engagement? = r.nested("engagement") { e in
            let hours = e.string("hours_per_month").flatMap { text -> Double? in
                guard let value = Double(text), value > 0, value <= 744 else {
                    e.error(e.location(of: "hours_per_month"), OpportunityMessage.badHours(text))
                    return nil
                }
                return value
            }
            return Engagement(format: e.string("format"), frequency: e.string("frequency"), sessions: e.int("sessions", range: 1...1000),
                              hoursPerMonth: hours, mentees: e.string("mentees"))
        }
        if engagement != nil, let kind, kind != .mentor {
            r.error(r.location(of: "engagement"), OpportunityMessage.engagementNotMentor(kind))
        }
        if status == .open && apply == nil && !r.has("apply") {
            r.error(r.location(of: "status"), OpportunityMessage.applyNeeded)
        }
        // `filled_at` records a filled position: with any other status the two disagree.
        if filledAt != nil && status != .filled {
            r.error(r.location(of: "filled_at"), OpportunityMessage.filledButStatus(status))
        }
        guard let title, let kind, let posted else { return nil }
        var opportunity = Opportunity(
            slug: slug, title: title, kind: kind, summary: summary, description: description,
            department: department, location: location, remote: remote, employment: employment,
            compensation: compensation, posted: posted, deadline: deadline, status: status, apply: apply, tags: tags,
            audience: audience, at: at)
        opportunity.filledAt = filledAt
        opportunity.engagement = engagement
        opportunity.draft = draft
        return opportunity
    }
}
