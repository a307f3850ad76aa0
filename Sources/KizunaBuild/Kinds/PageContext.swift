import Foundation
import KizunaContent
import KizunaSite

/// What a page's view is made with: the derived site, every URL (the route table), the
/// theme's strings, dates and numbers in the site's language and zone, and Markdown bodies
/// with their links in place.
public struct PageContext: Sendable {
    let views: ViewBuilder

    public var site: DerivedSite { views.derived }
    public var strings: Strings { views.strings }
    public var format: DisplayFormat { views.format }

    /// The link to a page or file of the site, under base_url's path.
    public func url(_ target: RouteTarget) -> String { views.url(target) }
    /// A Markdown body as the page shows it.
    public func html(_ body: RenderedMarkdown) -> String { views.html(body) }
}

/// One entry of the search index: what kind of page, its title, link, day and searched text.
public struct SearchEntry: Encodable, Sendable {
    /// What kind of page, as the page shows it ("お知らせ", "イベント" …).
    public var kind: String
    public var title: String
    public var url: String
    /// The day it is dated (yyyy-mm-dd), when it has one.
    public var date: String?
    /// The same day as the pages write it (「2026年6月3日（水）」), shown in the results; set by
    /// the index from `date`.
    public var dateLabel: String?
    /// Searched and shown under the title.
    public var text: String
    /// Tag names, weighted above `text` in the sharded index (`SearchShards`); they are in
    /// `text` too, as shown, so the whole list (`index.json`) leaves them out.
    public var tags: [String] = []
    /// The body as plain text, matched below the rest and shown as a snippet around a match; only
    /// in the sharded index (each result's document shard), so `index.json` stays small.
    public var body: String = ""

    enum CodingKeys: String, CodingKey { case kind, title, url, date, dateLabel, text }

    public init(kind: String, title: String, url: String, date: String? = nil, text: String, tags: [String] = [], body: String = "") {
        self.kind = kind
        self.title = title
        self.url = url
        self.date = date
        self.text = text
        self.tags = tags
        self.body = body
    }

    /// Words joined for `text`, empty parts left out, with the theme's `search.separator` (what the
    /// results show between them: 「　」 in Japanese, ` · ` in English).
    public static func joined(_ parts: [String?], separator: String) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: separator)
    }
}

extension DisplayFormat {
    /// The day of an instant in the site's zone, as `yyyy-mm-dd`.
    public func isoDay(_ date: Date) -> String { LocalDate(date, zone: zone).description }
}
