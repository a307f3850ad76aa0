import Foundation
import KizunaContent

/// What the preview serves right now: the folder of the last good build, the problems of the
/// last build if it failed, and a version that changes with every build (the reload script
/// waits for it to change).
final class PreviewState: @unchecked Sendable {
    struct Snapshot: Sendable {
        var version: Int
        var failure: [Diagnostic]?
        /// base_url's path (`/` or `/alumni/`): the site is served under it, as it will be.
        var basePath: String
    }

    let siteFolder: String
    /// The language the error page speaks.
    let language: EditorLanguage
    private let lock = NSLock()
    private var snapshot: Snapshot

    init(siteFolder: String, basePath: String, language: EditorLanguage = .en) {
        self.siteFolder = siteFolder
        self.language = language
        snapshot = Snapshot(version: 0, failure: nil, basePath: basePath)
    }

    var current: Snapshot { lock.withLock { snapshot } }

    /// A build succeeded; base_url's path is read again with it (site.yaml may have changed).
    func built(basePath: String?) {
        lock.withLock { snapshot = Snapshot(version: snapshot.version + 1, failure: nil, basePath: basePath ?? snapshot.basePath) }
    }

    func failed(_ diagnostics: [Diagnostic]) {
        lock.withLock { snapshot = Snapshot(version: snapshot.version + 1, failure: diagnostics, basePath: snapshot.basePath) }
    }
}
