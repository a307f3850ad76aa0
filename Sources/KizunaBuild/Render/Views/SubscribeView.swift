/// Where a reader subscribes (site.yaml `subscribe:`, issue 25): the digest's sign-up form and
/// mailing list when the site has them, and always the news feed. The digest page and its text
/// version carry absolute addresses (they are mailed); the site's pages carry its own links.
struct SubscribeView: Encodable, Sendable {
    var formURL: String?
    /// `mailto:` and the list's address; `mail` is the address alone, as shown.
    var mailURL: String?
    var mail: String?
    /// The news' Atom feed.
    var feedURL: String
    /// A form or a list: the digest itself can be received, not only the feed.
    var hasMailing: Bool { formURL != nil || mailURL != nil }

    enum CodingKeys: String, CodingKey { case formURL, mailURL, mail, feedURL, hasMailing }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(formURL, forKey: .formURL)
        try c.encodeIfPresent(mailURL, forKey: .mailURL)
        try c.encodeIfPresent(mail, forKey: .mail)
        try c.encode(feedURL, forKey: .feedURL)
        try c.encode(hasMailing, forKey: .hasMailing)
    }
}
