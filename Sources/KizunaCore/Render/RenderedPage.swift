/// One page to write: where, with which template, and what the template sees.
struct PageSpec {
    /// Relative folder path (`news/slug/`), or a file path for non-folder pages (`404.html`).
    var path: String
    var template: String
    var title: String
    var description: String?
    var context: [String: Any]
    /// Listed in sitemap.xml.
    var inSitemap = true
    /// Section for navigation highlighting (`news`, `events`…).
    var section: String

    var filePath: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }
}
