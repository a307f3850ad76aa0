/// Collects every problem of a build stage instead of stopping at the first one.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    public mutating func error(_ location: SourceLocation, _ message: some CatalogueMessage) {
        all.append(.error(location, message))
    }

    public mutating func warning(_ location: SourceLocation, _ message: some CatalogueMessage) {
        all.append(.warning(location, message))
    }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }

    /// Sorted by file, then position, errors before warnings, so output is stable whatever
    /// order the stages ran in.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message) }
    }
}

/// Thrown when a stage found errors; carries all of them (and the warnings seen so far).
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    public func lines(_ language: EditorLanguage) -> String { diagnostics.map { $0.line(language) }.joined(separator: "\n") }
}
