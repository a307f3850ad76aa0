/// News tags are free text (`event-report`, `交流会`); their URL segment keeps letters of any
/// script, like Hugo's urlize, and links percent-encode it.
public enum Tag {
    /// Longest tag URL segment, in UTF-8 bytes (about 33 Japanese characters): a folder name must
    /// stay well below the 255 bytes file systems allow.
    public static let maxSlugBytes = 100

    public static func slug(_ tag: String) -> String {
        var out = ""
        var dash = false
        for scalar in tag.lowercased().unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || scalar == "_" {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(scalar)
            } else {
                dash = true
            }
        }
        return out
    }
}
