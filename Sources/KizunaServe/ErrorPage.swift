import Foundation
import KizunaContent

/// What the preview shows instead of a stale site when the last build failed: every located
/// problem (`path:line:column: error: message`, in the editor's language) with its source line,
/// the column marked. Editors preview on phones too: nothing is wider than the screen, long
/// paths and source lines wrap (docs/JAPANESE.md; tested at 320 px in Chromium). Content is
/// hostile input: everything is escaped, control and bidi characters shown as `\u{…}`.
enum ErrorPage {
    /// As many as `kizuna check` prints before "… and N more".
    static let limit = DiagnosticFormatter().limit

    static func html(_ diagnostics: [Diagnostic], version: Int, language: EditorLanguage = .en,
                     sourceLines: (String) -> [Substring]? = DiagnosticFormatter.readLines) -> Data {
        let errors = diagnostics.filter { $0.severity == .error }.count
        var cache: [String: [Substring]] = [:]
        var items = ""
        for diagnostic in diagnostics.prefix(limit) {
            let path = diagnostic.location.path
            if cache[path] == nil { cache[path] = sourceLines(path) ?? [] }
            items += item(diagnostic, lines: cache[path] ?? [], language)
        }
        if diagnostics.count > limit {
            items += "<li class=\"more\">\(HTMLEscape.text(ReportMessage.moreNotShown(diagnostics.count - limit).text(language)))</li>\n"
        }
        var page = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.text(ServeMessage.pageTitle.text(language)))</title>
        <style>
        *,*::before,*::after{box-sizing:border-box}
        body{font:16px/1.6 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        h1{color:#a40e26;font-size:1.375rem;line-height:1.4}
        ol{list-style:none;margin:0;padding:0}
        li{background:#f6f6f6;border-left:4px solid #a40e26;padding:.75rem;margin:0 0 1rem}
        li.warning{border-left-color:#8a5a00}
        .where,pre{font:14px/1.5 ui-monospace,monospace;margin:0}
        pre{margin-top:.5rem;white-space:pre-wrap}
        h1,p,pre,li{overflow-wrap:anywhere;min-width:0}
        mark{background:#ffd2d2;color:inherit;outline:1px solid #a40e26}
        </style>
        </head>
        <body>
        <main>
        <h1>\(HTMLEscape.text(ServeMessage.pageHeading(errors: errors).text(language)))</h1>
        <p>\(HTMLEscape.text(ServeMessage.pageLead.text(language)))</p>
        <ol>
        \(items)</ol>
        </main>

        """
        page += LiveReload.script(version: version) + "\n</body>\n</html>\n"
        return Data(page.utf8)
    }

    /// One problem: its line as `check` prints it, then the source line with the column marked.
    static func item(_ d: Diagnostic, lines: [Substring], _ language: EditorLanguage) -> String {
        var out = "<li class=\"\(d.severity.rawValue)\"><p class=\"where\">\(HTMLEscape.text(d.line(language)))</p>"
        let index = d.location.line - 1
        if lines.indices.contains(index) {
            let line = lines[index]
            // Column counts characters, as the terminal's caret does.
            let before = line.prefix(max(0, d.location.column - 1))
            let rest = line.dropFirst(before.count)
            let marked = rest.prefix(1), after = rest.dropFirst(1)
            out += "<pre><code>" + shown(before)
            if !marked.isEmpty { out += "<mark>" + shown(marked) + "</mark>" }
            out += shown(after) + "</code></pre>"
        }
        return out + "</li>\n"
    }

    static func shown(_ text: Substring) -> String {
        HTMLEscape.text(TerminalSafe.escape(text, keepingTabs: true))
    }
}
