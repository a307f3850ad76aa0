import Foundation
import KizunaContent
import KizunaSite

/// schema.org `JobPosting` for an open opportunity's page, with what Google for Jobs requires
/// (title, description as HTML, datePosted, hiringOrganization, jobLocation or remote) and
/// recommends (validThrough, employmentType, baseSalary, identifier, directApply). Never on a
/// closed, filled or expired posting: Google must not list it.
extension ViewBuilder {
    func jobPostingStructuredData(_ o: PublishedOpportunity) -> String? {
        guard o.isOpen else { return nil }
        let op = o.opportunity
        let page = routes.absoluteURL(.opportunity(op.slug))
        // Read away from the page (Google for Jobs shows it on its own): links absolute.
        let description = o.description.map { bodies.html($0, .absolute(page: .opportunity(op.slug))) }
            ?? "<p>\(HTMLEscape.text(op.summary ?? op.title))</p>"
        var data: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": op.title,
            "description": description,
            "datePosted": op.posted.description,
            "url": page,
            "identifier": ["@type": "PropertyValue", "name": site.organization?.name ?? site.title, "value": op.slug],
        ]
        var organization: [String: Any] = ["@type": "Organization", "name": site.organization?.name ?? site.title]
        if let url = site.organization?.url?.url { organization["sameAs"] = url }
        if let logo = site.organization?.logo { organization["logo"] = routes.paths.origin + routes.url(forSitePath: logo) }
        data["hiringOrganization"] = organization
        // The last moment the posting is open: the end of the deadline day in the site's zone.
        if let deadline = op.deadline { data["validThrough"] = format.iso(deadline.end(in: clock.zone).addingTimeInterval(-1)) }
        if let employment = op.employment {
            data["employmentType"] = [Opportunity.Employment.fullTime: "FULL_TIME", .partTime: "PART_TIME",
                                      .contractor: "CONTRACTOR", .temporary: "TEMPORARY"][employment]
        }
        let country = site.country
        if op.remote == .yes {
            data["jobLocationType"] = "TELECOMMUTE"
            // Google requires a location requirement with TELECOMMUTE: the site's country, else none.
            if let country { data["applicantLocationRequirements"] = ["@type": "Country", "name": country] }
        }
        if let location = op.location, op.remote != .yes {
            data["jobLocation"] = ["@type": "Place", "address": ["@type": "PostalAddress", "addressLocality": location,
                                                                 "addressCountry": country].compactMapValues { $0 }]
        }
        // `project` has no unitText in schema.org's vocabulary for pay: a fee per project is left out.
        if let pay = op.compensation, pay.unit != .project, pay.min != nil || pay.max != nil {
            var value: [String: Any] = ["@type": "QuantitativeValue", "unitText": pay.unit.rawValue.uppercased()]
            if let min = pay.min { value["minValue"] = min }
            if let max = pay.max { value["maxValue"] = max }
            if pay.min != nil && pay.min == pay.max { value["value"] = pay.min }
            data["baseSalary"] = ["@type": "MonetaryAmount", "currency": pay.currency, "value": value]
        }
        if let apply = op.apply { data["directApply"] = !apply.isMailto }
        return JSONLD.script(data)
    }
}
