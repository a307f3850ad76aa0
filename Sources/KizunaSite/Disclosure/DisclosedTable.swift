import KizunaContent
/// A table as the pages show it, made by `Disclosure` from the counts behind it. Every row is a
/// figure a reader may see; nothing else about the counts reaches a page.
public struct DisclosedTable: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Everyone of the total is in exactly one row: rows add up to the total.
        case partition
        /// Everyone may be in several rows (interests, `multi` questions): each row is out of the total.
        case multiAnswer
    }

    /// What a row stands for.
    public enum Part: Sendable, Hashable {
        /// A category of the table, by key: a survey option's index, a decade ("1990"), an
        /// industry or interest as written.
        case category(String)
        /// Values held by fewer than `min_cell` people (in a partition, with whatever was folded
        /// in beside them), without their labels. Listed only when not empty.
        case other
        /// People counted in the total who gave no value. Listed only when not empty.
        case notAnswered
    }

    public struct Row: Sendable, Equatable {
        /// One part, or the adjacent parts of a band, in the table's order.
        public var parts: [Part]
        /// The first (last) row of an ordered table that stands for everything before (after) it
        /// too, so the page never says where the data starts or ends: 「1990年代以前」.
        public var openStart = false
        public var openEnd = false
        public var shown: ShownCount
        /// Of the table's total; printed counts only.
        public var share: Double?

        /// Categories merged into one figure (a band): the page says so.
        public var isBand: Bool { parts.count > 1 }
        public var categories: [String] { parts.compactMap { if case .category(let key) = $0 { key } else { nil } } }
    }

    public var kind: Kind
    /// In the table's order; empty when withheld.
    public var rows: [Row]
    /// What shares are of (members, respondents); nil when it is itself below `min_cell`.
    public var total: Int?
    /// Nothing of the table is shown: its total is too small for any figure to be safe.
    public var withheld: Bool
    public var minCell: Int

    public var largestShown: Int { rows.compactMap(\.shown.value).max() ?? 0 }
    public var hasBands: Bool { rows.contains(where: \.isBand) }
    public var hasOther: Bool { rows.contains { $0.parts.contains(.other) } }

    static func withheldTable(_ kind: Kind, total: Int, minCell: Int) -> DisclosedTable {
        DisclosedTable(kind: kind, rows: [], total: total >= minCell ? total : nil, withheld: true, minCell: minCell)
    }
}
