import Foundation

/// A point in time written either as a day (`2023-10-25`, taken at 00:00 in the site's time
/// zone) or as a date-time (`2023-10-20T19:00:00+09:00`; without an offset, the site's zone).
public struct Timestamp: Hashable, Comparable, Sendable {
    public var date: Date
    /// False when the editor wrote only a day: then no time of day is shown.
    public var hasTime: Bool

    public init(date: Date, hasTime: Bool) {
        self.date = date
        self.hasTime = hasTime
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.date < b.date }

    public init?(iso text: String, zone: TimeZone) {
        guard let written = LocalDateTime.parse(iso: Substring(text)) else { return nil }
        guard written.hasTime else {
            self.init(date: written.local.day.start(in: zone), hasTime: false)
            return
        }
        guard let date = written.local.date(in: written.offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone) else { return nil }
        self.init(date: date, hasTime: true)
    }
}
