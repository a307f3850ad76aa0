/// `/digest/`: every month with a digest, newest first.
struct DigestsPage: PageBody {
    var months: [DigestMonthLink]
    /// How to receive the digest (issue 25).
    var subscribe: SubscribeView
}

struct DigestMonthLink: Encodable, Sendable {
    var label: String
    var url: String
    /// 「お知らせ3件、募集2件 …」 (`digest.counts_separator`).
    var counts: String
    /// The month's plain-text version.
    var textURL: String
}

/// `/digest/<yyyy-mm>/`: one month, e-mail ready. Its template has a layout of its own (one
/// column, styles inline, no script) and every link is absolute, so the page can be pasted
/// into a newsletter or sent as it is.
struct DigestPage: PageBody {
    var month: String
    var heading: String
    var intro: String
    var siteTitle: String
    var homeURL: String
    /// This page on the web, and the list of every digest.
    var webURL: String
    var digestsURL: String
    /// The plain-text version beside it (`index.txt`), absolute.
    var textURL: String
    var sections: [DigestSection]
    /// How to receive the digest, absolute.
    var subscribe: SubscribeView
}

struct DigestSection: Encodable, Sendable {
    var title: String
    var items: [DigestItem]
    /// Shown when the section has no items.
    var empty: String
    var hasItems: Bool { !items.isEmpty }

    init(title: String, items: [DigestItem], empty: String) {
        self.title = title
        self.items = items
        self.empty = empty
    }

    enum CodingKeys: String, CodingKey { case title, items, empty, hasItems }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(items, forKey: .items)
        try c.encode(empty, forKey: .empty)
        try c.encode(hasItems, forKey: .hasItems)
    }
}

struct DigestItem: Encodable, Sendable {
    var title: String
    /// Absolute.
    var url: String
    /// Facts shown side by side under the title (date, kind, deadline, status), each whole.
    var meta: [String]
    var text: String?
}

/// `/search/`: a form, and results the page's script fills in from the index; where to look
/// instead (the sections, the tag index and the most used tags) when nothing is found.
struct SearchPage: PageBody {
    struct Tag: Encodable, Sendable {
        var name: String
        var url: String
    }

    /// The news tags on the most posts (at most `suggested`), most used first, then by name.
    var tags: [Tag]

    static let suggested = 8
}
