/// A position in a content or theme file, 1-based like compilers print it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path as the user passed it (relative paths stay relative, so messages match the command line).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// A location about a whole file or folder, with no position inside it (`nope: error: …`).
    public static func whole(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 0, column: 0) }

    public var description: String { line > 0 ? "\(path):\(line):\(column)" : path }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}
