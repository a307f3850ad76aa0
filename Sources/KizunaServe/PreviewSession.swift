import FlyingSocks
import Foundation
import KizunaContent
import KizunaBuild
import KizunaSite

/// `kizuna serve`: builds into a folder of its own, serves it on the loopback interface,
/// watches the content and theme folders and rebuilds on a change (incrementally, through the
/// build cache), and tells open pages to reload.
public final class PreviewSession: @unchecked Sendable {
    public struct Options: Sendable {
        public var contentDirectory: String
        public var themeDirectory: String?
        public var audience: Audience
        public var drafts: Bool
        /// A fixed moment (as build's --now); nil: the clock at each rebuild, so "upcoming" stays true.
        public var now: String?
        public var port: UInt16
        /// Names besides 127.0.0.1, localhost and [::1] that requests may give as their Host
        /// (`--allowed-host`; a forwarded name such as a Codespace's). See `AllowedHosts`.
        public var allowedHosts: [String]
        /// The GitHub Codespace the preview runs in (`CodespacesForwarding.read`): its forwarded
        /// name of the bound port is admitted as well.
        public var codespace: CodespacesForwarding? = nil
        public var limits: ServerLimits
        /// How often the folders are looked at for changes.
        public var pollInterval: Duration
        /// The language of the error page (the command's `--lang`, `KIZUNA_LANG`, else the site's).
        public var language: EditorLanguage
        /// `--base-url`: served under its path, and built with it in place of base_url.
        public var baseURL: BaseURL? = nil

        public init(contentDirectory: String, themeDirectory: String?, audience: Audience, drafts: Bool, now: String?,
                    port: UInt16, allowedHosts: [String] = [], limits: ServerLimits = ServerLimits(),
                    pollInterval: Duration = .milliseconds(250), language: EditorLanguage = .en) {
            self.language = language
            self.contentDirectory = contentDirectory
            self.themeDirectory = themeDirectory
            self.audience = audience
            self.drafts = drafts
            self.now = now
            self.port = port
            self.allowedHosts = allowedHosts
            self.limits = limits
            self.pollInterval = pollInterval
        }
    }

    /// What the command prints.
    public enum Event: Sendable {
        case built(Build.Report, seconds: Double, rebuild: Bool)
        case failed([Diagnostic])
        /// A change was seen; a rebuild starts.
        case rebuilding
        case listening(String)
        /// Told after `.listening` when the preview answers to more names than 127.0.0.1,
        /// localhost and [::1]: the `--allowed-host` values, and the Codespace's address.
        case alsoAnswering(names: [String], codespaceURL: String?)
        case request(String)
    }

    public let options: Options
    let siteFolder: String
    let state: PreviewState
    /// Called on the thread that builds, before `build` returns: the watcher looks at the
    /// folders again only after a build's `.built` or `.failed` has been told.
    let tell: @Sendable (Event) -> Void
    private let buildLock = NSLock()
    /// The watched folders as the first build found them, taken before it read anything (under
    /// `buildLock`). The watcher starts from them: a file saved while that build ran, or before
    /// the watcher's first look, is a change and builds again.
    private var firstLook: (folders: [String], stamps: [String: FolderWatcher.Stamp])?

    /// `folder`: where builds go (a temporary folder of the command's; the site is `folder/site`).
    public init(options: Options, folder: String, tell: @escaping @Sendable (Event) -> Void) {
        self.options = options
        self.tell = tell
        siteFolder = folder + "/site"
        state = PreviewState(siteFolder: siteFolder, basePath: Self.basePath(options) ?? "/", language: options.language)
    }

    /// `--base-url`'s path, else base_url's (decoded, as request paths are).
    static func basePath(_ options: Options) -> String? {
        options.baseURL.map { $0.path.removingPercentEncoding ?? $0.path } ?? basePath(content: options.contentDirectory)
    }

    /// base_url's path (decoded, as request paths are), or nil when site.yaml cannot be read.
    /// The site is served under it, as it will be published.
    static func basePath(content: String) -> String? {
        var ignored = Diagnostics()
        let sitePath = (content as NSString).appendingPathComponent("site.yaml")
        guard let site = ContentLoader(contentDirectory: content, kinds: []).loadSite(sitePath, &ignored), !ignored.hasErrors else { return nil }
        return site.base.path.removingPercentEncoding ?? site.base.path
    }

    func settings() throws -> Build.Settings {
        let environment = ProcessInfo.processInfo.environment
        let moment = try BuildOptions.resolveMoment(argument: options.now, environment: environment)
        var settings = Build.Settings(
            contentDirectory: options.contentDirectory, themeDirectory: options.themeDirectory, outputDirectory: siteFolder,
            options: BuildOptions(audience: options.audience, now: moment.date, drafts: options.drafts, localNow: moment.local, baseURL: options.baseURL),
            useCache: true, cacheDirectory: Build.Settings.cacheDirectory(forContent: options.contentDirectory))
        settings.cacheSecret = CacheSecret.resolve(environment: environment)
        return settings
    }

    /// One build; the preview then serves it, or its errors.
    public func build(rebuild: Bool = false) {
        buildLock.withLock {
            if firstLook == nil {
                let watcher = FolderWatcher(folders: watchedFolders)
                firstLook = (watcher.folders, watcher.snapshot())
            }
            let started = Date()
            do {
                let report = try Build(try settings()).run()
                state.built(basePath: Self.basePath(options))
                tell(.built(report, seconds: Date().timeIntervalSince(started), rebuild: rebuild))
            } catch let failure as BuildFailure {
                state.failed(failure.diagnostics)
                tell(.failed(failure.diagnostics))
            } catch {
                // A write error or a `--now` that cannot be read: said in words, at the content folder.
                let problem = [Diagnostic(.error, SourceLocation(path: options.contentDirectory), .describing(error))]
                state.failed(problem)
                tell(.failed(problem))
            }
        }
    }

    /// The folders a change in which means a rebuild: the content, the theme and the themes it extends.
    var watchedFolders: [String] {
        var folders = [options.contentDirectory]
        if let settings = try? settings() {
            let build = Build(settings)
            folders += build.themeFolders() ?? build.themeFolder().map { [$0] } ?? []
        }
        return folders
    }

    /// Watches until cancelled; a change rebuilds once the folders have been still for one poll
    /// (an editor saving several files, or git switching branches, gives one rebuild).
    public func watch() async {
        var watcher = FolderWatcher(folders: watchedFolders)
        let first = buildLock.withLock { firstLook }
        var last = first.flatMap { $0.folders == watcher.folders ? $0.stamps : nil } ?? watcher.snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: options.pollInterval)
            var now = watcher.snapshot()
            guard now != last else { continue }
            repeat {
                last = now
                try? await Task.sleep(for: options.pollInterval)
                now = watcher.snapshot()
            } while now != last && !Task.isCancelled
            tell(.rebuilding)
            build(rebuild: true)
            // `last` stays the state before this build, so a file saved while it ran is seen
            // on the next poll and builds again. Only when site.yaml names another theme do
            // the folders change, and the comparison starts over from them.
            let folders = watchedFolders
            if folders != watcher.folders {
                watcher = FolderWatcher(folders: folders)
                last = watcher.snapshot()
            }
        }
    }

    /// Serves on 127.0.0.1 until cancelled. Port 0 takes a free port; the address is told as
    /// `.listening` once the server accepts connections.
    public func serve() async throws {
        let handler = PreviewHandler(state: state)
        let server = PreviewServer(port: options.port, allowedHosts: options.allowedHosts, codespace: options.codespace, limits: options.limits,
                                   answer: { try await handler.answer($0) }, log: { [tell] line in tell(.request(line)) })
        do {
            try await server.run { [tell, state, options] port in
                tell(.listening("http://127.0.0.1:\(port)\(state.current.basePath)"))
                let codespaceURL = options.codespace.map { "https://\($0.hostName(port: port))\(state.current.basePath)" }
                if !options.allowedHosts.isEmpty || codespaceURL != nil {
                    tell(.alsoAnswering(names: options.allowedHosts, codespaceURL: codespaceURL))
                }
            }
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE {
            throw ServeFailure(.portInUse(options.port))
        } catch SocketError.failed(let type, _, let message) {
            throw ServeFailure(.cannotServe(port: options.port, detail: "\(type): \(message)"))
        }
    }
}

/// Why the preview could not be served, said for people.
public struct ServeFailure: CatalogueError, CustomStringConvertible {
    public var message: ServeMessage
    public init(_ message: ServeMessage) { self.message = message }
    public var text: LocalizedText { message.text }
    public var description: String { message.english }
}
