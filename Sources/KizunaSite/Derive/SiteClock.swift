import Foundation
import KizunaContent

/// The site's time: the zone site.yaml names (`timezone:`) and the moment a build describes
/// ("now": `--now`, SOURCE_DATE_EPOCH or the system clock, resolved once by
/// `BuildOptions.resolveMoment`). A build settles it once, when site.yaml is read, and the
/// derived site carries it (`DerivedSite.clock`): whatever decides by date or writes one takes
/// the clock rather than a zone and a "now" of its own. Nothing below `Build` reads the system clock.
public struct SiteClock: Sendable, Hashable {
    public var zone: TimeZone
    public var now: Date

    public init(zone: TimeZone, now: Date) {
        self.zone = zone
        self.now = now
    }

    /// "Now" as written, placed in `zone`: a `--now` without an offset (`local`) is that day
    /// and time in the site's zone; `now` is then only a stand-in.
    public init(zone: TimeZone, now: Date, local: LocalDateTime?) {
        self.init(zone: zone, now: local.flatMap { $0.date(in: zone) } ?? now)
    }

    /// The Gregorian calendar in the site's zone.
    public var calendar: Calendar { .gregorian(zone) }
    /// The site's day and month at "now".
    public var today: LocalDate { LocalDate(now, zone: zone) }
    public var month: YearMonth { YearMonth(now, zone: zone) }

    /// Whole days from today to `day` in the site's zone: 0 on the day itself, negative after it.
    public func days(until day: LocalDate) -> Int {
        let calendar = calendar
        return calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: day.start(in: zone)).day ?? 0
    }
}
