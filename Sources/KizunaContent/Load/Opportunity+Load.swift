extension Opportunity {
    static func read(_ r: FieldReader, slug: String) -> Opportunity? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        for key in ["apply", "deadline", "posted", "status", "compensation", "filled_at"] { at[key] = r.location(of: key) }
        let title = r.string("title", required: true)
        let kind = r.choice("kind", as: Kind.self, required: true)
        let posted = r.date("posted", required: true)
        let compensation: Compensation? = r.nested("compensation") { c in
            let min = c.int("min", range: 0...1_000_000_000)
            let max = c.int("max", range: 0...1_000_000_000)
            if let min, let max, max < min {
                c.error(c.location(of: "max"), "'compensation.max' (\(max)) is below 'compensation.min' (\(min))")
            }
            if min == nil && max == nil {
                c.error(c.location, "'compensation' needs 'min', 'max' or both")
            }
            let currency = c.string("currency") ?? "JPY"
            if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                c.error(c.location(of: "currency"), "'compensation.currency' must be a 3-letter ISO 4217 code such as JPY, not '\(currency)'")
            }
            guard let unit = c.choice("unit", as: Compensation.Unit.self, required: true) else { return nil }
            return Compensation(min: min, max: max, currency: currency, unit: unit)
        }
        let description = r.markdown("description")
        let summary = r.string("summary"), department = r.string("department"), location = r.string("location")
        let remote = r.choice("remote", as: Remote.self), employment = r.choice("employment", as: Employment.self)
        let deadline = r.date("deadline"), status = r.choice("status", as: Status.self) ?? .open
        let apply = r.link("apply"), tags = r.strings("tags"), audience = r.choice("audience", as: Audience.self) ?? .members
        let filledAt = r.date("filled_at")
        guard let title, let kind, let posted else { return nil }
        var opportunity = Opportunity(
            slug: slug, title: title, kind: kind, summary: summary, description: description,
            department: department, location: location, remote: remote, employment: employment,
            compensation: compensation, posted: posted, deadline: deadline, status: status, apply: apply, tags: tags,
            audience: audience, at: at)
        opportunity.filledAt = filledAt
        return opportunity
    }
}
