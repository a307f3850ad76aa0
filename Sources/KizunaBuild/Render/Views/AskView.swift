import KizunaContent
import KizunaSite
/// An alumni ask as a card and, with its body, as a page.
struct AskView: Encodable, Sendable {
    /// The item's text is in another language than the page's (no translation); nil otherwise.
    var untranslated: UntranslatedView? = nil
    /// The item's `extra:` (`{{extra.room}}`).
    var extra: ExtraView?
    struct TagName: Encodable, Sendable {
        var name: String
    }

    var title: String
    var url: String
    var posted: String
    var postedISO: String
    /// The asker's consented name, or the theme's word for an anonymous member.
    var asker: String
    /// 「相談者：山田 花子」 (`ask.asker_line`).
    var askerLine: String
    var isOpen: Bool
    var statusLabel: String
    var tags: [TagName]
    var expires: String?
    /// 「受付期限：2026年12月1日（火）」 (`ask.expires_line`).
    var expiresLine: String?
    // Detail only:
    var bodyHTML: String?
    /// Only while open.
    var respond: ActionView?
}

/// A free page (`content/pages/<slug>.md`): `{{#page}}{{title}}{{{body_html}}}{{/page}}`.
struct FreePageView: Encodable, Sendable {
    var title: String
    var bodyHTML: String
    var extra: ExtraView?
}
