import Foundation

/// Turns derived items into the dictionaries templates read. Dictionaries, not structs:
/// swift-mustache reads them several times faster than through reflection, and keys absent
/// from a dictionary simply render nothing, so optional fields need no special casing.
struct ContextBuilder {
    let derived: DerivedSite
    let paths: SitePaths
    let format: DisplayFormat
    var strings: Strings { format.strings }
    var site: SiteConfig { derived.site }
    var now: Date { derived.options.now }

    func link(_ relative: String) -> String { paths.url(relative) }

    /// A button's link (RSVP, apply, respond): templates word a mailto button differently.
    func action(_ link: Link) -> [String: Any] { ["url": link.url, "is_mailto": link.isMailto] }

    // MARK: Aggregates

    /// A figure as `ShownCount` says: a number, `<5`, the hidden marker or "withheld".
    func shown(_ figure: ShownCount, minCell: Int) -> String {
        switch figure {
        case .count(let n): return format.number(n)
        case .small: return "<\(minCell)"
        case .complementary: return strings["aggregate.hidden"]
        case .withheld: return strings["aggregate.withheld"]
        }
    }

    /// - Parameter headers: the string section naming the columns (`network` or `survey`).
    func aggregate(_ a: Aggregate, headers: String = "network", label: (String) -> String = { $0 }) -> [String: Any] {
        if a.withheld {
            return ["withheld": true, "withheld_note": strings["aggregate.withheld_table"]]
        }
        let largest = max(a.largestShown, 1)
        let rows: [[String: Any]] = a.buckets.map { bucket in
            let name: String
            switch bucket.category {
            case .named(let value): name = label(value)
            case .other: name = strings["aggregate.other"]
            case .notAnswered: name = strings["aggregate.not_answered"]
            }
            var row: [String: Any] = [
                "label": name,
                "count": shown(bucket.shown, minCell: a.minCell),
                "suppressed": bucket.count == nil,
            ]
            // Shares and bars only for printed counts: a hidden cell draws nothing, and bars are
            // scaled to the largest printed count, so no length depends on a hidden one.
            if let share = bucket.share { row["share"] = format.percent(share) }
            row["bar"] = bucket.count.map { String(format: "%.1f", Double($0) * 100 / Double(largest)) } ?? "0"
            return row
        }
        var out: [String: Any] = [
            "withheld": false, "rows": rows, "min_cell": a.minCell,
            "label_header": strings["\(headers).category"], "count_header": strings["\(headers).count"],
            "share_header": strings["\(headers).share"],
        ]
        if let total = a.total { out["total"] = format.number(total) }
        if a.buckets.contains(where: { $0.count == nil }) {
            out["suppression_note"] = strings.format("aggregate.suppressed", ["n": String(a.minCell)])
        }
        if a.buckets.contains(where: \.complementary) {
            out["complementary_note"] = strings.format("aggregate.complementary", ["n": String(a.minCell)])
        }
        if a.buckets.contains(where: { $0.shown == .withheld }) {
            out["withheld_cell_note"] = strings["aggregate.withheld_cell"]
        }
        if a.buckets.contains(where: { $0.category == .other }) {
            out["other_note"] = strings.format("aggregate.other_note", ["n": String(a.minCell)])
        }
        return out
    }

    func network(_ stats: NetworkStats) -> [String: Any] {
        var out: [String: Any] = [
            "members": shown(stats.members, minCell: site.minCell),
            "mentors": shown(stats.mentors, minCell: site.minCell),
            "by_decade": aggregate(stats.byDecade) { strings.format("network.decade", ["decade": String($0.dropLast())]) },
            "by_industry": aggregate(stats.byIndustry),
            "by_interest": aggregate(stats.byInterest),
        ]
        if stats.mentors.value == nil {
            out["mentors_note"] = strings.format("network.mentors_hidden", ["n": String(site.minCell)])
        }
        return out
    }
}
