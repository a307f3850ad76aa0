import KizunaContent
/// One figure of an aggregate as a page shows it. Which of these a figure gets is decided by
/// `Disclosure`, so every page (and both audiences) show the same thing.
public enum ShownCount: Sendable, Equatable, Hashable {
    /// Printed as a number; at least `min_cell` unless suppression is off (`min_cell: 1`).
    case count(Int)
    /// Below `min_cell` (zero included): printed as 「5未満」.
    case small
    /// At least this many, up to the table's total: printed as 「239以上」. Used for an answer so
    /// common that the few who did not give it would otherwise be the total minus the count.
    case atLeast(Int)
    /// Nothing is said about it, not even its size.
    case withheld

    public var value: Int? {
        if case .count(let n) = self { return n }
        return nil
    }
}
