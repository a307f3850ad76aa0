import Foundation
import KizunaContent

/// Resolves the links Markdown makes into the site (`../events/x.yaml`, `/join/`) through the
/// route table: each becomes a URL under base_url's path, or a located error when it points
/// nowhere or to something this build does not publish.
public struct LinkResolver: Sendable {
    public struct Problem: Error, Sendable {
        public var message: String
        /// The link names a file with errors (or a list it could add): it is checked once that
        /// file loads, not reported now.
        public var waitsForBrokenFile = false
    }

    let routes: RouteTable
    let absent: AbsentContent
    /// The content folder, standardized: a relative link may not leave it.
    let contentRoot: String
    /// The pixel size of every image under static/, read once from its header.
    let imageSizes: [RouteTarget: ImageSize]
    /// The build's kinds: their Markdown is checked, and those with pages are what a link can name.
    let kinds: [any PublishedKind]

    package init(routes: RouteTable, absent: AbsentContent, kinds: [any PublishedKind], contentDirectory: String) {
        self.routes = routes
        self.absent = absent
        self.kinds = kinds
        contentRoot = RouteTable.sourceKey(contentDirectory)
        var sizes: [RouteTarget: ImageSize] = [:]
        for route in routes.routes {
            // Static files are the routes of files with a source that are not pages.
            guard route.format == .file, let source = route.source?.path,
                  ImageSize.extensions.contains((route.path as NSString).pathExtension.lowercased()),
                  let size = ImageSize.of(file: source) else { continue }
            sizes[route.target] = size
        }
        imageSizes = sizes
    }

    public func resolve(_ link: RenderedMarkdown.InternalLink) -> Result<String, Problem> {
        let suffix = LinkDestination.split(link.destination).suffix
        return route(of: link).map { routes.url($0.target) + suffix }
    }

    /// The size of the image a site path (`/static/x.png`, as in `image:`) or an image link names.
    public func imageSize(ofSitePath path: String) -> ImageSize? {
        routes.route(forSitePath: path).flatMap { imageSizes[$0.target] }
    }

    /// Where an internal link goes, for the body renderer to write in its link style: the
    /// route's target, what follows the path (`?…`, `#…`), and an image's pixel size. nil for a
    /// link to nothing (`check` reports it, so a build that renders has none).
    package func destination(of link: RenderedMarkdown.InternalLink) -> (target: RouteTarget, suffix: String, imageSize: ImageSize?)? {
        guard case .success(let route) = route(of: link) else { return nil }
        return (route.target, LinkDestination.split(link.destination).suffix, link.isImage ? imageSizes[route.target] : nil)
    }

    /// The route a link names, or why it names none.
    func route(of link: RenderedMarkdown.InternalLink) -> Result<Route, Problem> {
        let path = LinkDestination.split(link.destination).path
        let shown = link.destination
        guard !path.isEmpty else {
            return .failure(Problem(message: "link '\(shown)' has no path; link a content file such as ../events/x.yaml or a site path such as /join/"))
        }
        if path.hasPrefix("/") {
            if let route = routes.route(forSitePath: path) { return .success(route) }
            if absent.mayBeMadeByBroken(sitePath: path) { return .failure(Problem(message: "", waitsForBrokenFile: true)) }
            if let reason = absent.reason(forSitePath: path) {
                return .failure(Problem(message: "link '\(shown)' points to a page this build does not have: \(reason)"))
            }
            return .failure(Problem(message: "link '\(shown)' points to no page or file of this site"))
        }
        let folder = (link.location.path as NSString).deletingLastPathComponent
        let file = (folder.isEmpty ? "" : folder + "/") + (path.removingPercentEncoding ?? path)
        // Nothing outside the content folder is published, and the build does not look there.
        guard RouteTable.sourceKey(file).hasPrefix(contentRoot + "/") else {
            return .failure(Problem(message: "link '\(shown)' leaves the content folder; link a content file such as ../events/x.yaml or a site path such as /join/"))
        }
        if let route = routes.route(forSource: file) { return .success(route) }
        if absent.isBroken(source: file) { return .failure(Problem(message: "", waitsForBrokenFile: true)) }
        if let reason = absent.reason(forSource: file) {
            return .failure(Problem(message: "link '\(shown)' points to \(Self.tidy(file)), which this build does not publish: \(reason)"))
        }
        if FileManager.default.fileExists(atPath: file) {
            return .failure(Problem(message: "link '\(shown)' points to \(Self.tidy(file)), which has no page of its own; link \(linkable) or a file under static/"))
        }
        return .failure(Problem(message: "link '\(shown)' points to \(Self.tidy(file)), which does not exist; link a content file such as ../events/x.yaml or a site path such as /join/"))
    }

    /// "a news post, event, … page": the kinds whose items have a page.
    var linkable: String {
        let names = kinds.filter { !$0.ownRoutes(slug: "x").isEmpty }.map(\.itemName)
        return "a " + names.joined(separator: ", ")
    }

    /// `content/news/../events/x.yaml` → `content/events/x.yaml`, kept relative as the user wrote it.
    static func tidy(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == ".." && !parts.isEmpty && parts.last != ".." && parts.last != "" { parts.removeLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// Every internal link of the Markdown this build publishes, checked once.
    package func check(_ d: DerivedSite) -> Diagnostics {
        var bodies: [RenderedMarkdown] = d.referralHow.map { [$0] } ?? []
        // Site paths written in YAML (`image:`, `organization.logo`) must name a file of the site too.
        var sitePaths: [SitePathField] = []
        for kind in kinds {
            bodies += Self.bodies(kind, d)
            sitePaths += Self.sitePaths(kind, d)
        }
        var diagnostics = Diagnostics()
        if let logo = d.site.organization?.logo { sitePaths.append(SitePathField(path: logo, field: "organization.logo", at: d.site.at["organization.logo"])) }
        if let image = d.site.image { sitePaths.append(SitePathField(path: image, field: "image", at: d.site.at["image"])) }
        // An event's `report:` names a news post of this build.
        for e in d.allEvents {
            guard let slug = e.event.report, !routes.contains(.newsPost(slug)),
                  !absent.mayBeMadeByBroken(sitePath: "/" + RouteTarget.newsPost(slug).path) else { continue }
            let reason = absent.reason(forSitePath: "/" + RouteTarget.newsPost(slug).path).map { ": \($0)" } ?? ""
            diagnostics.error(e.event.at["report"], "'report' names the news post '\(slug)', which this build does not have\(reason == "" ? " (it is the post's file name without .md)" : reason)")
        }
        for item in sitePaths where item.path.hasPrefix("/") && routes.route(forSitePath: item.path) == nil
            && !absent.mayBeMadeByBroken(sitePath: item.path) {
            diagnostics.error(item.at, "'\(item.field)' points to \(item.path), which is no file of this site (files under content/static/ are at /static/…, the theme's assets at /assets/…)")
        }
        for body in bodies {
            for link in body.links {
                if case .failure(let problem) = resolve(link), !problem.waitsForBrokenFile { diagnostics.error(link.location, problem.message) }
            }
            for at in body.imagesWithoutAlt {
                diagnostics.warning(at, "image without alt text: say what it shows between the brackets, ![交流会の会場の様子](…), so readers who cannot see it know")
            }
        }
        return diagnostics
    }

    static func bodies<K: PublishedKind>(_ kind: K, _ d: DerivedSite) -> [RenderedMarkdown] { kind.bodies(of: d[kind]) }
    static func sitePaths<K: PublishedKind>(_ kind: K, _ d: DerivedSite) -> [SitePathField] { kind.sitePaths(of: d[kind]) }
}
