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
        let trimmed = Substring(text)
        if let day = LocalDate(iso: trimmed) {
            self.init(date: day.start(in: zone), hasTime: false)
            return
        }
        // YYYY-MM-DD[T ]HH:MM[:SS][.fff][Z|±HH:MM]
        guard trimmed.count >= 16, trimmed.utf8.count < 64 else { return nil }
        let dayPart = trimmed.prefix(10)
        let separator = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 10)]
        guard let day = LocalDate(iso: dayPart), separator == "T" || separator == "t" || separator == " " else { return nil }
        var rest = trimmed.dropFirst(11)
        func number(_ n: Int) -> Int? {
            guard let value = LocalDate.digits(rest.prefix(n), count: n) else { return nil }
            rest = rest.dropFirst(n)
            return value
        }
        guard let hour = number(2), hour < 24, rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        guard let minute = number(2), minute < 60 else { return nil }
        var second = 0
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard let s = number(2), s < 60 else { return nil }
            second = s
            if rest.first == "." {
                rest = rest.dropFirst().drop(while: { $0.isASCII && $0.isNumber })
            }
        }
        var offset: Int?
        if rest.first == "Z" || rest.first == "z" {
            offset = 0
            rest = rest.dropFirst()
        } else if let sign = rest.first, sign == "+" || sign == "-" {
            rest = rest.dropFirst()
            guard let oh = number(2), oh <= 14, rest.first == ":" else { return nil }
            rest = rest.dropFirst()
            guard let om = number(2), om < 60 else { return nil }
            offset = (sign == "-" ? -1 : 1) * (oh * 3600 + om * 60)
        }
        guard rest.isEmpty else { return nil }
        let calendar = Calendar.gregorian(offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone)
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        self.init(date: date, hasTime: true)
    }
}
