/// One problem found in the input, reported like a compiler message, in the editor's language.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }

        public func label(_ language: EditorLanguage) -> String {
            switch (self, language) {
            case (.error, .en): return "error"
            case (.warning, .en): return "warning"
            case (.error, .ja): return "エラー"
            case (.warning, .ja): return "警告"
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The message in every language; from the catalogue (`CatalogueMessage`).
    public var text: LocalizedText

    public init(_ severity: Severity, _ location: SourceLocation, _ text: LocalizedText) {
        self.severity = severity
        self.location = location
        self.text = text
    }

    public init(_ severity: Severity, _ location: SourceLocation, _ message: some CatalogueMessage) {
        self.init(severity, location, message.text)
    }

    public static func error(_ location: SourceLocation, _ message: some CatalogueMessage) -> Diagnostic {
        Diagnostic(.error, location, message.text)
    }

    public static func warning(_ location: SourceLocation, _ message: some CatalogueMessage) -> Diagnostic {
        Diagnostic(.warning, location, message.text)
    }

    /// The English message (logs, tests).
    public var message: String { text.en }

    public func message(_ language: EditorLanguage) -> String { text(language) }

    /// `path:line:column: error: message` (Japanese: `path:line:column: エラー：message`), with
    /// control characters escaped (content can be hostile).
    public func line(_ language: EditorLanguage) -> String {
        let separator = language == .ja ? "：" : ": "
        return TerminalSafe.escape("\(location): \(severity.label(language))\(separator)\(text(language))")
    }

    public var description: String { line(.en) }
}
