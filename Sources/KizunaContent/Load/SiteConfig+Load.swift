import Foundation

extension SiteConfig {
    static func read(_ r: FieldReader, file: SourceLocation) -> SiteConfig? {
        var at = FieldLocations(file: file)
        let title = r.string("title", required: true)
        let description = r.string("description")

        var baseURL: BaseURL?
        if let text = r.string("base_url", required: true) {
            switch BaseURL.parse(text) {
            case .success(let parsed): baseURL = parsed
            case .failure(let problem): r.error(r.location(of: "base_url"), FieldMessage.badBaseURL(field: "base_url", problem))
            }
        }
        let written = r.string("language")
        if let written, !LanguageTag.isValid(written) {
            r.error(r.location(of: "language"), SiteConfigMessage.unsupportedLanguage(written: written))
        }
        let languages = Self.languages(r, language: written)
        let language = languages.first ?? written ?? "ja"
        let untranslated = r.choice("untranslated", as: Untranslated.self) ?? .show

        var zone = SiteConfig.defaultTimeZone
        if let name = r.string("timezone") {
            if let found = TimeZone(identifier: name) {
                zone = found
            } else {
                r.error(r.location(of: "timezone"), SiteConfigMessage.unknownTimeZone(written: name, example: SiteConfig.defaultTimeZone.identifier))
            }
        }

        var country: String?
        if let written = r.string("country") {
            let code = written.uppercased()
            if code.utf8.count == 2, code.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
               Locale.Region.isoRegions.contains(where: { $0.identifier == code }) {
                country = code
            } else {
                r.error(r.location(of: "country"), SiteConfigMessage.unknownCountry(written: written))
            }
        }

        var logoAt = r.location(of: "organization")
        let organization: Organization? = r.nested("organization") { o in
            guard let name = o.string("name", required: true) else { return nil }
            let logo = o.string("logo")
            logoAt = o.location(of: "logo")
            if let logo, !logo.hasPrefix("/") {
                o.error(o.location(of: "logo"), SiteConfigMessage.logoNotSitePath)
            }
            return Organization(name: name, url: o.link("url", allowMailto: false), logo: logo)
        }
        at["organization.logo"] = logoAt
        let image = r.string("image")
        at["image"] = r.location(of: "image")
        if let image, !image.hasPrefix("/"), !(image.hasPrefix("https://") || image.hasPrefix("http://")) {
            r.error(r.location(of: "image"), SiteConfigMessage.imageNotSitePath)
        }

        let theme = r.string("theme") ?? "default"
        at["theme"] = r.location(of: "theme")
        let newsPerPage = r.int("news_per_page", range: 1...1000) ?? 20
        let feedItems = r.int("feed_items", range: 1...1000) ?? 20
        let minCell = r.int("min_cell", range: 1...1000) ?? 5
        let statsMaxAgeDays = r.int("stats_max_age_days", range: 1...3650) ?? 90
        let staleAfterDays = r.int("stale_after_days", range: 1...3650) ?? 90
        let rawHTML: Bool? = r.nested("markdown") { m in m.bool("raw_html") }
        let maxFileKB = r.int("max_file_size_kb", range: 1...100 * 1024) ?? SiteConfig.defaultMaxFileBytes / 1024

        // Segments are URL slugs (/events/segments/<slug>/); tags are matched by their slug, so
        // `Event-Report` and `event-report` are one tag; industries are matched as profiles write them.
        let segments = Self.displayNames("segments", r, normalize: { $0 }) { key in
            SlugProblem.of(key).map { SiteConfigMessage.nameKeyNotSlug(field: "segments", written: Slug.shortened(key), problem: $0.text) }
        }
        let referral: Referral? = r.nested("referral") { f in
            let (form, mail) = Self.formOrMail(f, badMail: SiteConfigMessage.referralMailNotAddress, neither: .referralNeedsFormOrMail)
            return Referral(title: f.string("title"), who: f.string("who"), reward: f.string("reward"), how: f.markdown("how"),
                            form: form, mail: mail)
        }

        let connect: Connect? = r.nested("connect") { f in
            let (form, mail) = Self.formOrMail(f, badMail: SiteConfigMessage.connectMailNotAddress, neither: .connectNeedsFormOrMail)
            return Connect(note: f.string("note"), form: form, mail: mail)
        }

        let subscribe = Self.readSubscribe(r)

        var allowlistAt = r.location(of: "members")
        let members: Members? = r.nested("members") { m in
            allowlistAt = m.location(of: "allowlist")
            let allowlist = m.string("allowlist")
            if let allowlist, allowlist.trimmed.isEmpty || allowlist.contains("\0") {
                m.error(m.location(of: "allowlist"), MembersMessage.allowlistNotPath)
            }
            return Members(who: m.string("who"), signIn: m.string("sign_in"), url: m.link("url", allowMailto: false),
                           contact: m.link("contact", allowMailto: true), logoutURL: m.link("logout_url", allowMailto: false),
                           allowlist: allowlist)
        }
        at["members.allowlist"] = allowlistAt

        // Joining and attribution (issue 19).
        let join: Join? = r.nested("join") { f in
            let form = f.link("form", required: true, allowMailto: false)
            var fields: [Profile.Field] = []
            if let items = f.list("fields") {
                for item in items {
                    guard let text = item.scalar, let field = Profile.Field(rawValue: text) else {
                        let allowed = Profile.Field.allCases.map(\.rawValue)
                        let meant = item.scalar.flatMap { Suggestion.nearest(to: $0, in: allowed) }
                        f.error(item.location, SiteConfigMessage.joinFieldUnknown(item.scalar.map(WrittenValue.text) ?? item.shape, allowed: allowed, meant: meant))
                        continue
                    }
                    if !fields.contains(field) { fields.append(field) }
                }
            } else {
                fields = Profile.Field.allCases
            }
            let join = Join(title: f.string("title"), description: f.string("description"), who: f.markdown("who"), offers: f.markdown("offers"),
                            form: form ?? Link(url: "https://example.invalid/"), steps: f.markdown("steps"), fields: fields,
                            change: f.markdown("change"), access: f.markdown("access"), welcomeTitle: f.string("welcome_title"))
            return form == nil ? nil : join
        }
        let attribution: Attribution? = r.nested("attribution") { a in
            let source = a.string("utm_source", required: true), medium = a.string("utm_medium")
            return source.map { Attribution(source: $0, medium: medium ?? "portal") }
        }
        let tags = Self.displayNames("tags", r, normalize: Tag.slug) { key in
            Tag.slug(key).isEmpty ? SiteConfigMessage.nameKeyNotTag(written: .text(key)) : nil
        }
        let industries = Self.displayNames("industries", r, normalize: { $0 }) { _ in nil }

        guard let title, let baseURL else { return nil }
        var site = SiteConfig(
            title: title, description: description, base: baseURL, language: language, timeZone: zone,
            organization: organization, theme: theme, newsPerPage: newsPerPage, minCell: minCell,
            allowRawHTML: rawHTML ?? false, maxFileBytes: maxFileKB * 1024, segments: segments, at: at)
        site.feedItems = feedItems
        site.languages = languages
        site.untranslated = untranslated
        site.country = country
        site.image = image
        site.tags = tags
        site.extra = r.extra()
        site.industries = industries
        site.referral = referral
        site.connect = connect
        site.subscribe = subscribe
        site.members = members
        site.join = join
        site.attribution = attribution
        site.statsMaxAgeDays = statsMaxAgeDays
        site.staleAfterDays = staleAfterDays
        return site
    }

    /// `field: {key: 名前}` or `field: {key: {ja: 名前, en: Name}}`, every problem located.
    /// `keyProblem` refuses keys that cannot be used (a segment must make a URL).
    static func displayNames(_ field: String, _ r: FieldReader, normalize: @escaping @Sendable (String) -> String,
                             keyProblem: (String) -> SiteConfigMessage?) -> DisplayNames {
        var names = DisplayNames(normalize: normalize)
        guard let node = r.value(field) else { return names }
        guard case .mapping(let pairs) = node.kind else {
            r.error(node.location, SiteConfigMessage.namesNotMapping(field: field))
            return names
        }
        var firstAt: [String: Int] = [:]
        for (keyNode, value) in pairs {
            guard let key = keyNode.scalar?.trimmed, !keyNode.isNull else {
                r.error(keyNode.location, SiteConfigMessage.nameKeyNotTag(written: keyNode.shape))
                continue
            }
            if let problem = keyProblem(key) {
                r.error(keyNode.location, problem)
                continue
            }
            var entry = DisplayNames.Entry(key: key)
            if let name = value.scalar?.trimmed, !value.isNull, !name.isEmpty {
                entry.everyLanguage = name
            } else if case .mapping(let perLanguage) = value.kind {
                for (languageNode, nameNode) in perLanguage {
                    let language = languageNode.scalar ?? ""
                    guard LanguageTag.isValid(language) else {
                        r.error(languageNode.location, SiteConfigMessage.nameLanguageUnknown(field: field, key: key, language: language))
                        continue
                    }
                    guard let name = nameNode.scalar?.trimmed, !nameNode.isNull, !name.isEmpty else {
                        r.error(nameNode.location, SiteConfigMessage.nameNotText(field: field, key: key))
                        continue
                    }
                    entry.byLanguage[language] = name
                }
                if entry.byLanguage.isEmpty { continue }
            } else {
                r.error(value.location, SiteConfigMessage.nameNotText(field: field, key: key))
                continue
            }
            if names.add(entry) {
                firstAt[normalize(key)] = keyNode.location.line
            } else {
                r.error(keyNode.location, SiteConfigMessage.nameKeyTwice(field: field, key: key, line: firstAt[normalize(key)] ?? 0))
            }
        }
        return names
    }

    /// `languages: [ja, en]`: codes, each once; `language:`, when also written, must be the first.
    static func languages(_ r: FieldReader, language: String?) -> [String] {
        guard let nodes = r.list("languages") else { return [] }
        var seen: Set<String> = []
        var codes: [String] = []
        for node in nodes {
            guard let code = node.scalar, LanguageTag.isValid(code) else {
                r.error(node.location, SiteConfigMessage.languagesItemNotCode(written: node.written))
                continue
            }
            if !seen.insert(code).inserted {
                r.error(node.location, SiteConfigMessage.languageTwice(code))
                continue
            }
            codes.append(code)
        }
        if nodes.isEmpty { r.error(r.location(of: "languages"), SiteConfigMessage.languagesEmpty) }
        if let language, let first = codes.first, language != first {
            r.error(r.location(of: "language"), SiteConfigMessage.languageNotFirst(language: language, first: first))
        }
        return codes
    }


    /// Where requests go (`referral:`, `connect:`): a web form, or an address to mail; at least
    /// one. A `?` or `&` in the address would add fields to the mail, so it is refused.
    static func formOrMail(_ f: FieldReader, badMail: (String) -> SiteConfigMessage, neither: SiteConfigMessage) -> (form: Link?, mail: String?) {
        let form = f.link("form", allowMailto: false)
        var mail = f.string("mail")
        if let address = mail, case .failure = Link.parse("mailto:" + address, allowMailto: true) {
            f.error(f.location(of: "mail"), badMail(address))
            mail = nil
        } else if let address = mail, !address.contains("@") || address.contains("?") || address.contains("&") {
            f.error(f.location(of: "mail"), badMail(address))
            mail = nil
        }
        if form == nil && mail == nil && !f.has("form") && !f.has("mail") {
            f.error(f.location, neither)
        }
        return (form, mail)
    }
}
