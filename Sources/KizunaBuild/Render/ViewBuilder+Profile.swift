import Foundation
import KizunaContent
import KizunaSite

/// A profile's page beyond the profile (issue 22): who else joined around then or works in the
/// same industry, a request to the network office to be put in touch, and a mentor's roles.
extension ViewBuilder {
    /// A profile's page: the profile, the others related to it (`directory` by slug), how to be
    /// put in touch and, for a mentor, the mentor roles.
    func profilePage(_ p: PublishedProfile, directory: [String: PublishedProfile]) -> ProfilePage {
        var view = ProfilePage(profile: profile(p, detail: true))
        let cards = { (slugs: [String]) in slugs.compactMap { directory[$0] }.map { profile($0) } }
        if let joined = p.joined, case let others = cards(p.sameYears), !others.isEmpty {
            let window = RelatedProfiles.yearWindow
            view.sameYears = .init(lead: strings.format("profile.same_years_lead", ["from": String(joined - window), "to": String(joined + window)]), profiles: others)
        }
        if let industry = p.industry, case let others = cards(p.sameIndustry), !others.isEmpty {
            view.sameIndustry = .init(lead: strings.format("profile.same_industry_lead", ["industry": site.industryName(industry)]), profiles: others)
        }
        if p.contactable, let connect = site.connect,
           let link = Self.connectLink(connect, slug: p.slug, subject: strings.format("profile.connect_subject", ["name": p.name, "slug": p.slug])) {
            view.connect = .init(url: AttributedLink.url(link, site.attribution, .init(campaign: AttributedLink.campaign("connect", p.slug), page: "profile")),
                                 isMailto: link.hasPrefix("mailto:"), note: connect.note ?? strings["profile.connect_note"])
        }
        if p.mentor == true {
            let open = derived.openOpportunities.filter { $0.opportunity.kind == .mentor }.count
            view.mentorRoles = .init(url: url(.opportunityBoard(.mentor)),
                                     label: open == 0 ? strings["profile.mentor_roles_none"] : strings.count("profile.mentor_roles_open", open, ["n": format.number(open)]))
        }
        return view
    }

    /// The office's form with `profile=<slug>` added to its query (what it has is kept), or a
    /// mail to the office whose subject names the profile; as `referLink`, every part encoded.
    static func connectLink(_ connect: SiteConfig.Connect, slug: String, subject: String) -> String? {
        if let form = connect.form, var components = URLComponents(string: form.url) {
            components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "profile", value: slug)]
            return components.url?.absoluteString
        }
        guard let mail = connect.mail else { return nil }
        return "mailto:\(mail)?subject=\(AttributedLink.encode(subject))"
    }
}
