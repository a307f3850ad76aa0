/// A file under `content/static/`, copied byte for byte to `/static/<path>` in the output, or to
/// the site root when its first name starts with a dot (`static/.well-known/security.txt` →
/// `/.well-known/security.txt`): such names are read by hosts and clients only at the root.
public struct StaticFile: Sendable, Hashable {
    /// Relative to `content/static/`, with `/` separators.
    public var path: String
    public var sourcePath: String

    public init(path: String, sourcePath: String) {
        self.path = path
        self.sourcePath = sourcePath
    }

    /// Where a file at `path` under `static/` is published, relative to the site root.
    public static func sitePath(_ path: String) -> String {
        path.hasPrefix(".") ? path : "static/" + path
    }
}
