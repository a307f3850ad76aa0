import FlyingFox
import Foundation
import KizunaContent

/// Answers the preview's requests from the last build's folder: files with their content
/// types, `index.html` for folders, the site's 404.html for anything missing, the located
/// errors instead of pages while the last build failed, and the reload endpoint.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState
    /// Told of every request answered (`GET /news/ 200`), for `--verbose`.
    let log: @Sendable (String) -> Void
    /// How long a reload request waits for a new build before answering "no change".
    var reloadWait: Duration = .seconds(10)

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await answer(request)
        log("\(request.method.rawValue) \(request.path) \(response.statusCode.code)")
        return response
    }

    func answer(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == LiveReload.endpoint { return try await reload(request) }
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        let snapshot = state.current
        let path = request.path.isEmpty ? "/" : request.path
        if path == "/" && snapshot.basePath != "/" {
            return HTTPResponse(statusCode: .temporaryRedirect, headers: HTTPHeaders([.location: snapshot.basePath]))
        }
        guard let file = file(for: path, under: snapshot.basePath) else { return notFound(snapshot, path: path) }
        let isPage = file.hasSuffix(".html")
        if isPage, let failure = snapshot.failure {
            return page(ErrorPage.html(failure, version: snapshot.version), status: .internalServerError)
        }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound(snapshot, path: path) }
        if isPage { return page(LiveReload.inject(into: data, version: snapshot.version), status: .ok) }
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: ContentTypes.of(file), .cacheControl: "no-store"]), body: data)
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

    func notFound(_ snapshot: PreviewState.Snapshot, path: String) -> HTTPResponse {
        if let failure = snapshot.failure {
            return page(ErrorPage.html(failure, version: snapshot.version), status: .internalServerError)
        }
        guard let data = FileManager.default.contents(atPath: state.siteFolder + "/404.html") else {
            return HTTPResponse(statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]), body: Data("404 Not Found\n".utf8))
        }
        return page(LiveReload.inject(into: data, version: snapshot.version), status: .notFound)
    }

    func page(_ body: Data, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: ContentTypes.byExtension["html"]!, .cacheControl: "no-store"]), body: body)
    }

    /// `?since=N`: answers as soon as the version is not N, or after `reloadWait` with it unchanged.
    func reload(_ request: HTTPRequest) async throws -> HTTPResponse {
        let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: reloadWait)
        var version = state.current.version
        while version == since && clock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            version = state.current.version
        }
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json", .cacheControl: "no-store"]),
                            body: Data("{\"version\":\(version)}".utf8))
    }
}
