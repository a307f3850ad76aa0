import Foundation

/// A day and a time of day with no time zone (`2024-01-01T10:00:00`). Which instant it is
/// depends on a zone: a `--now` written this way waits for the site's zone from site.yaml.
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public var day: LocalDate
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(day: LocalDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The instant this is in `zone` (a time skipped by a clock change moves as the calendar rules).
    public func date(in zone: TimeZone) -> Date? {
        Calendar.gregorian(zone).date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                           hour: hour, minute: minute, second: second))
    }

    public var description: String { "\(day)T" + String(format: "%02d:%02d:%02d", hour, minute, second) }

    /// What an ISO text says, before any zone is applied.
    package struct Written {
        package var local: LocalDateTime
        /// False for a bare day.
        package var hasTime: Bool
        /// Seconds east of UTC, when the text gives an offset.
        package var offset: Int?
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DD[T ]HH:MM[:SS][.fff][Z|±HH:MM]` (fractions dropped).
    package static func parse(iso trimmed: Substring) -> Written? {
        if let day = LocalDate(iso: trimmed) { return Written(local: LocalDateTime(day: day), hasTime: false) }
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
        return Written(local: LocalDateTime(day: day, hour: hour, minute: minute, second: second), hasTime: true, offset: offset)
    }
}
