import Foundation

/// What a build is for: the audience, the moment it describes, and whether drafts show.
public struct BuildOptions: Sendable {
    public var audience: Audience
    /// "Now" decides what is published, upcoming or closed. Never read from the clock deeper in.
    public var now: Date
    public var drafts: Bool

    public init(audience: Audience = .public, now: Date, drafts: Bool = false) {
        self.audience = audience
        self.now = now
        self.drafts = drafts
    }
}

extension BuildOptions {
    public struct NowError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The build's "now": `--now` if given, else SOURCE_DATE_EPOCH (reproducible builds), else
    /// the clock. A `--now` without an offset is taken in `zone` (the site's time zone).
    public static func resolveNow(argument: String?, environment: [String: String], zone: TimeZone,
                                  clock: () -> Date = Date.init) throws(NowError) -> Date {
        if let argument {
            guard let stamp = Timestamp(iso: argument, zone: zone) else {
                throw NowError(description: "--now must be a date-time with offset such as 2024-01-01T00:00:00+09:00, or a date, not '\(argument)'")
            }
            return stamp.date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw NowError(description: "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(epoch)'")
            }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return clock()
    }
}
