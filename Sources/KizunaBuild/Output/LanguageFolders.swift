import KizunaContent
import KizunaSite

/// The folders of the site's other languages (`en/`) belong to them: a page or file of the
/// root language inside one (a free page `pages/en.md`, `static/` is safe) would be overwritten
/// or would overwrite, so it is a located error.
enum LanguageFolders {
    static func check(_ root: RouteTable, languages: [String], site: SiteConfig, _ d: inout Diagnostics) {
        let folders = Set(languages.dropFirst())
        guard !folders.isEmpty else { return }
        for route in root.routes {
            guard let first = route.file.split(separator: "/").first.map(String.init), folders.contains(first) else { continue }
            d.error(route.source ?? site.at.file, RouteMessage.inLanguageFolder(page: route.target.described, file: route.file, language: first))
        }
    }
}
