/// Template dictionaries for asks pages.
extension ContextBuilder {
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
        if a.isOpen, let respond = a.ask.respond { item["respond"] = action(respond) }
        return item
    }
}
