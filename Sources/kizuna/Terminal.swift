import Foundation
import KizunaContent

/// Where the commands write for people. Colours only on a terminal and never with `NO_COLOR`
/// set (https://no-color.org) or `TERM=dumb`; a pipe or a CI log gets plain text.
struct Terminal: Sendable {
    enum Style: String {
        case red = "1;31", yellow = "1;33", green = "32", bold = "1", dim = "2"
    }

    let descriptor: Int32
    let isTerminal: Bool
    let colours: Bool

    init(descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.descriptor = descriptor
        isTerminal = isatty(descriptor) == 1
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colours = isTerminal && !noColour && environment["TERM"] != "dumb"
    }

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Platform.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    func styled(_ text: String, _ style: Style) -> String {
        colours ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A catalogue line whose `head` (the verb or verdict that starts it) is coloured, and the
    /// first occurrence of `also` (a part of it, such as the warnings) in its own colour.
    func styled(_ line: String, head: String?, _ style: Style, also: (text: String, style: Style)? = nil) -> String {
        guard colours else { return line }
        let head = head.flatMap { line.hasPrefix($0) ? $0 : nil } ?? ""
        var rest = String(line.dropFirst(head.count))
        if let also, !also.text.isEmpty, let range = rest.range(of: also.text) {
            rest.replaceSubrange(range, with: styled(also.text, also.style))
        }
        return (head.isEmpty ? "" : styled(head, style)) + rest
    }

    /// An error that is not located (a folder that cannot be written, a port in use):
    /// `error: message` / `エラー：message`.
    func error(_ text: LocalizedText, _ language: EditorLanguage) {
        let label = Diagnostic.Severity.error.label(language) + (language == .ja ? "：" : ":")
        write(styled(label, .red) + (language == .ja ? "" : " ") + TerminalSafe.escape(text(language)) + "\n")
    }

    /// A warning that is not located: `warning: message` / `警告：message`.
    func warning(_ text: LocalizedText, _ language: EditorLanguage) {
        let label = Diagnostic.Severity.warning.label(language) + (language == .ja ? "：" : ":")
        write(styled(label, .yellow) + (language == .ja ? "" : " ") + TerminalSafe.escape(text(language)) + "\n")
    }

    /// Located problems, coloured as this terminal allows.
    func diagnostics(_ list: [Diagnostic], _ language: EditorLanguage) {
        guard !list.isEmpty else { return }
        write(DiagnosticFormatter(colours: colours, language: language).format(list))
    }
}
