/// `content/stats/<date>.yaml`: the network's counts as of one day, written by
/// `kizuna stats snapshot`. The pages show the newest snapshot not after "now", never the
/// profiles themselves, so the figures change only when a snapshot is taken — and a snapshot is
/// taken only when the change since every earlier one is itself safe to publish (docs/CONTENT.md,
/// "Aggregates and privacy"). Comparing two builds therefore cannot single out the one person
/// who joined, left, changed or withdrew in between.
public struct StatsSnapshot: Sendable {
    /// The editor's own fields (`extra:`), for templates.
    public var extra = ExtraFields()
    public var slug: String
    public var date: LocalDate
    /// nil for a snapshot that withdraws the figures (`withheld: true`): no change could be
    /// published within `stats_max_age_days`, so the pages show none until one can.
    public var counts: NetworkCounts?
    /// The file records what the directory showed (`directory:`). Snapshots written before
    /// Kizuna recorded it are read beside the directory of the build instead.
    public var recordsDirectory = true
    public var at: FieldLocations
}
