import Foundation
import KizunaContent
import KizunaSite

/// A file of the finished site, relative to the output folder. Made from the route it was
/// declared as: an output writes no file it did not declare (`DeclaredFiles`).
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes(Data)
        /// Copied from a file on disk (static files, theme assets) without reading it into memory here.
        case copy(from: String)
    }

    public var path: String
    public var contents: Contents

    /// The file of a route's target.
    public init(_ target: RouteTarget, contents: Contents) {
        self.init(path: target.file, contents: contents)
    }

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
