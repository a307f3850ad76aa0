/// A survey question drawn as one stacked bar in inline SVG, laid out at build time (no script,
/// no chart library): a Likert scale as a diverging bar around a centre line, an NPS question as
/// its detractors, passives and promoters. Like `BarChartView` it is drawn from the rows the
/// table prints, never from the counts: a segment only for a printed figure, every segment's
/// width in proportion to its figure, segments side by side with no gap (so no length or
/// position depends on a figure the page does not print).
///
/// Each entry of the legend (one `<g class="chart-row">`) holds its segment, a swatch, its label
/// and its figure as text, so the legend names every segment and nothing is said by colour
/// alone; tones differ in lightness and outline (dashed for the negative side, solid for the
/// positive, dotted for neutral), so they part in grey print and for colour-blind readers.
struct StackedBarChartView: Encodable, Sendable {
    struct Segment: Encodable, Sendable {
        var label: String
        var value: String
        /// Left edge and width in percent of the chart's width; nil for a figure not drawn.
        var x: String?
        var width: String?
        /// `neg2` `neg1` `neutral` `pos1` `pos2` (Likert), `detractor` `passive` `promoter`,
        /// or `mixed` for an NPS row across groups: the CSS class of its colour and outline.
        var tone: String
        var band: Bool
        var suppressed: Bool
        var barY: Int
        var swatchY: Int
        var legendY: Int
    }

    /// An entry before drawing: its figure's count when the page prints it.
    struct Entry {
        var label: String
        var value: String
        var count: Int?
        var tone: String
        var band: Bool
        /// Drawn in the bar (a printed figure of a scale option; not 「未回答」 on its own).
        var drawn: Bool
    }

    var kind: String
    var titleID: String
    var descID: String
    var title: String
    var desc: String
    var height: Int
    var barHeight = Self.barHeight
    /// Likert: the centre line's x in percent, and its ends.
    var centre: String?
    var centreTop: Int?
    var centreBottom: Int?
    /// NPS: the score as printed (「+17」), or the short withheld wording.
    var scoreLabel: String?
    var score: String?
    var scoreWithheld: String?
    var segments: [Segment]

    static let barHeight = 28
    static let legendRow = 26

    /// - Parameters:
    ///   - entries: in the table's (legend's) order.
    ///   - drawOrder: indices of `entries` from left to right.
    ///   - centred: Likert: the entries centred on the line (neutral, or a band across it);
    ///     `before`: those left of them. nil for an NPS bar, which fills the width.
    init?(kind: String, id: String, title: String, desc: String, entries: [Entry], drawOrder: [Int],
          diverging: (before: Set<Int>, centred: Set<Int>)?, score: (label: String, value: String?, withheld: String)?) {
        let drawn = drawOrder.filter { entries[$0].drawn && entries[$0].count != nil }
        let sum = { (set: [Int]) in Double(set.reduce(0) { $0 + (entries[$1].count ?? 0) }) }
        // Percent of the width per respondent, and where the first segment starts.
        var scale = 0.0, start = 0.0
        if let diverging {
            let left = sum(drawn.filter { diverging.before.contains($0) })
            let middle = sum(drawn.filter { diverging.centred.contains($0) })
            let right = sum(drawn) - left - middle
            let half = max(left + middle / 2, right + middle / 2)
            // An all-zero scale draws nothing rather than dividing by zero.
            if half > 0 { scale = 50 / half }
            start = 50 - (left + middle / 2) * scale
        } else if sum(drawn) > 0 {
            scale = 100 / sum(drawn)
        }
        // Nothing to draw: the table alone says it (and an NPS chart still shows its score).
        guard scale > 0 || score != nil else { return nil }
        self.kind = kind
        titleID = id + "-chart-title"
        descID = id + "-chart-desc"
        self.title = title
        self.desc = desc
        let top = score == nil ? 8 : 64
        let legend = top + Self.barHeight + 30
        height = legend + entries.count * Self.legendRow
        if diverging != nil, scale > 0 {
            centre = "50.0"
            centreTop = top - 6
            centreBottom = top + Self.barHeight + 6
        }
        if let score {
            scoreLabel = score.label
            self.score = score.value
            scoreWithheld = score.value == nil ? score.withheld : nil
        }
        var x = [Int: (String, String)]()
        var edge = start
        for index in drawn where scale > 0 {
            let width = Double(entries[index].count!) * scale
            // max: a start of -0.000…01 from rounding would print as "-0.0".
            x[index] = (String(format: "%.1f", max(edge, 0)), String(format: "%.1f", width))
            edge += width
        }
        segments = entries.enumerated().map { index, e in
            Segment(label: e.label, value: e.value, x: x[index]?.0, width: x[index]?.1, tone: e.tone, band: e.band,
                    suppressed: e.count == nil, barY: top, swatchY: legend + index * Self.legendRow - 12,
                    legendY: legend + index * Self.legendRow)
        }
    }
}
