/// A free page such as about, privacy or join: `content/pages/<slug>.md` → `/<slug>/`.
public struct Page: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    public var slug: String
    public var title: String
    public var description: String?
    /// Position in the site navigation; pages without it are not in the menu.
    public var menu: Int?
    public var audience: Audience
    public var draft: Bool
    public var body: MarkdownSource
    public var at: FieldLocations
}
