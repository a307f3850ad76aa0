import KizunaContent
/// A directory profile reduced to what its member consented to show. This is the only form of
/// a profile the Render stage ever sees: a field that is nil here cannot leak into any output.
public struct PublishedProfile: Sendable {
    public var slug: String
    /// The profile's file, for its route and for errors in its bio.
    public var source: SourceLocation
    public var name: String
    /// The name's reading: consented with `name` (a listed profile always shows its name).
    public var nameKana: String?
    public var nameEN: String?
    public var joined: Int?
    public var left: Int?
    public var departments: [String]
    public var industry: String?
    public var role: String?
    public var company: String?
    public var interests: [String]
    public var mentor: Bool?
    public var bio: RenderedMarkdown?
    public var links: [(label: String, url: String)]
    public var email: String?
    /// The member agreed to be put in touch through the network office (`consent.contact`).
    public var contactable: Bool
    /// Others in the directory who joined within `RelatedProfiles.yearWindow` years, and who
    /// work in the same industry, by slug (`RelatedProfiles`); consented fields on both sides.
    public var sameYears: [String] = []
    public var sameIndustry: [String] = []

    /// nil when the member is not listed in the directory.
    init?(_ p: Profile, markdown: MarkdownRenderer) {
        guard p.isListed else { return nil }
        let f = p.consent.fields
        slug = p.slug
        source = p.at.file
        name = p.name
        nameKana = f.contains(.name) ? p.nameKana : nil
        nameEN = f.contains(.nameEN) ? p.nameEN : nil
        joined = f.contains(.joined) ? p.joined : nil
        left = f.contains(.left) ? p.left : nil
        departments = f.contains(.departments) ? p.departments : []
        industry = f.contains(.industry) ? p.industry : nil
        role = f.contains(.role) ? p.role : nil
        company = f.contains(.company) ? p.company : nil
        interests = f.contains(.interests) ? p.interests : []
        mentor = f.contains(.mentor) ? p.mentor : nil
        bio = f.contains(.bio) ? p.bio.map { markdown.render($0) } : nil
        links = f.contains(.links) ? p.links.map { ($0.label, $0.link.url) } : []
        email = f.contains(.email) ? p.email : nil
        contactable = p.consent.contact
    }
}
