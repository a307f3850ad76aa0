import Foundation
import KizunaContent

/// Answers the preview's requests from the last build's folder: files with their content
/// types, `index.html` for folders, the site's 404.html for anything missing, the located
/// errors instead of pages while the last build failed, and the reload endpoint. Only requests
/// that passed the server's checks (Host, GET or HEAD, a decoded path) get here.
struct PreviewHandler: Sendable {
    let state: PreviewState
    /// How long a reload request waits for a new build before answering "no change".
    var reloadWait: Duration = .seconds(10)

    func answer(_ request: RequestTarget) async throws -> Response {
        if request.path == LiveReload.endpoint { return try await reload(request) }
        let snapshot = state.current
        let path = request.path
        if path == "/" && snapshot.basePath != "/" {
            return Response(.temporaryRedirect, headers: [("Location", snapshot.basePath)])
        }
        guard let file = file(for: path, under: snapshot.basePath) else { return notFound(snapshot, path: path) }
        let isPage = file.hasSuffix(".html")
        if isPage, let failure = snapshot.failure {
            return page(ErrorPage.html(failure, version: snapshot.version, language: state.language), status: .internalServerError)
        }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound(snapshot, path: path) }
        if isPage { return page(LiveReload.inject(into: data, version: snapshot.version), status: .ok) }
        return Response(.ok, headers: [("Content-Type", ContentTypes.of(file)), ("Cache-Control", "no-store")], body: data)
    }

    /// The file a path names inside the site folder, or nil. Never outside it (no `.` or `..`),
    /// never the build's own files (`.kizuna-site`, `.kizuna-pages`), never through a symbolic
    /// link. Published dotfiles (`/.well-known/…`, `/.nojekyll`) are served like any file.
    func file(for path: String, under basePath: String) -> String? {
        guard path.hasPrefix(basePath) || path + "/" == basePath else { return nil }
        let relative = path.dropFirst(min(path.count, basePath.count))
        let parts = relative.split(separator: "/")
        guard !parts.contains(where: { $0 == "." || $0 == ".." || BuiltSite.isReserved(String($0)) || $0.contains("\0") }) else { return nil }
        var file = state.siteFolder + (parts.isEmpty ? "" : "/" + parts.joined(separator: "/"))
        guard let status = FileStatus.of(file) else { return nil }
        switch status.type {
        case .directory:
            file += "/index.html"
            return FileStatus.of(file)?.type == .regular ? file : nil
        case .regular:
            return file
        case .symbolicLink, .other:
            return nil
        }
    }

    func notFound(_ snapshot: PreviewState.Snapshot, path: String) -> Response {
        if let failure = snapshot.failure {
            return page(ErrorPage.html(failure, version: snapshot.version, language: state.language), status: .internalServerError)
        }
        // A language's own 404 page (`/en/404.html`) for a missing page under its folder.
        var folder = ""
        if path.hasPrefix(snapshot.basePath), let first = path.dropFirst(snapshot.basePath.count).split(separator: "/").first,
           first.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || ($0 >= 0x41 && $0 <= 0x5A) }),
           FileStatus.of(state.siteFolder + "/\(first)/404.html")?.type == .regular {
            folder = "/" + first
        }
        guard let data = FileManager.default.contents(atPath: state.siteFolder + folder + "/404.html") else {
            return .text(.notFound, "404 Not Found")
        }
        return page(LiveReload.inject(into: data, version: snapshot.version), status: .notFound)
    }

    func page(_ body: Data, status: HTTPStatus) -> Response {
        Response(status, headers: [("Content-Type", ContentTypes.byExtension["html"]!), ("Cache-Control", "no-store")], body: body)
    }

    /// `?since=N`: answers as soon as the version is not N, or after `reloadWait` with it unchanged.
    func reload(_ request: RequestTarget) async throws -> Response {
        let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: reloadWait)
        var version = state.current.version
        while version == since && clock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            version = state.current.version
        }
        return Response(.ok, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")],
                        body: Data("{\"version\":\(version)}".utf8))
    }
}
