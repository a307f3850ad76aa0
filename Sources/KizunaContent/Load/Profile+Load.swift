extension Profile {
    static func read(_ r: FieldReader, slug: String) -> Profile? {
        var at = FieldLocations(file: SourceLocation(path: r.location.path))
        for key in ["joined", "left", "consent", "email"] { at[key] = r.location(of: key) }
        let name = r.string("name", required: true)
        let joined = r.int("joined", required: true, range: 1900...2200)
        var links: [(label: String, link: Link)] = []
        if let node = r.value("links") {
            if case .mapping(let pairs) = node.kind {
                var problems = Diagnostics()
                for (key, value) in pairs {
                    let label = key.scalar ?? ""
                    if let link = FieldReader.link(value, name: "links.\(label)", allowMailto: true, diagnostics: &problems) {
                        links.append((label, link))
                    }
                }
                r.absorb(problems)
            } else {
                r.error(node.location, ProfileMessage.linksNotMapping)
            }
        }
        let email = r.string("email")
        if let email, let problem = EmailAddress.problem(email) {
            r.error(r.location(of: "email"), ProfileMessage.badEmail(email, problem))
        }
        let consent: Consent = r.nested("consent") { c in
            var fields: Set<Field> = []
            if let items = c.list("fields") {
                for item in items {
                    guard let text = item.scalar, let field = Field(rawValue: text) else {
                        let allowed = Field.allCases.map(\.rawValue)
                        let meant = item.scalar.flatMap { Suggestion.nearest(to: $0, in: allowed) }
                        c.error(item.location, ProfileMessage.badConsentField(item.scalar.map(WrittenValue.text) ?? item.shape, allowed: allowed, meant: meant))
                        continue
                    }
                    fields.insert(field)
                    at["consent.fields.\(text)"] = item.location
                }
            }
            return Consent(directory: c.bool("directory") ?? false, fields: fields, stats: c.bool("stats") ?? true,
                           contact: c.bool("contact") ?? false)
        } ?? Consent(directory: false, fields: [], stats: true)
        let bio = r.markdown("bio")
        let nameEN = r.string("name_en"), left = r.int("left", range: 1900...2200), departments = r.strings("departments")
        let industry = r.string("industry"), role = r.string("role"), company = r.string("company")
        let interests = r.strings("interests"), mentor = r.bool("mentor")
        // Checked here, not in Validate, so it is reported with the other field errors.
        if let joined, let left, left < joined {
            r.error(r.location(of: "left"), ProfileMessage.leftBeforeJoined(left: left, joined: joined))
        }
        if consent.directory && !consent.fields.contains(.name) {
            r.error(r.location(of: "consent"), ProfileMessage.directoryNeedsName)
        }
        let nameKana = r.string("name_kana")
        guard let name, let joined else { return nil }
        var profile = Profile(
            slug: slug, name: name, nameEN: nameEN, joined: joined, left: left, departments: departments,
            industry: industry, role: role, company: company, interests: interests, mentor: mentor, bio: bio,
            links: links, email: email, consent: consent, at: at)
        profile.nameKana = nameKana
        return profile
    }
}
