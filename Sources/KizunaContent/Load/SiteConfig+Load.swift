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
        let language = r.string("language") ?? "ja"
        if !["ja", "en"].contains(language) {
            r.error(r.location(of: "language"), "'language' must be ja or en (the languages the theme has strings for), not '\(language)'")
        }

        var zone = SiteConfig.defaultTimeZone
        if let name = r.string("timezone") {
            if let found = TimeZone(identifier: name) {
                zone = found
            } else {
                r.error(r.location(of: "timezone"), "'timezone' must be an IANA time zone such as \(SiteConfig.defaultTimeZone.identifier), not '\(name)'")
            }
        }

        var logoAt = r.location(of: "organization")
        let organization: Organization? = r.nested("organization") { o in
            guard let name = o.string("name", required: true) else { return nil }
            let logo = o.string("logo")
            logoAt = o.location(of: "logo")
            if let logo, !logo.hasPrefix("/") {
                o.error(o.location(of: "logo"), "'organization.logo' must be a site path starting with '/', such as /static/logo.svg")
            }
            return Organization(name: name, url: o.link("url", allowMailto: false), logo: logo)
        }
        at["organization.logo"] = logoAt
        let image = r.string("image")
        at["image"] = r.location(of: "image")
        if let image, !image.hasPrefix("/"), !(image.hasPrefix("https://") || image.hasPrefix("http://")) {
            r.error(r.location(of: "image"), "'image' must be a site path starting with '/' (such as /static/share.png) or an http(s) address")
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

        var segments: [(slug: String, label: String)] = []
        if let node = r.value("segments") {
            if case .mapping(let pairs) = node.kind {
                for (key, value) in pairs {
                    guard let slug = key.scalar, Slug.problem(slug) == nil else {
                        let problem = key.scalar.flatMap(Slug.problem) ?? "must be a slug"
                        r.error(key.location, "segment '\(Slug.shortened(key.scalar ?? ""))' \(problem)")
                        continue
                    }
                    guard let label = value.scalar, !value.isNull else {
                        r.error(value.location, "the label of segment '\(slug)' must be text")
                        continue
                    }
                    segments.append((slug, label))
                }
            } else {
                r.error(node.location, "'segments' must map each segment slug to its label, e.g. {hr-alumni: 人事部門OB・OG}")
            }
        }

        let referral: Referral? = r.nested("referral") { f in
            let form = f.link("form", allowMailto: false)
            var mail = f.string("mail")
            if let address = mail, case .failure = Link.parse("mailto:" + address, allowMailto: true) {
                f.error(f.location(of: "mail"), "'referral.mail' must be an e-mail address such as referral@example.com, not '\(address)'")
                mail = nil
            } else if let address = mail, !address.contains("@") || address.contains("?") || address.contains("&") {
                f.error(f.location(of: "mail"), "'referral.mail' must be an e-mail address such as referral@example.com, not '\(address)'")
                mail = nil
            }
            if form == nil && mail == nil && !f.has("form") && !f.has("mail") {
                f.error(f.location, "'referral' needs a 'form' (https://…) or a 'mail' address to send referrals to")
            }
            return Referral(title: f.string("title"), who: f.string("who"), reward: f.string("reward"), how: f.markdown("how"),
                            form: form, mail: mail)
        }

        // Display names of tags: `event-report: イベントレポート`, or one per language.
        var tagNames: [String: String] = [:]
        if let node = r.value("tags") {
            if case .mapping(let pairs) = node.kind {
                for (key, value) in pairs {
                    guard let written = key.scalar, !Tag.slug(written).isEmpty else {
                        r.error(key.location, "a key of 'tags' must be a tag as posts write it, such as event-report")
                        continue
                    }
                    if let name = value.scalar, !value.isNull, !name.isEmpty {
                        tagNames[Tag.slug(written)] = name
                    } else if case .mapping(let names) = value.kind {
                        let byLanguage = Dictionary(names.compactMap { k, v in k.scalar.flatMap { l in v.scalar.map { (l, $0) } } }, uniquingKeysWith: { a, _ in a })
                        if let name = byLanguage[language] ?? byLanguage["en"] ?? byLanguage["ja"] { tagNames[Tag.slug(written)] = name }
                        for (k, _) in names where !["ja", "en"].contains(k.scalar ?? "") {
                            r.error(k.location, "the names of tag '\(written)' are given per language: ja and en")
                        }
                    } else {
                        r.error(value.location, "the display name of tag '\(written)' must be text, or one per language ({ja: イベントレポート, en: Event report})")
                    }
                }
            } else {
                r.error(node.location, "'tags' must map each tag to its display name, e.g. {event-report: イベントレポート}")
            }
        }

        guard let title, let baseURL else { return nil }
        var site = SiteConfig(
            title: title, description: description, base: baseURL, language: language, timeZone: zone,
            organization: organization, theme: theme, newsPerPage: newsPerPage, minCell: minCell,
            allowRawHTML: rawHTML ?? false, maxFileBytes: maxFileKB * 1024, segments: segments, at: at)
        site.feedItems = feedItems
        site.image = image
        site.tagNames = tagNames
        site.referral = referral
        site.statsMaxAgeDays = statsMaxAgeDays
        site.staleAfterDays = staleAfterDays
        return site
    }
}
