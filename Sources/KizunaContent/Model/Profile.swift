/// A directory profile as written by the editors: `content/alumni/<slug>.yaml`. It holds
/// personal data; templates never see it. Only `PublishedProfile` (consented fields) leaves Derive.
public struct Profile: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    /// The fields a member can consent to show. Raw values are the YAML keys.
    public enum Field: String, CaseIterable, Sendable, Hashable {
        case name, nameEN = "name_en", joined, left, departments, industry, role, company
        case interests, mentor, bio, links, email
    }

    public struct Consent: Sendable {
        public var directory: Bool
        public var fields: Set<Field>
        public var stats: Bool
        /// May be put in touch by the network office (`consent.contact`, default false): the
        /// profile offers a "connect" request to the office (site.yaml `connect:`), never an address.
        public var contact: Bool = false
    }

    public var slug: String
    public var name: String
    /// How `name` is read, in kana (`やまだ はなこ`): for sorting and finding the directory by
    /// reading. Shown only with `name`'s consent (it is part of the name, not a field of its own).
    public var nameKana: String? = nil
    public var nameEN: String?
    public var joined: Int
    public var left: Int?
    public var departments: [String]
    public var industry: String?
    public var role: String?
    public var company: String?
    public var interests: [String]
    public var mentor: Bool?
    public var bio: MarkdownSource?
    public var links: [(label: String, link: Link)]
    public var email: String?
    public var consent: Consent
    public var at: FieldLocations

    /// Listed in the directory: the member agreed to it, with their name. Everything that shows
    /// a member (the directory, an ask's asker) asks this.
    public var isListed: Bool { consent.directory && consent.fields.contains(.name) }
}
