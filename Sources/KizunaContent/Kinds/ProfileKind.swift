/// The directory's profiles: `content/alumni/<slug>.yaml`. Personal data: only what a member
/// consented to show ever leaves Derive (`PublishedProfile`).
public struct ProfileKind: ItemKind {
    public init() {}
    public var name: String { "profile" }
    public var folder: String { "alumni" }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "profile" }
    public var japaneseItemName: String { "プロフィール" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Profile? { Profile.read(reader, slug: slug) }

    /// One address, one member: the members' allowlist is made of these addresses (compared
    /// lower-cased), so a second profile with the same one is an error at its `email:`.
    public func check(_ profiles: [Profile], in content: Content, _ d: inout Diagnostics) {
        var first: [String: SourceLocation] = [:]
        for profile in profiles.sorted(by: { $0.at["email"] < $1.at["email"] }) {
            guard let email = profile.email, EmailAddress.problem(email) == nil else { continue }
            let key = EmailAddress.normalized(email)
            if let earlier = first[key] {
                d.error(profile.at["email"], ProfileMessage.duplicateEmail(email, path: earlier.path, line: earlier.line))
            } else {
                first[key] = profile.at["email"]
            }
        }
    }
}

extension Profile: ContentItem {}
