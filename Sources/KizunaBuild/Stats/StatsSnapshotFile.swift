import KizunaContent
/// The text of `content/stats/<date>.yaml`: counts in a fixed order, every label double-quoted
/// with YAML escapes, so any industry or interest an editor wrote reads back as written.
enum StatsSnapshotFile {
    static func text(date: LocalDate, counts: NetworkCounts) -> String {
        var y = header(date) + "date: \(date)\nmembers: \(counts.members)\nmentors: \(counts.mentors)\n"
        y += mapping("decades", counts.decades.sorted { $0.key < $1.key }.map { (String($0.key), $0.value) })
        y += mapping("industries", counts.industries.sorted { $0.key < $1.key }.map { (YAMLTextEdit.doubleQuoted($0.key), $0.value) })
        y += "no_industry: \(counts.noIndustry)\n"
        y += mapping("interests", counts.interests.sorted { $0.key < $1.key }.map { (YAMLTextEdit.doubleQuoted($0.key), $0.value) })
        // What the directory showed of these members that day: the pages tell members only the rest.
        let d = counts.directory
        y += "directory:\n  members: \(d.members)\n  mentors: \(d.mentors)\n"
        y += mapping("decades", d.decades.sorted { $0.key < $1.key }.map { (String($0.key), $0.value) }, indent: "  ")
        y += mapping("industries", d.industries.sorted { $0.key < $1.key }.map { (YAMLTextEdit.doubleQuoted($0.key), $0.value) }, indent: "  ")
        y += "  interests_shown: \(d.interestsShown)\n"
        y += mapping("interests", d.interests.sorted { $0.key < $1.key }.map { (YAMLTextEdit.doubleQuoted($0.key), $0.value) }, indent: "  ")
        return y
    }

    static func withheld(date: LocalDate) -> String {
        header(date) + "date: \(date)\n# No change since the last published snapshot could be published within stats_max_age_days:\n# the network pages show no figures until a later snapshot can be published.\nwithheld: true\n"
    }

    static func header(_ date: LocalDate) -> String {
        """
        # Written by `kizuna stats snapshot` on \(date). The network pages show these counts,
        # made safe with min_cell, until the next snapshot. Counts only, no names. Do not edit:
        # the next snapshot is checked against what this one published (docs/CONTENT.md, "Snapshots").

        """
    }

    static func mapping(_ key: String, _ entries: [(String, Int)], indent: String = "") -> String {
        guard !entries.isEmpty else { return "\(indent)\(key): {}\n" }
        return "\(indent)\(key):\n" + entries.map { "\(indent)  \($0.0): \($0.1)\n" }.joined()
    }
}
