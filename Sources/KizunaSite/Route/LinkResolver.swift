import Foundation
import KizunaContent

/// Resolves the links Markdown makes into the site (`../events/x.yaml`, `/join/`) through the
/// route table: each becomes a URL under base_url's path, or a located error when it points
/// nowhere or to something this build does not publish.
public struct LinkResolver: Sendable {
    public struct Problem: Error, Sendable {
        /// nil when the link waits for a broken file.
        public var message: SiteLinkMessage?
        /// The link names a file with errors (or a list it could add): it is checked once that
        /// file loads, not reported now.
        public var waitsForBrokenFile: Bool { message == nil }

        init(_ message: SiteLinkMessage) { self.message = message }
        /// A link to a file with errors, or to a list such a file could add.
        static let waitsForBrokenFile = Problem(message: nil)
        private init(message: SiteLinkMessage?) { self.message = message }
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
            return .failure(Problem(.noPath(shown: shown)))
        }
        if path.hasPrefix("/") {
            if let route = routes.route(forSitePath: path) { return .success(route) }
            if absent.mayBeMadeByBroken(sitePath: path) { return .failure(.waitsForBrokenFile) }
            if let reason = absent.reason(forSitePath: path) { return .failure(Problem(.noPageInBuild(shown: shown, reason))) }
            return .failure(Problem(.nowhere(shown: shown)))
        }
        let folder = (link.location.path as NSString).deletingLastPathComponent
        let file = (folder.isEmpty ? "" : folder + "/") + (path.removingPercentEncoding ?? path)
        // Nothing outside the content folder is published, and the build does not look there.
        guard RouteTable.sourceKey(file).hasPrefix(contentRoot + "/") else {
            return .failure(Problem(.leavesContent(shown: shown)))
        }
        if let route = routes.route(forSource: file) { return .success(route) }
        if absent.isBroken(source: file) { return .failure(.waitsForBrokenFile) }
        if let reason = absent.reason(forSource: file) {
            return .failure(Problem(.notPublished(shown: shown, file: Self.tidy(file), reason)))
        }
        if FileManager.default.fileExists(atPath: file) {
            let linkable = kinds.filter { !$0.ownRoutes(slug: "x").isEmpty }
            return .failure(Problem(.noOwnPage(shown: shown, file: Self.tidy(file), items: linkable.map(\.itemName), folders: linkable.map(\.folder))))
        }
        return .failure(Problem(.missingFile(shown: shown, file: Self.tidy(file))))
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
        var bodies: [RenderedMarkdown] = (d.referralHow.map { [$0] } ?? []) + (d.join?.all ?? [])
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
            let reason = absent.reason(forSitePath: "/" + RouteTarget.newsPost(slug).path)
            diagnostics.error(e.event.at["report"], SiteLinkMessage.reportNotInBuild(slug: slug, reason))
        }
        for item in sitePaths where item.path.hasPrefix("/") && routes.route(forSitePath: item.path) == nil
            && !absent.mayBeMadeByBroken(sitePath: item.path) {
            diagnostics.error(item.at, SiteLinkMessage.sitePathNotAFile(field: item.field, path: item.path))
        }
        for body in bodies {
            for link in body.links {
                if case .failure(let problem) = resolve(link), let message = problem.message { diagnostics.error(link.location, message) }
            }
            for at in body.imagesWithoutAlt {
                diagnostics.warning(at, SiteLinkMessage.imageWithoutAlt)
            }
        }
        return diagnostics
    }

    static func bodies<K: PublishedKind>(_ kind: K, _ d: DerivedSite) -> [RenderedMarkdown] { kind.bodies(of: d[kind]) }
    static func sitePaths<K: PublishedKind>(_ kind: K, _ d: DerivedSite) -> [SitePathField] { kind.sitePaths(of: d[kind]) }
}
