/// Template dictionaries for news pages.
extension ContextBuilder {
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
}
