/// Template dictionaries for directory pages.
extension ContextBuilder {
    func profileItem(_ p: PublishedProfile) -> [String: Any] {
        var item: [String: Any] = [
            "name": p.name,
            "url": link(SitePaths.profile(p.slug)),
            "initial": String(p.name.prefix(1)),
            "departments": p.departments,
            "interests": p.interests,
        ]
        if let v = p.nameEN { item["name_en"] = v }
        if let joined = p.joined {
            item["joined"] = joined
            item["tenure"] = p.left.map { strings.format("profile.tenure", ["joined": String(joined), "left": String($0)]) }
                ?? strings.format("profile.joined_in", ["joined": String(joined)])
        }
        if let v = p.industry { item["industry"] = v }
        if let v = p.role { item["role"] = v }
        if let v = p.company { item["company"] = v }
        if p.mentor == true { item["mentor"] = true }
        return item
    }

    func profileDetail(_ p: PublishedProfile) -> [String: Any] {
        var item = profileItem(p)
        if let bio = p.bio { item["bio_html"] = bio.html }
        if !p.links.isEmpty {
            item["links"] = p.links.map { ["label": strings.values["profile.link.\($0.label)"] ?? $0.label, "url": $0.url] }
        }
        if let email = p.email { item["email"] = ["address": email, "url": "mailto:" + email] }
        return item
    }
}
