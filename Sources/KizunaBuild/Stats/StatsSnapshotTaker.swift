import Foundation
import KizunaContent
import KizunaSite

/// `kizuna stats snapshot`: records the network's counts as of today in `content/stats/`, when
/// publishing them is safe against every earlier snapshot (`SnapshotGate`). Run by an editor or
/// by the daily workflow, which commits the file it writes.
public struct StatsSnapshotTaker: Sendable {
    public enum Outcome: Sendable {
        /// A new snapshot was written; `first` when there was none before.
        case written(path: String, date: LocalDate, first: Bool)
        /// The counts are those of the newest snapshot: nothing to do.
        case unchanged(since: LocalDate)
        /// The change cannot be published yet; the pages keep showing the snapshot of `since`.
        case waiting(since: LocalDate, problems: [SnapshotGate.Problem], withdrawnSince: LocalDate?)
        /// No change could be published within `stats_max_age_days`: a snapshot withdrawing the
        /// figures was written.
        case withdrawn(path: String, since: LocalDate, problems: [SnapshotGate.Problem])
    }

    public enum Failure: CatalogueError, CustomStringConvertible {
        case content([Diagnostic])
        case takenToday(String)
        case future(String, LocalDate)
        /// The snapshot file could not be written (`ScaffoldWriter`'s error).
        case cannotWrite(any Error)

        public var text: LocalizedText {
            switch self {
            case .content: StatsCommandMessage.contentHasErrors.text
            case .takenToday(let path): StatsCommandMessage.takenToday(path: path).text
            case .future(let path, let date): StatsCommandMessage.dated(path: path, date: date).text
            // ScaffoldWriter's own message, in both languages once it is a catalogue error.
            case .cannotWrite(let error): (error as? any CatalogueError)?.text ?? StatsCommandMessage.cannotWrite("\(error)").text
            }
        }

        public var description: String { text.en }
    }

    public var contentDirectory: String
    public var now: Date
    /// A `--now` written without an offset, placed in the site's zone once it is read.
    public var localNow: LocalDateTime?

    public init(contentDirectory: String, now: Date) {
        self.contentDirectory = contentDirectory
        self.now = now
    }

    public func run() throws(Failure) -> Outcome {
        let (content, diagnostics) = ContentLoader(contentDirectory: contentDirectory, kinds: ContentKinds.builtIn.items).load()
        if diagnostics.hasErrors { throw .content(diagnostics.sorted) }
        if case .failure(let failure) = SiteValidator(kinds: ContentKinds.builtIn.items).validate(content) { throw .content(failure.diagnostics) }
        let site = content.site
        let clock = SiteClock(zone: site.timeZone, now: now, local: localNow)
        let today = clock.today
        let counts = NetworkCounts(profiles: content[ProfileKind()])
        if let later = content[StatsKind()].last(where: { $0.date > today }) { throw .future(later.at.file.path, later.date) }

        guard let latest = content[StatsKind()].last else { return try write(StatsSnapshotFile.text(date: today, counts: counts), today, first: true) }
        let published = content[StatsKind()].compactMap { s in s.counts.map { (date: s.date, counts: $0) } }
        if latest.counts == counts { return .unchanged(since: latest.date) }
        if latest.date == today { throw .takenToday(latest.at.file.path) }

        let problems = SnapshotGate(minCell: site.minCell).problems(publishing: counts, on: today, after: published)
        if problems.isEmpty { return try write(StatsSnapshotFile.text(date: today, counts: counts), today, first: false) }
        guard let lastPublished = published.last else {
            return .waiting(since: latest.date, problems: problems, withdrawnSince: latest.date)
        }
        if latest.counts == nil { return .waiting(since: lastPublished.date, problems: problems, withdrawnSince: latest.date) }
        let age = clock.calendar.dateComponents([.day], from: lastPublished.date.start(in: clock.zone), to: today.start(in: clock.zone)).day ?? 0
        if age >= site.statsMaxAgeDays {
            let outcome = try write(StatsSnapshotFile.withheld(date: today), today, first: false)
            if case .written(let path, _, _) = outcome { return .withdrawn(path: path, since: lastPublished.date, problems: problems) }
        }
        return .waiting(since: lastPublished.date, problems: problems, withdrawnSince: nil)
    }

    /// `stats/<date>.yaml`, created (never replaced, never through a link out of the content folder).
    func write(_ text: String, _ date: LocalDate, first: Bool) throws(Failure) -> Outcome {
        do {
            let path = try ScaffoldWriter.write(text, to: "stats/\(date).yaml", contentDirectory: contentDirectory)
            return .written(path: path, date: date, first: first)
        } catch {
            throw .cannotWrite(error)
        }
    }
}
