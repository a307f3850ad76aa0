/// A file under `content/static/`, copied byte for byte to `/static/<path>` in the output.
public struct StaticFile: Sendable, Hashable {
    /// Relative to `content/static/`, with `/` separators.
    public var path: String
    public var sourcePath: String

    public init(path: String, sourcePath: String) {
        self.path = path
        self.sourcePath = sourcePath
    }
}
