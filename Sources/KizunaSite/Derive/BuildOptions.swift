import Foundation
import KizunaContent

/// What a build is for: the audience, the moment it describes, and whether drafts show.
public struct BuildOptions: Sendable {
    public var audience: Audience
    /// "Now" decides what is published, upcoming or closed. Never read from the clock deeper in.
    public var now: Date
    public var drafts: Bool
    /// Set when "now" was written without an offset (`--now 2024-01-01` or `2024-01-01T10:00:00`):
    /// it is then that day and time in the site's zone, known only once site.yaml is read, and
    /// `settled(in:)` puts it there. Until then `now` is a stand-in.
    public var localNow: LocalDateTime?
    /// `--base-url`: the address this build is published at, in place of site.yaml's `base_url`
    /// (a pull request's preview, a staging host), so the same content builds for each.
    public var baseURL: BaseURL?
    /// `--noindex`: every page asks search engines not to index it (`<meta name="robots">`) and
    /// robots.txt turns crawlers away, as a members build does; for previews and staging hosts.
    public var noindex = false

    public init(audience: Audience = .public, now: Date, drafts: Bool = false, localNow: LocalDateTime? = nil, baseURL: BaseURL? = nil) {
        self.audience = audience
        self.now = now
        self.drafts = drafts
        self.localNow = localNow
        self.baseURL = baseURL
    }

    /// "Now" settled for a site in `zone` (`SiteClock` places a local `--now` there).
    public func settled(in zone: TimeZone) -> BuildOptions {
        var options = self
        options.now = SiteClock(zone: zone, now: now, local: localNow).now
        return options
    }
}

extension BuildOptions {
    public struct NowError: CatalogueError, CustomStringConvertible {
        public var message: CommandMessage
        public var text: LocalizedText { message.text }
        public var description: String { message.english }
    }

    /// The build's "now" as written: `--now` if given, else SOURCE_DATE_EPOCH (reproducible
    /// builds), else the clock. A `--now` without an offset (a bare day, or a date-time
    /// without `+09:00`/`Z`) comes back as `local`, for `settled(in:)` to place in the site's zone;
    /// `date` is then that local time read as UTC, a stand-in until the site is known.
    public static func resolveMoment(argument: String?, environment: [String: String],
                                     clock: () -> Date = Date.init) throws(NowError) -> (date: Date, local: LocalDateTime?) {
        if let argument {
            guard let written = LocalDateTime.parse(iso: Substring(argument)),
                  let zone = TimeZone(secondsFromGMT: written.offset ?? 0), let date = written.local.date(in: zone) else {
                throw NowError(message: .badNow(argument))
            }
            return (date, written.offset == nil ? written.local : nil)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw NowError(message: .badSourceDateEpoch(epoch))
            }
            return (Date(timeIntervalSince1970: TimeInterval(seconds)), nil)
        }
        return (clock(), nil)
    }
}
