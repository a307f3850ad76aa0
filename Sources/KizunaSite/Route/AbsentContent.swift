import Foundation
import KizunaContent

/// Content files that are in the content folder but not in this build, with the reason, so a
/// link to one says why it would be a dead link ("it is members-only and this is the public
/// build") rather than only that it is.
///
/// And files with errors (`broken`), which a run that found them still routes and checks without:
/// whether their pages exist is unknown until they load, so a link to one, or to a list one of
/// them could add (a tag only it has), is not called dead. Its slug is its `slug:` when that was
/// readable, else its file name, as the loader would take it.
package struct AbsentContent: Sendable {
    private var bySource: [String: AbsenceReason] = [:]
    private var byFile: [String: AbsenceReason] = [:]
    private var brokenSources: Set<String> = []
    private var brokenFiles: Set<String> = []
    private var brokenPrefixes: Set<String> = []

    package init(content: Content, broken: [Content.FailedItem] = [], kinds: [any PublishedKind], scope: BuildScope, routes: RouteTable) {
        let byFolder = Dictionary(kinds.map { ($0.folder, $0) }, uniquingKeysWith: { a, _ in a })
        for item in broken {
            brokenSources.insert(RouteTable.sourceKey(item.location.path))
            guard let kind = byFolder[item.folder] else { continue }
            for target in kind.ownRoutes(slug: item.slug ?? item.fileName) { brokenFiles.insert(target.file) }
            brokenPrefixes.formUnion(kind.listPrefixes)
        }
        for kind in kinds { note(kind, content, scope, routes) }
    }

    /// Why each item of a kind without a route is not in the build, as the publication policy
    /// says (worked out only for those: most files have a route).
    private mutating func note<K: PublishedKind>(_ kind: K, _ content: Content, _ scope: BuildScope, _ routes: RouteTable) {
        for item in content[kind] where routes.route(forSource: item.at.file.path) == nil {
            // A kind without pages (stats snapshots) has nothing a link could reach.
            guard let page = kind.ownRoutes(slug: item.slug).first else { continue }
            let reason: AbsenceReason
            if case .absent(let why) = kind.publication(of: item, in: scope) { reason = why } else { reason = .notPublished }
            bySource[RouteTable.sourceKey(item.at.file.path)] = reason
            byFile[page.file] = reason
        }
    }

    func reason(forSource path: String) -> AbsenceReason? { bySource[RouteTable.sourceKey(path)] }

    /// The content file has errors: what a link to it finds is known only once it loads.
    func isBroken(source path: String) -> Bool {
        !brokenSources.isEmpty && brokenSources.contains(RouteTable.sourceKey(path))
    }

    /// The site path may be the page of a file with errors, or a list such a file could add.
    func mayBeMadeByBroken(sitePath: String) -> Bool {
        guard !brokenSources.isEmpty else { return false }
        return RouteTable.files(forSitePath: sitePath).contains { file in
            brokenFiles.contains(file) || brokenPrefixes.contains { file.hasPrefix($0) }
        }
    }

    func reason(forSitePath sitePath: String) -> AbsenceReason? {
        RouteTable.files(forSitePath: sitePath).lazy.compactMap { byFile[$0] }.first
    }
}
