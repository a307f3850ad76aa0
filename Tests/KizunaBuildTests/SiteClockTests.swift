import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaSite

/// The site's clock: the day, month and days left are the site zone's, whatever the machine's.
@Suite struct SiteClockTests {
    static let tokyo = SiteConfig.defaultTimeZone

    @Test func todayAndTheMonthAreTheSiteZones() {
        // 2024-01-31T20:00Z is already 1 February in Tokyo.
        let clock = SiteClock(zone: Self.tokyo, now: Date(timeIntervalSince1970: 1_706_731_200))
        #expect(clock.today == LocalDate(year: 2024, month: 2, day: 1))
        #expect(clock.month == YearMonth(year: 2024, month: 2))
        #expect(SiteClock(zone: TimeZone(identifier: "UTC")!, now: clock.now).month == YearMonth(year: 2024, month: 1))
        #expect(clock.days(until: LocalDate(year: 2024, month: 2, day: 1)) == 0)
        #expect(clock.days(until: LocalDate(year: 2024, month: 2, day: 8)) == 7)
        #expect(clock.days(until: LocalDate(year: 2024, month: 1, day: 31)) == -1)
    }

    /// A `--now` without an offset is that day and time in the site's zone; with one, it is kept.
    @Test func aLocalNowIsPlacedInTheSiteZone() {
        let local = LocalDateTime(day: LocalDate(year: 2024, month: 1, day: 1), hour: 10)
        let standIn = Date(timeIntervalSince1970: 0)
        #expect(SiteClock(zone: TimeZone(identifier: "America/New_York")!, now: standIn, local: local).now == Date(timeIntervalSince1970: 1_704_121_200))
        #expect(SiteClock(zone: Self.tokyo, now: standIn, local: nil).now == standIn)
    }
}
