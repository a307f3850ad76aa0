import KizunaContent
/// One table of an aggregate (a network breakdown, a survey question) with its small cells
/// suppressed: a count below `min_cell` could point at a person, so it is never written as a
/// number, nor left where the total and the other cells would give it away.
///
/// Two kinds of table:
/// - a partition: every person of the total is in exactly one cell, so the cells add up to the
///   total. Whoever is in none of the named cells gets an explicit "not answered" cell, so the
///   total minus the printed cells never reveals a small remainder.
/// - multi-answer: a person can be in several cells (interests, `multi` questions). Then each
///   cell c of total n is its own two-cell table [c, n − c] and is printed only when both are at
///   least `min_cell`.
public struct Aggregate: Sendable {
    public enum Kind: Sendable { case partition, multiAnswer }

    /// What a row stands for. Only `named` rows carry a label from the data.
    public enum Category: Sendable, Hashable {
        case named(String)
        /// Values held by fewer than `min_cell` people, folded together without their labels.
        case other
        /// People counted in the total who gave no value.
        case notAnswered
    }

    public enum Order: Sendable {
        /// As given (survey options, decades).
        case asGiven
        /// Printed rows largest first, then hidden rows as given, then other / not answered.
        /// Hidden rows are not placed by their size: their place would bound them.
        case largestPrintedFirst
    }

    public struct Bucket: Sendable {
        public var category: Category
        public var shown: ShownCount
        /// Of the table's total; only for printed counts.
        public var share: Double?

        /// The printed count; nil when hidden.
        public var count: Int? { shown.value }
        public var complementary: Bool { shown == .complementary }
        public var label: String? {
            if case .named(let label) = category { return label }
            return nil
        }
    }

    public var kind: Kind
    /// Empty when the table is withheld.
    public var buckets: [Bucket]
    /// What shares are of (members, respondents); nil when it is itself below `min_cell`.
    public var total: Int?
    /// The table is not shown at all: its total is small, or no choice of hidden cells protects it.
    public var withheld: Bool
    public var minCell: Int

    /// A partition of `total`: the counts must not add up above it; the remainder becomes a
    /// `notAnswered` cell when it is not zero.
    init(partition cells: [(category: Category, count: Int)], total: Int, minCell: Int, order: Order = .asGiven) {
        var cells = cells
        let remainder = total - cells.reduce(0) { $0 + $1.count }
        precondition(remainder >= 0, "cells of a partition add up above its total")
        if remainder > 0 { cells.append((.notAnswered, remainder)) }
        let marks = CellSuppression.partition(cells.map(\.count), minCell: minCell)
        self.init(kind: .partition, cells: cells, marks: marks, total: total, minCell: minCell, order: order)
    }

    /// Cells of a multi-answer table, each out of `total` people.
    init(multiAnswer cells: [(category: Category, count: Int)], of total: Int, minCell: Int, order: Order = .asGiven) {
        let marks = total < minCell && minCell > 1 ? nil : cells.map { CellSuppression.twoCell($0.count, of: total, minCell: minCell) }
        self.init(kind: .multiAnswer, cells: cells, marks: marks, total: total, minCell: minCell, order: order)
    }

    private init(kind: Kind, cells: [(category: Category, count: Int)], marks: [ShownCount]?, total: Int, minCell: Int, order: Order) {
        self.kind = kind
        self.minCell = minCell
        self.total = total >= minCell ? total : nil
        guard let marks else {
            buckets = []
            withheld = true
            return
        }
        withheld = false
        var buckets = zip(cells, marks).map { cell, mark in
            Bucket(category: cell.category, shown: mark,
                   share: mark.value.map { total > 0 ? Double($0) / Double(total) : 0 })
        }
        if order == .largestPrintedFirst {
            // Stable: printed rows by count (largest first, then as given), then hidden rows,
            // then the rows without a label.
            let rank = { (b: Bucket) -> Int in
                switch (b.category, b.count) {
                case (.named, _?): return 0
                case (.named, nil): return 1
                case (.other, _): return 2
                case (.notAnswered, _): return 3
                }
            }
            buckets = buckets.enumerated().sorted { a, b in
                let (ra, rb) = (rank(a.element), rank(b.element))
                if ra != rb { return ra < rb }
                if ra == 0, a.element.count! != b.element.count! { return a.element.count! > b.element.count! }
                return a.offset < b.offset
            }.map(\.element)
        }
        self.buckets = buckets
    }

    public var largestShown: Int { buckets.compactMap(\.count).max() ?? 0 }
}
