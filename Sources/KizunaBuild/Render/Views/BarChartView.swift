/// A breakdown drawn as horizontal bars in inline SVG, laid out at build time: no script and no
/// chart library, so it shows with JavaScript off and prints. It is drawn from an
/// `AggregateView`'s rows, never from the counts: its labels and figures are the table's,
/// character for character, and a bar is drawn only for a printed count (scaled to the largest
/// printed one, as the table's bars are), so the chart says nothing the table does not.
///
/// Geometry is in CSS pixels except bar lengths, which are percentages of the chart's width so
/// one chart fits a 320 px phone and a desktop column alike. Colours are left to the theme's
/// CSS (classes, `currentColor`), which gives dark mode and print; every bar carries its label
/// and figure as text, so nothing is said by colour alone.
struct BarChartView: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var label: String
        var value: String
        /// Baselines of the label (above its bar) and of the figure (after its bar).
        var labelY: Int
        var valueY: Int
        var barY: Int
        /// Percent of the chart's width; nil for a count the page does not print.
        var barWidth: String?
        /// Adjacent categories merged into one figure: drawn lighter with a dashed outline.
        var band: Bool
        var suppressed: Bool
    }

    /// The element ids of the chart's `<title>` and `<desc>` (aria-labelledby).
    var titleID: String
    var descID: String
    var title: String
    /// Every row's label and figure, in order: the chart's text alternative.
    var desc: String
    var height: Int
    var barHeight: Int
    var rows: [Row]

    /// The longest bar, in percent of the width: what is left is room for its figure.
    static let longest = 76.0
    static let rowHeight = 46
    static let barHeight = 14

    init?(_ view: AggregateView, id: String, title: String, entry: (_ label: String, _ value: String) -> String, separator: String) {
        // A chart without a single bar would only repeat the table: the table alone says it.
        guard !view.withheld, let rows = view.rows, rows.contains(where: { !$0.suppressed }) else { return nil }
        titleID = id + "-chart-title"
        descID = id + "-chart-desc"
        self.title = title
        desc = rows.map { entry($0.label, $0.count) }.joined(separator: separator)
        height = rows.count * Self.rowHeight + 4
        barHeight = Self.barHeight
        self.rows = rows.enumerated().map { index, row in
            let top = index * Self.rowHeight
            // The table's bar is a percent of the largest printed count; the chart's is that
            // percent of its longest bar, so both are in proportion to the printed figures.
            let width = row.suppressed ? nil : Double(row.bar).map { String(format: "%.1f", $0 * Self.longest / 100) }
            return Row(label: row.label, value: row.count, labelY: top + 16, valueY: top + 34, barY: top + 22,
                       barWidth: width, band: row.band, suppressed: row.suppressed)
        }
    }
}
