import Foundation
import KizunaContent

/// Every file of a build, declared by the outputs before anything is rendered. It is the one
/// owner of URLs: templates, navigation, the sitemap, links in Markdown and every later output
/// ask it, and two outputs that want the same file are caught here, with both sources named.
public struct RouteTable: Sendable {
    public private(set) var routes: [Route] = []
    public let paths: URLPath
    /// Where this language's files go: "" at the site root, `en/` for English under `/en/`.
    public let folder: String
    private var byTarget: [RouteTarget: Int] = [:]
    private var byFile: [String: Int] = [:]
    private var bySource: [String: Int] = [:]
    /// Files every language shares, at the site root (static files, theme assets, the sitemap):
    /// a page under `/en/` links them where the root's pages do.
    private var shared: [RouteTarget: Route] = [:]
    private var sharedFiles: [String: Route] = [:]
    /// The site root's table, for what this language leaves out (an item not translated, with
    /// `untranslated: hide`): a link to it goes to the page that exists.
    private var fallback: Box?

    /// The table of `routes` in their order; a route whose file is already taken is left out
    /// and reported as a located error.
    public init(_ routes: [Route], site: SiteConfig, diagnostics: inout Diagnostics) {
        self.init(routes, site: site, folder: "", diagnostics: &diagnostics)
    }

    /// One language's table: its own routes under `folder`, the root's `shared` files, and the
    /// root's table to fall back on.
    public init(_ routes: [Route], site: SiteConfig, folder: String, shared: [Route] = [], fallback: RouteTable? = nil,
                diagnostics: inout Diagnostics) {
        self.folder = folder
        self.fallback = fallback.map(Box.init)
        for route in shared {
            self.shared[route.target] = route
            sharedFiles[route.file] = route
        }
        paths = URLPath(site: site)
        var folded = FoldedPaths()
        for route in routes {
            // `file` is spelled from the target each time it is read: once per route here.
            let file = route.file
            if let taken = byFile[file] {
                Self.reportCollision(self.routes[taken], route, fallback: site.at.file, &diagnostics)
                continue
            }
            if let clash = folded.add(file, route: self.routes.count) {
                Self.reportClash(clash, self.routes[clash.earlierRoute], route, fallback: site.at.file, &diagnostics)
                continue
            }
            let index = self.routes.count
            self.routes.append(route)
            byFile[file] = index
            byTarget[route.target] = index
            // A content file's link goes to its page: the first route declared for it (an event's
            // page, not its .ics file).
            if let source = route.source, bySource[Self.sourceKey(source.path)] == nil { bySource[Self.sourceKey(source.path)] = index }
        }
    }

    static func reportCollision(_ first: Route, _ second: Route, fallback: SourceLocation, _ d: inout Diagnostics) {
        // Canonically equivalent names (`é` as one code point, or e + U+0301) are equal strings
        // in Swift but look alike in a message: say why they are one file.
        let otherForm = !first.file.utf8.elementsEqual(second.file.utf8)
        if otherForm {
            reportClash(FoldedPaths.Clash(path: second.file, earlier: first.file, earlierRoute: 0), first, second, fallback: fallback, &d)
            return
        }
        if let source = second.source {
            d.error(source, RouteMessage.writtenTwice(page: second.target.described, file: second.file, other: first.target.described, otherSource: first.source?.path))
        } else if let source = first.source {
            d.error(source, RouteMessage.writtenTwice(page: first.target.described, file: first.file, other: second.target.described, otherSource: second.source?.path))
        } else {
            d.error(fallback, RouteMessage.bothWrite(first.target.described, second.target.described, file: first.file))
        }
    }

    /// Two routes whose files, or folders on the way, differ only in case or Unicode form.
    static func reportClash(_ clash: FoldedPaths.Clash, _ first: Route, _ second: Route, fallback: SourceLocation, _ d: inout Diagnostics) {
        // Swift's == already ignores the Unicode form: equal strings differ only in it.
        d.error(second.source ?? first.source ?? fallback, RouteMessage.foldedClash(
            page: second.target.described, file: second.file, path: clash.path, earlier: clash.earlier,
            unicodeOnly: clash.path == clash.earlier, other: first.target.described, otherSource: first.source?.path))
    }

    /// Source paths compare as standardized absolute paths (`content/news/../pages/x.md`), made
    /// without Foundation's URL, which cost a tenth of a second on 10,000 posts.
    static func sourceKey(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    // MARK: Lookups

    public func route(_ target: RouteTarget) -> Route? { byTarget[target].map { routes[$0] } ?? shared[target] }
    public func contains(_ target: RouteTarget) -> Bool { byTarget[target] != nil || shared[target] != nil }
    /// Whether this language has the target itself (not a shared file, not the root's page).
    public func owns(_ target: RouteTarget) -> Bool { byTarget[target] != nil }

    /// The link to a target, root-relative under base_url's path (`/alumni/news/x/`).
    public func url(_ target: RouteTarget) -> String { paths.url(sitePath(target)) }
    /// The absolute URL, for canonical links, sitemaps and feeds.
    public func absoluteURL(_ target: RouteTarget) -> String { paths.absolute(sitePath(target)) }

    /// Where a target is, from the site root: in this language's folder, or at the root for a
    /// shared file and for a page only the root language has.
    public func sitePath(_ target: RouteTarget) -> String {
        if folder.isEmpty || byTarget[target] != nil { return folder + target.path }
        if shared[target] != nil { return target.path }
        if let root = fallback?.table, root.contains(target) { return root.sitePath(target) }
        return folder + target.path
    }

    /// A site path written in content (`image: /static/x.png`) as an absolute URL for feeds,
    /// sharing cards and JSON-LD; a web address stays as written.
    public func absoluteURL(forSitePath path: String) -> String {
        path.hasPrefix("/") ? paths.origin + url(forSitePath: path) : path
    }

    /// A calendar file as a `webcal://` subscription, which calendar apps follow for updates.
    public func webcalURL(_ target: RouteTarget) -> String {
        "webcal://" + absoluteURL(target).drop { $0 != ":" }.dropFirst(3)
    }

    /// The route of a content file (a news post, an event, a static file …).
    public func route(forSource path: String) -> Route? {
        bySource[Self.sourceKey(path)].map { routes[$0] } ?? fallback?.table.route(forSource: path)
    }

    /// The route a site path such as `/join/`, `/join`, `/news/x/index.html` or
    /// `/static/logo.svg` names (without base_url's path; still percent-encoded).
    public func route(forSitePath sitePath: String) -> Route? {
        let files = Self.files(forSitePath: sitePath)
        if let index = files.lazy.compactMap({ self.byFile[$0] }).first { return routes[index] }
        if let route = files.lazy.compactMap({ self.sharedFiles[$0] }).first { return route }
        return fallback?.table.route(forSitePath: sitePath)
    }

    /// The output files a site path may name, most likely first: `/join` is `join` or `join/index.html`.
    static func files(forSitePath sitePath: String) -> [String] {
        var path = String(sitePath.drop { $0 == "/" })
        path = path.removingPercentEncoding ?? path
        return [path, path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path + "/index.html"]
    }

    /// A site path (`/static/logo.svg`) as the link a page writes, under the base path; a web
    /// address, or a path naming no route (validation reports those), stays as written.
    public func url(forSitePath path: String) -> String {
        guard path.hasPrefix("/"), let route = route(forSitePath: path) else { return path }
        return url(route.target)
    }

    /// A table inside a table (the root's, for another language's) is held by reference.
    final class Box: Sendable {
        let table: RouteTable
        init(_ table: RouteTable) { self.table = table }
    }
}
