import Foundation

/// A calendar day with no time zone (`2023-10-25`), as editors write deadlines and post dates.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, years 0001–9999, no sign) and checks the day
    /// exists (no 2023-02-30).
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Self.digits(parts[0], count: 4), let m = Self.digits(parts[1], count: 2),
              let d = Self.digits(parts[2], count: 2),
              y >= 1, (1...12).contains(m), d >= 1, d <= LocalDate.days(inMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Exactly `count` ASCII digits: `Int(_:)` alone would take `+202` or `-1` as a year.
    static func digits(_ text: Substring, count: Int) -> Int? {
        guard text.utf8.count == count else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The calendar day of an instant in a zone.
    public init(_ date: Date, zone: TimeZone) {
        let c = Calendar.gregorian(zone).dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }

    /// The instant this day starts in `zone`.
    public func start(in zone: TimeZone) -> Date {
        Calendar.gregorian(zone).date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The instant this day ends (the next day starts) in `zone`: a deadline is open through its whole day.
    public func end(in zone: TimeZone) -> Date {
        let calendar = Calendar.gregorian(zone)
        return calendar.date(byAdding: .day, value: 1, to: calendar.date(from: DateComponents(year: year, month: month, day: day))!)!
    }
}

/// A year and month (`2024-09`), as surveys are fielded.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let y = LocalDate.digits(parts[0], count: 4), let m = LocalDate.digits(parts[1], count: 2),
              y >= 1, (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }

    public var description: String { String(format: "%04d-%02d", year, month) }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

extension YearMonth {
    /// The month an instant falls in, in `zone`.
    public init(_ date: Date, zone: TimeZone) {
        let day = LocalDate(date, zone: zone)
        self.init(year: day.year, month: day.month)
    }

    /// The month after this one.
    public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }
}
