/// An alumni ask ("who can advise on …?"), published by editors: `content/asks/<slug>.yaml`.
public struct Ask: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    public enum Status: String, CaseIterable, Sendable { case open, answered, closed }

    public var slug: String
    public var title: String
    public var posted: LocalDate
    /// Slug of a profile; shown only as that profile's consented name.
    public var asker: String?
    public var body: MarkdownSource?
    public var tags: [String]
    public var respond: Link?
    public var status: Status
    public var expires: LocalDate?
    public var audience: Audience
    /// Built only with --drafts (`draft: true`; `kizuna new` starts every file as a draft).
    public var draft = false
    public var at: FieldLocations
}
