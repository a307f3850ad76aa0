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

    /// - Parameter headers: the string section naming the columns (`network` or `survey`).
    func aggregate(_ a: Aggregate, headers: String = "network", label: (String) -> String = { $0 }) -> [String: Any] {
        let largest = max(a.largestShown, 1)
        let rows: [[String: Any]] = a.buckets.map { bucket in
            var row: [String: Any] = [
                "label": label(bucket.label),
                "count": bucket.complementary ? strings["aggregate.hidden"] : format.count(bucket.count, minCell: a.minCell),
                "suppressed": bucket.count == nil,
            ]
            if let share = bucket.share { row["share"] = format.percent(share) }
            // Bar length relative to the largest shown count; suppressed cells draw no bar.
            row["bar"] = bucket.count.map { String(format: "%.1f", Double($0) * 100 / Double(largest)) } ?? "0"
            return row
        }
        var out: [String: Any] = [
            "rows": rows, "min_cell": a.minCell,
            "label_header": strings["\(headers).category"], "count_header": strings["\(headers).count"],
            "share_header": strings["\(headers).share"],
        ]
        out["total"] = format.count(a.total, minCell: a.minCell)
        if rows.contains(where: { $0["suppressed"] as? Bool == true }) {
            out["suppression_note"] = strings.format("aggregate.suppressed", ["n": String(a.minCell)])
        }
        if a.buckets.contains(where: \.complementary) {
            out["complementary_note"] = strings["aggregate.complementary"]
        }
        return out
    }

    func network(_ stats: NetworkStats) -> [String: Any] {
        [
            "members": format.count(stats.members, minCell: site.minCell),
            "mentors": format.count(stats.mentors, minCell: site.minCell),
            "by_decade": aggregate(stats.byDecade) { strings.format("network.decade", ["decade": String($0.dropLast())]) },
            "by_industry": aggregate(stats.byIndustry),
            "by_interest": aggregate(stats.byInterest),
        ]
    }
}
