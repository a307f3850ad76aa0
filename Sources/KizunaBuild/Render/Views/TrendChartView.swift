/// A repeated question drawn as small bars, one per year under each option, in inline SVG laid
/// out at build time (no script, no chart library). Drawn from a `SurveyTrendView`'s cells, never
/// from counts: each bar is a share the year's page prints, scaled to the largest share of the
/// chart, and carries its year and figure as text, so nothing is said by colour alone; the
/// newest year is solid and the older ones light with an outline, which grey print keeps.
///
/// Bar lengths are percentages of the chart's width, so one chart fits a 320 px phone and a
/// desktop column; long labels are broken into lines (`wrap`) rather than run off the side.
struct TrendChartView: Encodable, Sendable {
    struct Bar: Encodable, Sendable {
        /// 「2025年 31.9%」: the year and its printed share, or that year's 「数値なし」.
        var text: String
        var barY: Int
        var textY: Int
        /// Percent of the chart's width; nil for a year without a printed share.
        var width: String?
        var newest: Bool
    }

    struct Group: Encodable, Sendable {
        /// The option's label, one item per line.
        var lines: [Line]
        var bars: [Bar]
    }

    struct Line: Encodable, Sendable {
        var text: String
        var y: Int
    }

    var titleID: String
    var descID: String
    var title: String
    var desc: String
    var height: Int
    var barHeight: Int
    var groups: [Group]

    /// The longest bar in percent of the width: the rest is room for 「2026年9月 100.0%」.
    static let longest = 55.0
    static let lineHeight = 17
    static let yearHeight = 18
    static let barHeight = 11
    /// About what fits on one line at 320 px (13 px type): a CJK character counts two.
    static let lineUnits = 38

    /// - Parameter tenths: each row's printed share per year in tenths of a percent (nil: none).
    init?(_ view: SurveyTrendView, tenths: [[Int?]], id: String, title: String, desc: String) {
        let largest = tenths.flatMap { $0 }.compactMap { $0 }.max() ?? 0
        guard largest > 0 else { return nil }
        titleID = id + "-chart-title"
        descID = id + "-chart-desc"
        self.title = title
        self.desc = desc
        barHeight = Self.barHeight
        var top = 0
        // An option with no printed share in any year has no bar to draw: the table lists it.
        groups = zip(view.rows, tenths).filter { $0.1.contains { $0 != nil } }.map { row, shares in
            let lines = Self.wrap(row.label).enumerated().map { Line(text: $1, y: top + 14 + $0 * Self.lineHeight) }
            var y = top + lines.count * Self.lineHeight + 4
            let bars = zip(row.cells, shares).enumerated().map { index, pair -> Bar in
                let (cell, share) = pair
                defer { y += Self.yearHeight }
                let width = share.map { String(format: "%.1f", Double($0) * Self.longest / Double(largest)) }
                return Bar(text: cell.chartText, barY: y + 1, textY: y + 11, width: width, newest: index == row.cells.count - 1)
            }
            top = y + 8
            return Group(lines: lines, bars: bars)
        }
        height = top
    }

    /// A label in lines of at most `lineUnits`: Latin text breaks at spaces, CJK anywhere.
    static func wrap(_ label: String) -> [String] {
        var lines: [String] = [], line = ""
        let units = { (c: Character) in c.unicodeScalars.first.map { $0.value >= 0x2E80 ? 2 : 1 } ?? 1 }
        var width = 0
        for word in label.split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = word.reduce(0) { $0 + units($1) }
            if !line.isEmpty && width + 1 + wordWidth <= lineUnits {
                line += " " + word
                width += 1 + wordWidth
                continue
            }
            if !line.isEmpty { lines.append(line); line = ""; width = 0 }
            for c in word {
                if width + units(c) > lineUnits { lines.append(line); line = ""; width = 0 }
                line.append(c)
                width += units(c)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
