import Foundation
import KizunaContent

/// Warnings only `kizuna check` prints: loose ends an editor can tie up, which are not wrong
/// enough to fail a build or to fill the log of every scheduled one.
package enum EditorCheck {
    package static let reportDays = 60

    package static func warnings(_ d: DerivedSite, profiles: [Profile]) -> Diagnostics {
        var diagnostics = Diagnostics()
        let clock = d.clock
        // A held event's page keeps saying only what was planned until it links its report. Only
        // events of the last `reportDays` days: a report comes within weeks, and a warning about
        // an old event without one would only nag (the editor has decided).
        let since = clock.now.addingTimeInterval(-Double(reportDays) * 86_400)
        // A cancelled or postponed event was not held: nothing to report.
        for published in d.pastEvents where published.event.report == nil && [.scheduled, .rescheduled].contains(published.event.status) {
            let event = published.event
            guard event.finish.date >= since else { continue }
            let day = LocalDate(event.finish.date, zone: clock.zone)
            diagnostics.warning(event.at["report"], SiteMessage.eventWithoutReport(slug: event.slug, ended: day))
        }
        // Consent to show a field that is empty shows nothing: usually a field forgotten at sign-up.
        // Only listed profiles: an unlisted one shows nothing anyway.
        for profile in profiles where profile.consent.directory {
            for field in Profile.Field.allCases where profile.consent.fields.contains(field) && !profile.has(field) {
                diagnostics.warning(profile.at["consent.fields.\(field.rawValue)"], SiteMessage.consentToEmptyField(field: field.rawValue))
            }
        }
        // The network page shows snapshots only: before the first one it has no figures at all.
        if d.network == nil, profiles.contains(where: \.consent.stats) {
            diagnostics.warning(d.site.at.file, SiteMessage.noStatsSnapshot)
        }
        return diagnostics
    }
}

extension Profile {
    /// Whether the profile gives a value for `field` (name and joined are required, so always).
    package func has(_ field: Field) -> Bool {
        switch field {
        case .name, .joined: true
        case .nameEN: nameEN != nil
        case .left: left != nil
        case .departments: !departments.isEmpty
        case .industry: industry != nil
        case .role: role != nil
        case .company: company != nil
        case .interests: !interests.isEmpty
        case .mentor: mentor != nil
        case .bio: bio != nil
        case .links: !links.isEmpty
        case .email: email != nil
        }
    }
}
