import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `kizuna serve` as an editor uses it: the real executable on 127.0.0.1, real HTTP requests,
/// real file edits, every wait bounded.
@Suite(.serialized) struct ServeTests {
    /// A running `kizuna serve`, its standard output collected as it comes.
    final class Server: @unchecked Sendable {
        let process = Process()
        private let output: CollectedOutput

        /// `errorsToo`: what it prints on standard error is collected as well.
        init(_ arguments: [String], environment: [String: String] = [:], errorsToo: Bool = false) throws {
            process.executableURL = URL(fileURLWithPath: KizunaCLI.binary)
            process.arguments = ["serve", "--port", "0", "--verbose"] + arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1", "KIZUNA_LANG": "en"].merging(environment) { $1 }) { $1 }
            output = CollectedOutput(of: process, errorsToo: errorsToo)
            try process.run()
        }

        var printed: String { output.text }

        /// The first match of `pattern` in what the server printed, waiting up to `seconds`.
        func await(_ pattern: String, seconds: Double = 60) async throws -> String {
            let regex = try NSRegularExpression(pattern: pattern)
            let deadline = Date().addingTimeInterval(seconds)
            // Looked at once more after the deadline: under a loaded test run (sanitizers, every
            // suite in parallel) this task may only be resumed after the deadline has passed.
            var lastLook = false
            while !lastLook {
                lastLook = Date() >= deadline
                let text = printed
                if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                   let range = Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text) {
                    return String(text[range])
                }
                if !lastLook { try await Task.sleep(for: .milliseconds(50)) }
            }
            Issue.record("kizuna serve did not print /\(pattern)/ within \(seconds) s; it printed:\n\(printed)")
            throw CancellationError()
        }

        func stop() {
            if process.isRunning { process.interrupt() }
            process.waitUntilExit()
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    static func get(_ url: String) async throws -> (status: Int, type: String, body: String) {
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(from: URL(string: url)!)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data, as: UTF8.self))
    }

    /// Polls `url` until `done` holds for its answer, for at most `seconds`.
    static func poll(_ url: String, seconds: Double = 30, until done: ((status: Int, type: String, body: String)) -> Bool) async throws -> (status: Int, type: String, body: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try await get(url)
        // Asked once more after a sleep that crossed the deadline (a loaded run resumes late).
        while !done(last) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            last = try await get(url)
        }
        return last
    }

    func copyOfSmallSite() throws -> TemporaryDirectory {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        return work
    }

    /// A portal in two languages: `/en/` is served, and a missing page under it gets the
    /// English 404 page, one elsewhere the root's.
    @Test func aSecondLanguageHasItsPagesAndIts404() async throws {
        let work = try copyOfSmallSite()
        let sitePath = work.path + "/content/site.yaml"
        let site = try String(contentsOfFile: sitePath, encoding: .utf8).replacingOccurrences(of: "language: ja\n", with: "languages: [ja, en]\n")
        try site.write(toFile: sitePath, atomically: true, encoding: .utf8)
        let server = try Server(["--content", work.path + "/content", "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00"])
        defer { server.stop() }
        let base = try await server.await(#"Serving (http://127\.0\.0\.1:[0-9]+/\S*)"#)
        let folder = try await server.await(#"Building into (\S+)"#)
        let english = try await Self.get(base + "en/")
        #expect(english.status == 200 && english.body.contains(#"<html lang="en">"#))
        let missing = try await Self.get(base + "en/no-such-page/")
        #expect(missing.status == 404)
        #expect(missing.body.hasPrefix(String(try String(contentsOfFile: folder + "/en/404.html", encoding: .utf8).prefix(200))))
        let rootMissing = try await Self.get(base + "no-such-page/")
        #expect(rootMissing.status == 404 && rootMissing.body.contains(#"<html lang="ja">"#))
    }

    @Test func servesPagesWithTheirTypesAndRebuildsOnAChange() async throws {
        let work = try copyOfSmallSite()
        let server = try Server(["--content", work.path + "/content", "--theme", Repo.theme, "--audience", "members", "--now", "2026-11-25T12:00:00+09:00"])
        defer { server.stop() }
        let base = try await server.await(#"Serving (http://127\.0\.0\.1:[0-9]+/\S*)"#)
        let folder = try await server.await(#"Building into (\S+)"#)

        let home = try await Self.get(base)
        #expect(home.status == 200)
        #expect(home.type == "text/html; charset=utf-8")
        #expect(home.body.contains("<main"))
        #expect(home.body.contains(#"fetch("/__kizuna/reload?since="#), "the live-reload script is added to pages")
        let calendar = try await Self.get(base + "events/calendar.ics")
        #expect(calendar.status == 200)
        #expect(calendar.type == "text/calendar; charset=utf-8")
        #expect(calendar.body.hasPrefix("BEGIN:VCALENDAR"))
        #expect(try await Self.get(base + "assets/style.css").type == "text/css; charset=utf-8")
        #expect(try await Self.get(base + "news/feed.xml").type == "application/atom+xml; charset=utf-8")
        #expect(try await Self.get(base + "static/logo.svg").type == "image/svg+xml")
        let csv = try await Self.get(base + "surveys/annual-2026/results.csv")
        #expect(csv.status == 200 && csv.type == "text/csv; charset=utf-8" && csv.body.unicodeScalars.first == "\u{FEFF}")
        let missing = try await Self.get(base + "no-such-page/")
        #expect(missing.status == 404)
        let notFoundPage = try String(contentsOfFile: folder + "/404.html", encoding: .utf8)
        #expect(missing.body.hasPrefix(String(notFoundPage.prefix(200))), "the site's own 404.html")
        // Nothing outside the build, nor its hidden markers.
        #expect(try await Self.get(base + ".kizuna-site").status == 404)
        #expect(try await Self.get(base + "%2e%2e/%2e%2e/etc/passwd").status == 404)

        // A new post appears without restarting.
        try Data("---\ntitle: ライブ更新\ndate: 2026-11-20\n---\n新しい記事です。\n".utf8).write(to: URL(fileURLWithPath: work.path + "/content/news/live.md"))
        let post = try await Self.poll(base + "news/live/") { $0.status == 200 }
        #expect(post.status == 200)
        #expect(post.body.contains("ライブ更新"))

        // A broken file: pages show the located error instead of a stale site.
        try Data("---\ntitle: ライブ更新\ndate: 2026-11-xx\n---\n".utf8).write(to: URL(fileURLWithPath: work.path + "/content/news/live.md"))
        let broken = try await Self.poll(base + "news/") { $0.status == 500 }
        #expect(broken.status == 500)
        #expect(broken.body.contains("content/news/live.md:3:7: error: &#39;date&#39; must be a date"))
        #expect(broken.body.contains(#"fetch("/__kizuna/reload?since="#), "the error page reloads itself once fixed")

        // Fixed: the site is back.
        try Data("---\ntitle: 直りました\ndate: 2026-11-20\n---\n".utf8).write(to: URL(fileURLWithPath: work.path + "/content/news/live.md"))
        let fixed = try await Self.poll(base + "news/live/") { $0.status == 200 && $0.body.contains("直りました") }
        #expect(fixed.body.contains("直りました"))

        // Ctrl-C removes the temporary build.
        server.stop()
        #expect(server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func theReloadEndpointWaitsForTheNextBuild() async throws {
        let work = try copyOfSmallSite()
        let server = try Server(["--content", work.path + "/content", "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00"])
        defer { server.stop() }
        let base = try await server.await(#"Serving (http://127\.0\.0\.1:[0-9]+/\S*)"#)
        // The endpoint is at the server's root, whatever base_url's path (here /portal/).
        let url = try #require(URL(string: base))
        let origin = "http://127.0.0.1:\(url.port ?? 0)/"
        let current = try await Self.get(origin + "__kizuna/reload?since=-1")
        #expect(current.type == "application/json")
        let version = try #require(try JSONSerialization.jsonObject(with: Data(current.body.utf8)) as? [String: Int])["version"]
        async let waited = Self.get(origin + "__kizuna/reload?since=\(version ?? 0)")
        try await Task.sleep(for: .milliseconds(500))
        try Data("---\ntitle: 追加\ndate: 2026-11-20\n---\n".utf8).write(to: URL(fileURLWithPath: work.path + "/content/news/added.md"))
        let answer = try await waited
        #expect(answer.body == "{\"version\":\((version ?? 0) + 1)}")
    }

    /// A new base_url in site.yaml moves the preview with it, without a restart.
    @Test func aNewBasePathIsServedAfterTheRebuild() async throws {
        let work = try copyOfSmallSite()
        let server = try Server(["--content", work.path + "/content", "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00"])
        defer { server.stop() }
        let base = try await server.await(#"Serving (http://127\.0\.0\.1:[0-9]+/\S*)"#)
        let origin = "http://127.0.0.1:\(try #require(URL(string: base)?.port))/"
        #expect(try await Self.get(origin + "portal/").status == 200)
        let sitePath = work.path + "/content/site.yaml"
        let site = try String(contentsOfFile: sitePath, encoding: .utf8)
        try Data(site.replacingOccurrences(of: "https://alumni.example.org/portal/", with: "https://alumni.example.org/alumni/").utf8)
            .write(to: URL(fileURLWithPath: sitePath))
        let moved = try await Self.poll(origin + "alumni/news/") { $0.status == 200 }
        #expect(moved.status == 200)
        #expect(moved.body.contains("href=\"/alumni/news/"))
        #expect(try await Self.get(origin + "portal/news/").status == 404)
    }

    @Test func aPortInUseIsSaidAsSuch() async throws {
        let work = try copyOfSmallSite()
        let server = try Server(["--content", work.path + "/content", "--theme", Repo.theme])
        defer { server.stop() }
        let base = try await server.await(#"Serving (http://127\.0\.0\.1:[0-9]+/\S*)"#)
        let port = try #require(URL(string: base)?.port)
        let second = try KizunaCLI().run(["serve", "--content", work.path + "/content", "--theme", Repo.theme, "--port", "\(port)"],
                                                environment: ["NO_COLOR": "1"])
        #expect(second.status == 1)
        #expect(second.err.contains("error: port \(port) on 127.0.0.1 is in use"))
    }

    /// The reload script in a real browser: Chromium opens a page, the page's script polls, a
    /// file changes, and the browser loads the page again by itself.
    @Test func chromiumReloadsAnOpenPageAfterAChange() async throws {
        let browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "Chromium is needed (scripts/setup.sh --test installs it)")
        let work = try copyOfSmallSite()
        let server = try Server(["--content", work.path + "/content", "--theme", Repo.theme, "--now", "2026-11-25T12:00:00+09:00"])
        defer { server.stop() }
        let base = try await server.await(#"Serving (http://127\.0\.0\.1:[0-9]+/\S*)"#)
        let chromium = Process()
        chromium.executableURL = URL(fileURLWithPath: browser)
        chromium.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(work.path)/chromium", base + "news/"]
        chromium.standardOutput = FileHandle.nullDevice
        chromium.standardError = FileHandle.nullDevice
        try chromium.run()
        defer { chromium.terminate(); chromium.waitUntilExit() }
        _ = try await server.await(#"(GET /portal/news/ 200)"#)
        try await Task.sleep(for: .seconds(1))  // the page's script is now waiting on the server
        let before = server.printed.components(separatedBy: "GET /portal/news/ 200").count
        try Data("---\ntitle: 追加\ndate: 2026-11-20\n---\n".utf8).write(to: URL(fileURLWithPath: work.path + "/content/news/added.md"))
        _ = try await server.await(#"(Rebuilt)"#)
        let deadline = Date().addingTimeInterval(30)
        while server.printed.components(separatedBy: "GET /portal/news/ 200").count == before && Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(server.printed.components(separatedBy: "GET /portal/news/ 200").count > before, "the browser did not reload:\n\(server.printed)")
        #expect(server.printed.contains("GET /__kizuna/reload 200"))
    }
}

