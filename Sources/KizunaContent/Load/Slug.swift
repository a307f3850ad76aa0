/// Slugs name items in URLs: lower-case ASCII letters, digits and `-`, short enough to be a
/// file name on any disk once `.ics` or `index.html` paths are built from them.
public enum Slug {
    /// Longest slug accepted. File systems stop at 255 bytes per name; URLs people share should
    /// stop long before that.
    public static let maxLength = 100

    public static func isValid(_ text: String) -> Bool { SlugProblem.of(text) == nil }

    /// Transitional, for the messages not yet in the catalogue (site.yaml's segments, `kizuna
    /// new`): what is wrong with a would-be slug, in English, as the end of a sentence ("must …").

    /// The item's slug: `slug:` if given, else the file name without its extension.
    static func read(_ reader: FieldReader, fileName: String, file: SourceLocation) -> String? {
        if let given = reader.string("slug") {
            if let problem = SlugProblem.of(given) {
                reader.error(reader.location(of: "slug"), LoadMessage.badSlug(shortened(given), problem))
                return nil
            }
            return given
        }
        if let problem = SlugProblem.of(fileName) {
            reader.error(file, LoadMessage.fileNameNotSlug(shortened(fileName), problem))
            return nil
        }
        return fileName
    }

    /// Long values are cut in messages: the point is to recognise them, not to print them.
    static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
