import Foundation
import KizunaContent

/// What the preview shows instead of a stale site when the last build failed: every located
/// problem with its source line and a caret, as `kizuna check` prints them. Content is hostile
/// input: everything is escaped.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic], version: Int) -> Data {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let text = DiagnosticFormatter().format(diagnostics)
        var page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed — kizuna serve</title>
        <style>
        body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}
        main{max-width:72rem;margin:0 auto;padding:1.5rem}
        h1{color:#a40e26;font-size:1.5rem}
        pre{background:#f6f6f6;border-left:4px solid #a40e26;padding:1rem;overflow-x:auto;font:14px/1.45 ui-monospace,monospace;white-space:pre}
        </style>
        </head>
        <body>
        <main>
        <h1>Build failed: \(errors) error\(errors == 1 ? "" : "s")</h1>
        <p>The site was not rebuilt. Fix the problems below and save: this page reloads by itself.</p>
        <pre>\(HTMLEscape.text(text))</pre>
        </main>

        """
        page += LiveReload.script(version: version) + "\n</body>\n</html>\n"
        return Data(page.utf8)
    }
}
