import Foundation

/// What a build is for: the audience, the moment it describes, and whether drafts show.
public struct BuildOptions: Sendable {
    public var audience: Audience
    /// "Now" decides what is published, upcoming or closed. Never read from the clock deeper in.
    public var now: Date
    public var drafts: Bool
    /// Set when "now" was given as a day (`--now 2024-01-01`): the build then starts at that
    /// day's midnight in the site's time zone, which is known only once site.yaml is read.
    public var nowDay: LocalDate?

    public init(audience: Audience = .public, now: Date, drafts: Bool = false, nowDay: LocalDate? = nil) {
        self.audience = audience
        self.now = now
        self.drafts = drafts
        self.nowDay = nowDay
    }

    /// "Now" settled for a site in `zone`.
    public func settled(in zone: TimeZone) -> BuildOptions {
        var options = self
        if let nowDay { options.now = nowDay.start(in: zone) }
        return options
    }
}

extension BuildOptions {
    public struct NowError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The build's "now": `--now` if given, else SOURCE_DATE_EPOCH (reproducible builds), else
    /// the clock. A `--now` without an offset is taken in `zone`; a bare day is also returned as
    /// a day, so the build can place it in the site's own time zone (see `nowDay`).
    public static func resolveNow(argument: String?, environment: [String: String], zone: TimeZone,
                                  clock: () -> Date = Date.init) throws(NowError) -> Date {
        try resolveMoment(argument: argument, environment: environment, zone: zone, clock: clock).date
    }

    public static func resolveMoment(argument: String?, environment: [String: String], zone: TimeZone,
                                     clock: () -> Date = Date.init) throws(NowError) -> (date: Date, day: LocalDate?) {
        if let argument {
            guard let stamp = Timestamp(iso: argument, zone: zone) else {
                throw NowError(description: "--now must be a date-time with offset such as 2024-01-01T00:00:00+09:00, or a date, not '\(argument)'")
            }
            return (stamp.date, stamp.hasTime ? nil : LocalDate(iso: Substring(argument.trimmed)))
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw NowError(description: "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(epoch)'")
            }
            return (Date(timeIntervalSince1970: TimeInterval(seconds)), nil)
        }
        return (clock(), nil)
    }
}
