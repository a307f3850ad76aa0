import Foundation

/// Prints diagnostics the way compilers do: the message line, then the source line and a caret.
public struct DiagnosticFormatter: Sendable {
    /// More than this many messages only hides the ones that matter; say how many were left out.
    public var limit: Int
    /// ANSI colours for a terminal: the location bold, the severity red or yellow, the caret green.
    public var colours: Bool
    public var language: EditorLanguage

    public init(limit: Int = 200, colours: Bool = false, language: EditorLanguage = .en) {
        self.limit = limit
        self.colours = colours
        self.language = language
    }

    func headline(_ d: Diagnostic) -> String {
        guard colours else { return d.line(language) }
        let separator = language == .ja ? "：" : ":"
        let label = d.severity.label(language) + separator
        let severity = d.severity == .error ? "\u{1B}[1;31m\(label)\u{1B}[0m" : "\u{1B}[1;33m\(label)\u{1B}[0m"
        let space = language == .ja ? "" : " "
        return "\u{1B}[1m\(TerminalSafe.escape("\(d.location)")):\u{1B}[0m \(severity)\(space)\u{1B}[1m\(TerminalSafe.escape(d.message(language)))\u{1B}[0m"
    }

    public func format(_ diagnostics: [Diagnostic], sourceLines: (String) -> [Substring]? = DiagnosticFormatter.readLines) -> String {
        var out = ""
        var cache: [String: [Substring]] = [:]
        for diagnostic in diagnostics.prefix(limit) {
            out += headline(diagnostic) + "\n"
            let path = diagnostic.location.path
            if cache[path] == nil { cache[path] = sourceLines(path) ?? [] }
            let lines = cache[path] ?? []
            let index = diagnostic.location.line - 1
            guard lines.indices.contains(index) else { continue }
            let line = lines[index]
            out += "    " + TerminalSafe.escape(line, keepingTabs: true) + "\n"
            // Column counts characters; wide (CJK) characters take two cells in a terminal, and an
            // escaped control character as many as its escape.
            let prefix = TerminalSafe.escape(line.prefix(max(0, diagnostic.location.column - 1)), keepingTabs: true)
            let pad = prefix.reduce(0) { $0 + ($1 == "\t" ? 1 : Self.cellWidth($1)) }
            out += "    " + String(repeating: " ", count: pad) + (colours ? "\u{1B}[32m^\u{1B}[0m\n" : "^\n")
        }
        if diagnostics.count > limit {
            out += ReportMessage.moreNotShown(diagnostics.count - limit).text(language) + "\n"
        }
        return out
    }

    public static func readLines(_ path: String) -> [Substring]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    static func cellWidth(_ c: Character) -> Int {
        guard let scalar = c.unicodeScalars.first else { return 1 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
