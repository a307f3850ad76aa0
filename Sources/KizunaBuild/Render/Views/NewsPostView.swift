import KizunaContent
import KizunaSite
/// A news post as a card (lists, tag pages, home, neighbours) and, with its body, as a page.
struct NewsPostView: Encodable, Sendable {
    /// The item's text is in another language than the page's (no translation); nil otherwise.
    var untranslated: UntranslatedView? = nil
    /// The item's `extra:` (`{{extra.room}}`).
    var extra: ExtraView?
    struct Heading: Encodable, Sendable {
        var text: String
        var id: String
    }

    struct TableOfContents: Encodable, Sendable {
        var items: [Heading]
    }

    var title: String
    var url: String
    var date: String
    var dateISO: String
    var summary: String
    var tags: [TagLinkView]
    var membersOnly: Bool
    var draft: Bool
    var author: String?
    /// 「投稿者：運営事務局」 (`news.byline`), when the post names its author.
    var byline: String?
    var image: String?
    /// `3分で読めます`.
    var readingTime: String
    /// The image's size in pixels, when it is a file of the site the build could read.
    var imageWidth: Int?
    var imageHeight: Int?
    /// Detail only.
    var bodyHTML: String?
    /// Detail only, when the post has at least three sections.
    var toc: TableOfContents?
}

struct TagLinkView: Encodable, Sendable {
    var name: String
    var url: String
}

struct TagCountView: Encodable, Sendable {
    var name: String
    var url: String
    var count: Int
}

struct PaginationView: Encodable, Sendable {
    struct PageLink: Encodable, Sendable {
        var n: Int
        var url: String
        var current: Bool
        /// Stands for the pages left out between two links (`…`).
        var gap: Bool
    }

    var current: Int
    var total: Int
    var label: String
    var pages: [PageLink]
    var prevURL: String?
    var nextURL: String?
}
