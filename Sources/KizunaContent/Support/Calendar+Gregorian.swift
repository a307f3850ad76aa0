import Foundation

extension Calendar {
    /// The Gregorian calendar in a given zone: every date in a portal is read and shown this way.
    package static func gregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
