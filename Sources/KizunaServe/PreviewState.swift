import Foundation
import KizunaContent

/// What the preview serves right now: the folder of the last good build, the problems of the
/// last build if it failed, and a version that changes with every build (the reload script
/// waits for it to change).
final class PreviewState: @unchecked Sendable {
    struct Snapshot: Sendable {
        var version: Int
        var failure: [Diagnostic]?
    }

    let siteFolder: String
    /// base_url's path (`/` or `/alumni/`): the site is served under it, as it will be.
    let basePath: String
    private let lock = NSLock()
    private var snapshot = Snapshot(version: 0, failure: nil)

    init(siteFolder: String, basePath: String) {
        self.siteFolder = siteFolder
        self.basePath = basePath
    }

    var current: Snapshot { lock.withLock { snapshot } }

    func built() { lock.withLock { snapshot = Snapshot(version: snapshot.version + 1, failure: nil) } }

    func failed(_ diagnostics: [Diagnostic]) {
        lock.withLock { snapshot = Snapshot(version: snapshot.version + 1, failure: diagnostics) }
    }
}
