import Foundation
import KizunaContent
import KizunaSite

/// Dates, times, numbers and money as readers of the site's language expect them, in the
/// site's time zone. Patterns come from the theme's strings (`format.*`), not from the locale
/// database, so output does not change with the machine's ICU version.
public struct DisplayFormat: Sendable {
    public var strings: Strings
    public var zone: TimeZone
    var calendar: Calendar

    public init(strings: Strings, zone: TimeZone) {
        self.strings = strings
        self.zone = zone
        self.calendar = Calendar.gregorian(zone)
    }

    func parts(_ date: Date) -> [String: String] {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let weekdays = strings.list("format.weekdays")
        let months = strings.list("format.months")
        return [
            "year": String(c.year!), "month": String(c.month!), "day": String(c.day!),
            "month2": String(format: "%02d", c.month!), "day2": String(format: "%02d", c.day!),
            "hour": String(format: "%02d", c.hour!), "minute": String(format: "%02d", c.minute!),
            "weekday": weekdays.indices.contains(c.weekday! - 1) ? weekdays[c.weekday! - 1] : "",
            "monthName": months.indices.contains(c.month! - 1) ? months[c.month! - 1] : String(c.month!),
        ]
    }

    public func date(_ date: Date) -> String { strings.format("format.date", parts(date)) }
    public func date(_ day: LocalDate) -> String { date(day.start(in: zone)) }
    public func time(_ date: Date) -> String { strings.format("format.time", parts(date)) }
    public func month(_ date: Date) -> String { strings.format("format.month", parts(date)) }
    public func month(_ ym: YearMonth) -> String { month(LocalDate(year: ym.year, month: ym.month, day: 1).start(in: zone)) }

    /// `2025年10月17日（金） 19:00`, `Fri, 17 Oct 2025, 19:00` (`format.date_time`).
    public func timestamp(_ t: Timestamp) -> String {
        t.hasTime ? strings.format("format.date_time", ["date": date(t.date), "time": time(t.date)]) : date(t.date)
    }

    /// `2025年10月20日（月）19:00〜21:00`, or across days with both dates.
    public func range(_ start: Timestamp, _ end: Timestamp?) -> String {
        guard let end else { return timestamp(start) }
        let sameDay = calendar.isDate(start.date, inSameDayAs: end.date)
        if sameDay && start.hasTime && end.hasTime {
            return strings.format("format.range", ["from": timestamp(start), "to": time(end.date)])
        }
        return strings.format("format.range", ["from": timestamp(start), "to": timestamp(end)])
    }

    /// ISO 8601 with the site's offset, for `<time datetime>`.
    public func iso(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let zoneText = offset == 0 ? "Z" : String(format: "%@%02d:%02d", sign, abs(offset) / 3600, abs(offset) % 3600 / 60)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!) + zoneText
    }

    /// A `<time datetime>` value: the day alone when the editor gave no time.
    public func iso(_ t: Timestamp) -> String {
        t.hasTime ? iso(t.date) : LocalDate(t.date, zone: zone).description
    }

    /// 12345 → 12,345.
    public func number(_ n: Int) -> String { NumberText.grouped(n) }

    public func percent(_ share: Double) -> String {
        String(format: "%.1f", share * 100) + "%"
    }

    func money(_ amount: Int, _ currency: String) -> String {
        currency == "JPY"
            ? strings.format("format.yen", ["amount": number(amount)])
            : "\(number(amount)) \(currency)"
    }

    /// `時給 5,000〜8,000円` / `¥5,000–¥8,000 per hour`.
    public func compensation(_ c: Opportunity.Compensation) -> String {
        let amount: String
        switch (c.min, c.max) {
        case let (min?, max?) where min == max: amount = money(min, c.currency)
        case let (min?, max?): amount = strings.format("format.between", ["min": money(min, c.currency), "max": money(max, c.currency)])
        case let (min?, nil): amount = strings.format("format.from", ["min": money(min, c.currency)])
        case let (nil, max?): amount = strings.format("format.upto", ["max": money(max, c.currency)])
        case (nil, nil): amount = ""
        }
        return strings.format("compensation.\(c.unit.rawValue)", ["amount": amount])
    }
}
