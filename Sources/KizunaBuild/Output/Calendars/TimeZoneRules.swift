import Foundation

/// A VTIMEZONE for the site's zone, from the zone's real transitions (Foundation's time zone
/// database) between two instants, so calendars place every event right even across a
/// daylight-saving change. A zone without transitions in the range gets one STANDARD period.
enum TimeZoneRules {
    static func vtimezone(_ zone: TimeZone, from: Date, to: Date) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(ICalendarText.escape(zone.identifier))"]
        // The period in force at `from`, then one per transition up to `to`.
        lines += observance(zone, onset: Date(timeIntervalSince1970: 0), before: zone.secondsFromGMT(for: from),
                            after: zone.secondsFromGMT(for: from), daylight: zone.isDaylightSavingTime(for: from), at: from)
        var next = zone.nextDaylightSavingTimeTransition(after: from)
        var count = 0
        while let transition = next, transition <= to, count < 400 {
            lines += observance(zone, onset: transition, before: zone.secondsFromGMT(for: transition.addingTimeInterval(-1)),
                                after: zone.secondsFromGMT(for: transition), daylight: zone.isDaylightSavingTime(for: transition), at: transition)
            next = zone.nextDaylightSavingTimeTransition(after: transition)
            count += 1
        }
        return lines + ["END:VTIMEZONE"]
    }

    /// DTSTART is the onset in the local time in force before it (RFC 5545 §3.6.5).
    static func observance(_ zone: TimeZone, onset: Date, before: Int, after: Int, daylight: Bool, at: Date) -> [String] {
        let kind = daylight ? "DAYLIGHT" : "STANDARD"
        let local = onset.timeIntervalSince1970 == 0 ? "19700101T000000" : ICalendarDate.floating(onset.addingTimeInterval(TimeInterval(before)))
        var lines = ["BEGIN:\(kind)", "DTSTART:\(local)", "TZOFFSETFROM:\(offset(before))", "TZOFFSETTO:\(offset(after))"]
        if let name = zone.abbreviation(for: at), !name.hasPrefix("GMT") { lines.append("TZNAME:\(ICalendarText.escape(name))") }
        return lines + ["END:\(kind)"]
    }

    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let s = abs(seconds)
        return String(format: "%@%02d%02d", sign, s / 3600, s % 3600 / 60) + (s % 60 == 0 ? "" : String(format: "%02d", s % 60))
    }
}

/// Dates and times as iCalendar writes them.
enum ICalendarDate {
    static let utc = TimeZone(identifier: "UTC")!

    /// `20251017T190000` in `zone` (with TZID), or of a UTC instant read as local (`floating`).
    static func local(_ date: Date, in zone: TimeZone) -> String {
        let c = Calendar.gregorian(zone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    static func floating(_ shifted: Date) -> String { local(shifted, in: utc) }

    /// `20251017T100000Z`.
    static func utcStamp(_ date: Date) -> String { local(date, in: utc) + "Z" }

    /// `20251017`, the day in `zone`.
    static func day(_ date: Date, in zone: TimeZone) -> String {
        let c = Calendar.gregorian(zone).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d%02d%02d", c.year!, c.month!, c.day!)
    }
}
