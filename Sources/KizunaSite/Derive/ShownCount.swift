import KizunaContent
/// One figure of an aggregate as a page shows it. Which of these a cell gets is decided in
/// Derive (`CellSuppression`), so every page that shows the figure shows the same thing.
public enum ShownCount: Sendable, Equatable {
    /// Printed as a number.
    case count(Int)
    /// Below `min_cell`: printed as `<min_cell>`, so the reader knows only that it is small.
    case small
    /// At least `min_cell`, hidden so that a small count of the same table cannot be worked out
    /// from the total (complementary suppression). Printed as the theme's hidden marker (`—`).
    case complementary
    /// Nothing can be said about it without pinning a small count down: printed as "withheld",
    /// which says nothing about its size.
    case withheld

    public var value: Int? {
        if case .count(let n) = self { return n }
        return nil
    }
}
