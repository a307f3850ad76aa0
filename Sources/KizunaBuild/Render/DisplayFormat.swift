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
            "hour": String(format: "%02d", c.hour!), "h": String(c.hour!), "minute": String(format: "%02d", c.minute!),
            "weekday": weekdays.indices.contains(c.weekday! - 1) ? weekdays[c.weekday! - 1] : "",
            "monthName": months.indices.contains(c.month! - 1) ? months[c.month! - 1] : String(c.month!),
        ]
    }

    public func date(_ date: Date) -> String { strings.format("format.date", parts(date)) }
    public func date(_ day: LocalDate) -> String { date(day.start(in: zone)) }
    public func time(_ date: Date) -> String { strings.format("format.time", parts(date)) }
    public func month(_ date: Date) -> String { strings.format("format.month", parts(date)) }
    public func month(_ ym: YearMonth) -> String { month(LocalDate(year: ym.year, month: ym.month, day: 1).start(in: zone)) }

    /// `2025年10月17日（金） 19:00`, `Fri, 17 Oct 2025, 19:00` (`format.date_time`; `{h}` is the hour
    /// without a leading zero, as Japanese writes it: 9:30).
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

    /// An amount of money as the language writes it. Japanese counts in 万, 億 and 兆 from
    /// 10,000 (`format.myriads`: 1万5,000, 1億2,345万6,789); languages without them group digits.
    public func amount(_ n: Int) -> String {
        let myriads = strings.list("format.myriads")
        guard n.magnitude >= 10_000, !myriads.isEmpty else { return number(n) }
        // Groups of four digits from the right, the lowest first; the highest unit takes the rest.
        var groups: [UInt] = []
        var rest = n.magnitude
        while rest > 0 && groups.count < myriads.count {
            groups.append(rest % 10_000)
            rest /= 10_000
        }
        var text = ""
        if rest > 0 { text = NumberText.grouped(Int(rest)) + myriads[myriads.count - 1] }
        for (index, group) in groups.enumerated().reversed() where group > 0 {
            // Index 0 is the ones; index i is myriads[i - 1] (万, 億, 兆).
            text += NumberText.grouped(Int(group)) + (index > 0 ? myriads[index - 1] : "")
        }
        return (n < 0 ? "-" : "") + text
    }

    /// A sum or a range of money, the currency written once where the language does so:
    /// `800万〜1,100万円`, `1,500〜1,800円`, `30万円〜`; `¥5,000–¥8,000`, `from ¥300,000`.
    public func money(min: Int?, max: Int?, currency: String) -> String {
        // `format.yen*` for yen, `format.money*` (with `{currency}`) for any other currency.
        let key = currency == "JPY" ? "format.yen" : "format.money"
        var values = ["currency": currency]
        switch (min, max) {
        case let (min?, max?) where min == max:
            values["amount"] = amount(min)
            return strings.format(key, values)
        case let (min?, max?):
            (values["min"], values["max"]) = (amount(min), amount(max))
            return strings.format(key + "_between", values)
        case let (min?, nil):
            values["min"] = amount(min)
            return strings.format(key + "_from", values)
        case let (nil, max?):
            values["max"] = amount(max)
            return strings.format(key + "_upto", values)
        case (nil, nil):
            return ""
        }
    }

    /// `年収 800万〜1,100万円` for a rehire position (employment: 時給, 年収 …), `1件あたり 30万〜50万円`
    /// for contract work and mentoring (`compensation.contract.*`); `¥300,000–¥500,000 per project`.
    public func compensation(_ c: Opportunity.Compensation, of kind: Opportunity.Kind) -> String {
        let basis = kind == .rehire ? "employment" : "contract"
        return strings.format("compensation.\(basis).\(c.unit.rawValue)", ["amount": money(min: c.min, max: c.max, currency: c.currency)])
    }
}
