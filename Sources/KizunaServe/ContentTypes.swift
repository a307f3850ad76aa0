/// The Content-Type of each file a portal is made of, by extension. Text types say UTF-8;
/// `.ics` is text/calendar so calendar apps open it (RFC 5545 §8.1); a survey's `results.csv`
/// is text/csv (RFC 4180), its byte-order mark telling spreadsheets it is UTF-8.
enum ContentTypes {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json",
        "xml": "application/xml",
        "txt": "text/plain; charset=utf-8",
        "ics": "text/calendar; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff2": "font/woff2",
        "woff": "font/woff",
    ]

    static func of(_ path: String) -> String {
        // Atom feeds are `feed.xml`: served as Atom so a browser's feed handling sees them as such.
        if path.hasSuffix("/feed.xml") || path == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "application/octet-stream" }
        return byExtension[path[path.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
