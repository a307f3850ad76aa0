import KizunaContent

/// A month's digest as plain text (`digest/<yyyy-mm>/index.txt`), for the mail clients and
/// mailing lists that want text: made from the digest page's own view, so it says exactly what
/// the page says, with every link absolute and on a line of its own (never broken by the wrap),
/// lines wrapped at 72 columns (`TextWrap`), LF line ends, no markup.
enum DigestText {
    static let width = 72

    /// The theme's words for the text's own furniture, one whole string each.
    struct Words {
        var heading: String
        var bullet: String
        var separator: String
        var web: String
        var all: String
        var note: String
        var subscribeTitle: String
        var subscribeLead: String
        var subscribeForm: String
        var subscribeMail: String
        var subscribeFeed: String
        var feedHint: String

        init(_ t: Strings) {
            heading = t["digest.text_heading"]
            bullet = t["digest.text_bullet"]
            separator = t["digest.text_separator"]
            web = t["digest.web"]
            all = t["digest.all"]
            note = t["footer.note"]
            subscribeTitle = t["digest.subscribe_title"]
            subscribeLead = t["digest.subscribe_lead"]
            subscribeForm = t["digest.subscribe_form"]
            subscribeMail = t["digest.subscribe_mail"]
            subscribeFeed = t["digest.subscribe_feed"]
            feedHint = t["news.feeds_hint"]
        }
    }

    static func make(_ page: DigestPage, words w: Words) -> String {
        var out: [String] = []
        func para(_ text: String, indent: String = "") { out += TextWrap.lines(text, width: width, indent: indent) }
        func blank() { if out.last != "" { out.append("") } }
        func heading(_ title: String) {
            blank()
            para(w.heading.replacingOccurrences(of: "{title}", with: title))
            out.append("")
        }

        para(page.siteTitle)
        para(page.heading)
        out.append(String(repeating: "=", count: min(width, TextWrap.columns(page.heading))))
        out.append("")
        para(page.intro)
        out.append("")
        para(w.web)
        out.append(page.webURL)

        let bulletWidth = TextWrap.columns(w.bullet)
        let indent = String(repeating: " ", count: bulletWidth)
        for section in page.sections {
            heading(section.title)
            if section.items.isEmpty { para(section.empty) }
            for (i, item) in section.items.enumerated() {
                if i > 0 { out.append("") }
                out += TextWrap.lines(item.title, width: width, indent: indent, firstIndent: w.bullet)
                if !item.meta.isEmpty { para(item.meta.joined(separator: w.separator), indent: indent) }
                if let text = item.text, !text.isEmpty { para(text, indent: indent) }
                out.append(indent + item.url)
            }
        }

        out.append("")
        out.append(String(repeating: "-", count: width))
        heading(w.subscribeTitle)
        let s = page.subscribe
        if s.hasMailing {
            para(w.subscribeLead)
            if let form = s.formURL { out += ["", w.subscribeForm, form] }
            if let mail = s.mailURL { out += ["", w.subscribeMail, mail] }
            out.append("")
        }
        para(w.feedHint)
        out += [w.subscribeFeed, s.feedURL, "", w.all, page.digestsURL, ""]
        para(w.note)
        // Control characters and noncharacters become U+FFFD, as in every output (`ControlCharacters`).
        return ControlCharacters.replaced(in: out.joined(separator: "\n") + "\n")
    }
}
