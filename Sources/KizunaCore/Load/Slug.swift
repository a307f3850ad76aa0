/// Slugs name items in URLs: lower-case ASCII letters, digits and `-`.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// The item's slug: `slug:` if given, else the file name without its extension.
    static func read(_ reader: FieldReader, fileName: String, file: SourceLocation) -> String? {
        if let given = reader.string("slug") {
            guard isValid(given) else {
                reader.error(reader.location(of: "slug"), "slug '\(given)' must use only lower-case ASCII letters, digits and '-'")
                return nil
            }
            return given
        }
        guard isValid(fileName) else {
            reader.error(file, "file name '\(fileName)' is not a valid slug: use only lower-case ASCII letters, digits and '-', or set 'slug:'")
            return nil
        }
        return fileName
    }
}
