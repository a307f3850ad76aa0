extension NewsPost {
    static func read(_ r: FieldReader, slug: String, body: MarkdownSource) -> NewsPost? {
        var at = FieldLocations(file: SourceLocation(path: body.location.path))
        for key in ["title", "date", "image", "tags"] { at[key] = r.location(of: key) }
        let title = r.string("title", required: true)
        let date = r.timestamp("date", required: true)
        let updated = r.timestamp("updated")
        if let updated, let date, updated < date {
            r.error(r.location(of: "updated"), NewsMessage.updatedBeforeDate)
        }
        var post = NewsPost(
            slug: slug,
            title: title ?? "",
            date: date ?? Timestamp(date: .distantPast, hasTime: false),
            tags: r.strings("tags"),
            summary: r.string("summary"),
            author: r.string("author"),
            draft: r.bool("draft") ?? false,
            audience: r.choice("audience", as: Audience.self) ?? .public,
            image: r.string("image"),
            body: body,
            at: at)
        post.updated = updated
        return title == nil || date == nil ? nil : post
    }
}

extension Page {
    static func read(_ r: FieldReader, slug: String, body: MarkdownSource) -> Page? {
        var at = FieldLocations(file: SourceLocation(path: body.location.path))
        if r.has("slug") { at["slug"] = r.location(of: "slug") }
        let title = r.string("title", required: true), description = r.string("description")
        let menu = r.int("menu", range: 0...1000), audience = r.choice("audience", as: Audience.self) ?? .public
        let draft = r.bool("draft") ?? false
        guard let title else { return nil }
        return Page(slug: slug, title: title, description: description, menu: menu, audience: audience,
                    draft: draft, body: body, at: at)
    }
}
