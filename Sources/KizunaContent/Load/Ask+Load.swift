extension Ask {
    static func read(_ r: FieldReader, slug: String) -> Ask? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        for key in ["asker", "respond", "status", "tags"] { at[key] = r.location(of: key) }
        let title = r.string("title", required: true)
        let posted = r.date("posted", required: true)
        let body = r.markdown("body")
        let asker = r.string("asker"), tags = r.strings("tags"), respond = r.link("respond")
        let status = r.choice("status", as: Status.self) ?? .open, expires = r.date("expires")
        let audience = r.choice("audience", as: Audience.self) ?? .members
        let draft = r.bool("draft") ?? false
        // Checked here, with the file's field errors.
        if status == .open && respond == nil && !r.has("respond") {
            r.error(r.location(of: "status"), AskMessage.respondNeeded)
        }
        guard let title, let posted else { return nil }
        var ask = Ask(
            slug: slug, title: title, posted: posted, asker: asker, body: body, tags: tags, respond: respond,
            status: status, expires: expires, audience: audience, at: at)
        ask.draft = draft
        return ask
    }
}
