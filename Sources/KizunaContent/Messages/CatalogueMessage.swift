/// A message of the catalogue (`Sources/KizunaContent/Messages/`): one enum per area, each case
/// written once in English and once in Japanese, side by side. The switches are exhaustive, so a
/// message cannot exist in one language only; `examples` lets the catalogue's tests read every
/// case in both (`MessageCatalogueTests` checks they name every case).
///
/// Japanese messages follow the style guide (docs/JAPANESE.md §5): what is wrong, where, how
/// to fix it; keys and values as typed, in backticks; warnings say the site is still built.
public protocol CatalogueMessage: Sendable {
    var english: String { get }
    var japanese: String { get }
    /// At least one value of every case.
    static var examples: [Self] { get }
}

extension CatalogueMessage {
    public var text: LocalizedText { LocalizedText(self) }
}
