import Foundation
import KizunaContent

/// A feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), keys sorted so the file is the
/// same byte for byte on every build.
enum JSONFeed {
    struct Document: Encodable {
        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var description: String?
        var homePageURL: String
        var feedURL: String
        var language: String
        var authors: [Author]
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, description, language, authors, items
            case homePageURL = "home_page_url", feedURL = "feed_url"
        }
    }

    struct Author: Encodable { var name: String }

    struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var contentHTML: String
        var summary: String
        var image: String?
        var datePublished: String
        var dateModified: String
        var authors: [Author]
        var tags: [String]

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, image, authors, tags
            case contentHTML = "content_html", datePublished = "date_published", dateModified = "date_modified"
        }
    }

    static func data(_ feed: Feed) throws -> Data {
        let document = Document(
            title: feed.title, description: feed.subtitle, homePageURL: feed.homeURL, feedURL: feed.feedURL,
            language: feed.language, authors: [Author(name: feed.author)],
            items: feed.entries.map {
                Item(id: $0.id, url: $0.url, title: $0.title, contentHTML: $0.contentHTML, summary: $0.summary,
                     image: $0.image, datePublished: $0.published, dateModified: $0.updated,
                     authors: [Author(name: $0.author)], tags: $0.tags.map(\.name))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // No control character reaches a reader, raw or escaped (`ControlCharacters`).
        return ControlCharacters.replaced(inJSON: try encoder.encode(document)) + Data("\n".utf8)
    }
}
