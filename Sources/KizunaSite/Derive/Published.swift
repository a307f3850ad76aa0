import KizunaContent
/// Items that made it into this build, with their Markdown rendered once.
public struct PublishedPost: Sendable {
    public var post: NewsPost
    public var body: RenderedMarkdown
    public var summary: String
    /// Whole minutes to read the body (`ReadingTime`).
    public var readingMinutes: Int = 1
    /// Up to three posts sharing its tags, as slugs (`RelatedPosts`).
    public var related: [String] = []
}

public struct PublishedEvent: Sendable {
    public var event: Event
    public var description: RenderedMarkdown?
    public var isPast: Bool
    /// The online join link where this build may show it: members builds only (pages, calendars
    /// and JSON-LD all read it here).
    public var joinURL: String? = nil
}

public struct PublishedOpportunity: Sendable {
    public var opportunity: Opportunity
    public var description: RenderedMarkdown?
    public var isOpen: Bool
}

public struct PublishedAsk: Sendable {
    public var ask: Ask
    public var body: RenderedMarkdown?
    public var isOpen: Bool
    /// The asker's consented name, or nil to show the ask anonymously.
    public var askerName: String?
}

public struct PublishedPage: Sendable {
    public var page: Page
    public var body: RenderedMarkdown
}

/// A news tag and its posts, newest first.
public struct TagGroup: Sendable {
    public var name: String
    public var slug: String
    /// The `tags:` field of the newest post with the tag.
    public var source: SourceLocation
    public var posts: [PublishedPost]

    /// Tag pages are paginated like the news list: a tag on thousands of posts is not one huge page.
    public func pages(perPage: Int) -> Paginated<PublishedPost> { Paginated(posts, perPage: perPage) }
}
