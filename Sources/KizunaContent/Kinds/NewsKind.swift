/// News posts: `content/news/<slug>.md`.
public struct NewsKind: ItemKind {
    public init() {}
    public var name: String { "news" }
    public var folder: String { "news" }
    public var textFields: [String] { ["title", "summary", "author", "extra"] }
    public var format: ItemFormat { .markdown }
    public var itemName: String { "news post" }
    public var japaneseItemName: String { "お知らせ" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> NewsPost? {
        body.flatMap { NewsPost.read(reader, slug: slug, body: $0) }
    }

    public func check(_ posts: [NewsPost], in content: Content, _ d: inout Diagnostics) {
        let staticPaths = content.staticSitePaths
        for post in posts {
            if let image = post.image { SiteValidator.checkLocalPath(image, field: "image", at: post.at["image"], staticPaths, &d) }
            for tag in post.tags {
                let slug = Tag.slug(tag)
                if slug.isEmpty {
                    d.error(post.at["tags"], NewsMessage.tagWithoutLetters(tag))
                } else if slug.utf8.count > Tag.maxSlugBytes {
                    d.error(post.at["tags"], NewsMessage.tagTooLong(Slug.shortened(tag), bytes: slug.utf8.count, limit: Tag.maxSlugBytes))
                }
            }
        }
    }
}

extension NewsPost: AudienceItem {}
extension NewsPost: TaggedItem {}
