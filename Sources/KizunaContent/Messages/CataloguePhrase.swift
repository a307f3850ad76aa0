/// A catalogue area whose messages are not sentences but phrases: names quoted inside other
/// messages ("the tag index", 「タグの一覧」) or a line of a display. The catalogue's tests read
/// them in both languages like any message but do not ask them to end a sentence.
public protocol CataloguePhrase: CatalogueMessage {}

extension LocalDate {
    /// 2026年11月1日, for Japanese messages (docs/JAPANESE.md §4); English messages print the
    /// ISO day (`description`).
    package var japaneseDay: String { "\(year)年\(month)月\(day)日" }
}
