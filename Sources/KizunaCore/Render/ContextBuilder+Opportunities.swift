/// Template dictionaries for opportunities pages.
extension ContextBuilder {
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
        if o.isOpen, let apply = o.opportunity.apply { item["apply"] = action(apply) }
        return item
    }
}
