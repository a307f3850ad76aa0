/// Slugs name items in URLs: lower-case ASCII letters, digits and `-`, short enough to be a
/// file name on any disk once `.ics` or `index.html` paths are built from them.
public enum Slug {
    /// Longest slug accepted. File systems stop at 255 bytes per name; URLs people share should
    /// stop long before that.
    public static let maxLength = 100

    public static func isValid(_ text: String) -> Bool { problem(text) == nil }

    /// What is wrong with a would-be slug, as the end of a sentence ("must …"), or nil.
    public static func problem(_ text: String) -> String? {
        if text.isEmpty { return "must not be empty" }
        guard text.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else {
            return "must use only lower-case ASCII letters, digits and '-'"
        }
        if text.utf8.count > maxLength { return "must be at most \(maxLength) characters long, not \(text.utf8.count)" }
        return nil
    }

    /// The item's slug: `slug:` if given, else the file name without its extension.
    static func read(_ reader: FieldReader, fileName: String, file: SourceLocation) -> String? {
        if let given = reader.string("slug") {
            if let problem = problem(given) {
                reader.error(reader.location(of: "slug"), "slug '\(shortened(given))' \(problem)")
                return nil
            }
            return given
        }
        if let problem = problem(fileName) {
            reader.error(file, "file name '\(shortened(fileName))' is not a valid slug: it \(problem); rename the file or set 'slug:'")
            return nil
        }
        return fileName
    }

    /// Long values are cut in messages: the point is to recognise them, not to print them.
    static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
