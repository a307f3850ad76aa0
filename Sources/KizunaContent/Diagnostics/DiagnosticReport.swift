import Foundation

/// Problems as `kizuna check` prints them: for people (`text`: the line and a caret), for GitHub
/// Actions (`github`: workflow annotations on the pull request's files) or for other tools
/// (`json`). Every format lists the same problems in the same order.
public enum DiagnosticReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, github, json
    }

    public static func render(_ diagnostics: [Diagnostic], as format: Format, language: EditorLanguage = .en) -> String {
        switch format {
        case .text: return DiagnosticFormatter(language: language).format(diagnostics)
        case .github: return diagnostics.map { annotation($0, language) }.joined()
        case .json: return json(diagnostics, language)
        }
    }

    /// `::error file=content/news/x.md,line=3,col=7::message` (a whole-file problem has no line).
    static func annotation(_ d: Diagnostic, _ language: EditorLanguage = .en) -> String {
        var properties = "file=" + escapeProperty(d.location.path)
        if d.location.line > 0 { properties += ",line=\(d.location.line),col=\(d.location.column)" }
        return "::\(d.severity.rawValue) \(properties)::\(escapeData(d.message(language)))\n"
    }

    /// GitHub's workflow-command escaping: `%`, CR and LF in the message; also `:` and `,` in properties.
    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    static func json(_ diagnostics: [Diagnostic], _ language: EditorLanguage = .en) -> String {
        let entries = diagnostics.map { Entry(file: $0.location.path, line: $0.location.line, column: $0.location.column,
                                              severity: $0.severity.rawValue, message: $0.message(language)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]") + "\n"
    }
}
