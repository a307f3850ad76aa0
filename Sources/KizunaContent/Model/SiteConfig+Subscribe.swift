/// How readers receive the monthly digest (`subscribe:`, issue 25): a sign-up form, a
/// mailing-list address, or both. The digest pages, their plain-text versions and the digest
/// list show them beside the news feed, which every portal has.
extension SiteConfig {
    public struct Subscribe: Sendable, Equatable {
        /// A sign-up form: http(s) only (it collects an address; a `mailto:` is `mail`).
        public var form: Link?
        /// The mailing list's address, without `mailto:`.
        public var mail: String?

        public init(form: Link? = nil, mail: String? = nil) {
            self.form = form
            self.mail = mail
        }

        /// `mailto:` and the address, for a link.
        public var mailURL: String? { mail.map { "mailto:" + $0 } }
    }

    /// `subscribe: {form: https://…, mail: digest@example.com}`; `mail` may also be written as a
    /// `mailto:` link. Anything else — another scheme, a `?` that would add fields to the mail,
    /// neither of the two — is a located error.
    static func readSubscribe(_ r: FieldReader) -> Subscribe? {
        r.nested("subscribe") { f in
            let form = f.link("form", allowMailto: false)
            var mail = f.string("mail")?.trimmed
            if let written = mail {
                let address = written.lowercased().hasPrefix("mailto:") ? String(written.dropFirst(7)) : written
                if case .failure = Link.parse("mailto:" + address, allowMailto: true) {
                    mail = nil
                } else if !address.contains("@") || address.contains("?") || address.contains("&") || address.contains(":") {
                    mail = nil
                } else {
                    mail = address
                }
                if mail == nil { f.error(f.location(of: "mail"), SiteConfigMessage.subscribeMailNotAddress(written: written)) }
            }
            if form == nil && mail == nil && !f.has("form") && !f.has("mail") {
                f.error(f.location, SiteConfigMessage.subscribeNeedsFormOrMail)
            }
            return form == nil && mail == nil ? nil : Subscribe(form: form, mail: mail)
        }
    }
}
