import Foundation
import KizunaContent

/// Warnings an editor acts on before a posting closes by itself: a deadline within seven days
/// (say so, or extend it), and a deadline already over while the file still says `open` (the
/// boards show it closed; set `status: closed` or `filled` so the file says what happened). Both
/// are measured against the build's "now" and the end of the deadline day in the site's zone.
/// And an open posting with no deadline, posted more than `stale_after_days` ago: it never
/// closes by itself, so say so before it is years old on the board.
package enum DeadlineCheck {
    package static let soonDays = 7

    package static func warnings(_ d: DerivedSite) -> Diagnostics {
        var diagnostics = Diagnostics()
        let clock = d.clock
        for o in d.allOpportunities where o.opportunity.status == .open {
            guard let deadline = o.opportunity.deadline else {
                let age = -clock.days(until: o.opportunity.posted)
                if o.isOpen && age > d.site.staleAfterDays {
                    diagnostics.warning(o.opportunity.at["posted"], SiteMessage.postingNeverCloses(posted: o.opportunity.posted, days: age, staleAfter: d.site.staleAfterDays))
                }
                continue
            }
            let at = o.opportunity.at["deadline"]
            if o.isOpen {
                let days = clock.days(until: deadline)
                if days < soonDays {
                    diagnostics.warning(at, SiteMessage.deadlineSoon(deadline: deadline, days: days, zone: clock.zone.identifier))
                }
            } else {
                diagnostics.warning(at, SiteMessage.deadlinePassed(deadline: deadline))
            }
        }
        return diagnostics
    }
}
