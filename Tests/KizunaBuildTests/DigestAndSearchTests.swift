import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The contract's `/digest/<yyyy-mm>/` (monthly, e-mail ready) and `/search/` (a static index
/// and a script that shows `?q=` results on load).
@Suite struct DigestAndSearchTests {
    static let small = Repo.fixtures + "/sites/small"

    static func built(_ audience: Audience, now: String = "2026-11-25T12:00:00+09:00") throws -> [String: String] {
        let out = try TemporaryDirectory()
        let moment = try BuildOptions.resolveMoment(argument: now, environment: [:]).date
        let files = try Build(settings(content: small, output: out.path + "/site", audience: audience, now: moment)).renderedFiles().files
        return files.texts()
    }

    @Test func aMonthsDigestHasItsNewsPostingsAsksAndNextMonthsEvents() throws {
        let site = try Self.built(.members)
        let november = try #require(site["digest/2026-11/index.html"])
        // Posted in November: the members' news, the mentor posting, the ask; events of December.
        #expect(november.contains("会員向けのお知らせ"))
        #expect(november.contains("新任マネージャー向けメンター"))
        #expect(november.contains("人事制度の相談にのってください"))
        #expect(november.contains("冬の交流会"))
        #expect(november.contains("2026年12月のイベント"))
        // E-mail ready: absolute links only, no script, no stylesheet, styles inline, one main.
        let hrefs = november.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!hrefs.isEmpty)
        for href in hrefs { #expect(href.hasPrefix("https://alumni.example.org/portal/"), "\(href)") }
        #expect(!november.contains("<script") && !november.contains("stylesheet"))
        #expect(november.contains("<main style="))
        // The list links every month, newest first.
        let list = try #require(site["digest/index.html"])
        let months = list.components(separatedBy: "href=\"/portal/digest/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            .filter { $0.range(of: #"^[0-9]{4}-[0-9]{2}/$"#, options: .regularExpression) != nil }
            .map { String($0.dropLast()) }
        #expect(months == ["2026-11", "2026-10", "2026-09"])
    }

    @Test func aPublicDigestHasNoMembersItemsAndNoMonthIsAfterNow() throws {
        let site = try Self.built(.public)
        for (path, text) in site where path.hasPrefix("digest/") {
            #expect(!text.contains("会員向けのお知らせ") && !text.contains("人事制度の相談"), "\(path)")
        }
        // Earlier: the post of 2026-10-25 is not published yet, so October has nothing; no month after now.
        let october = try Self.built(.members, now: "2026-10-20T12:00:00+09:00")
        let months = october.keys.filter { $0.hasPrefix("digest/2") && $0.hasSuffix(".html") }.sorted()
        #expect(months == ["digest/2026-09/index.html"])
    }

    struct Index: Decodable {
        struct Entry: Decodable { var kind: String; var title: String; var url: String; var date: String?; var text: String }
        var version: Int
        var entries: [Entry]
    }

    @Test func theSearchIndexHoldsOnlyWhatTheBuildPublishes() throws {
        for audience in [Audience.public, .members] {
            let site = try Self.built(audience)
            let index = try JSONDecoder().decode(Index.self, from: Data(try #require(site["search/index.json"]).utf8))
            #expect(index.version == 1)
            // Every entry is a page of this build.
            for entry in index.entries {
                let file = String(entry.url.dropFirst("/portal/".count)) + "index.html"
                #expect(site[file] != nil, "\(audience): \(entry.url) is not a page")
            }
            let titles = index.entries.map(\.title)
            #expect(titles.contains("初の交流会を開催しました <速報>"))
            #expect(titles.contains("会員向けのお知らせ") == (audience == .members))
            #expect(titles.contains("人事制度の相談にのってください") == (audience == .members))
            // Profiles: listed ones in a members build only, never the unlisted one.
            let names = index.entries.filter { $0.url.contains("/directory/") }.map(\.title)
            #expect(names.sorted() == (audience == .members ? ["会員 1号", "会員 2号", "会員 3号", "会員 4号", "公開 太郎"] : []))
            #expect(!site["search/index.json"]!.contains("非公開"))
        }
    }

    /// The search page in a real browser: `?q=` shows the results on load, escaped as text;
    /// a query with no match says so.
    @Test func chromiumShowsResultsForTheQueryInTheAddress() throws {
        let browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "Chromium is needed (scripts/setup.sh --test installs it)")
        // A plain static server (kizuna serve's reload script would keep a request open, and a
        // headless browser's virtual time waits for it). The site lives under base_url's path.
        let work = try TemporaryDirectory()
        let moment = try BuildOptions.resolveMoment(argument: "2026-11-25T12:00:00+09:00", environment: [:]).date
        try Build(settings(content: Self.small, output: work.path + "/root/portal", audience: .members, now: moment)).run()
        let server = try StaticServer(root: work.path + "/root")
        defer { server.stop() }
        let port = try #require(server.port(within: 20), "python3 -m http.server did not start")
        let origin = "http://127.0.0.1:\(port)/"

        func dom(_ query: String) throws -> String {
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? query
            return try dom(path: "portal/search/?q=" + encoded)
        }
        func dom(path: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(work.path)/chromium",
                                 "--virtual-time-budget=10000", "--dump-dom", origin + path]
            // Bounded: a browser that hangs is stopped after 60 s (and the expectations fail).
            return try ChildProcess.run(process, limit: 60).outText
        }

        // The script fills the box by setting the input's `value` property, which a DOM dump does
        // not show: a page of the test's own loads the search page in a frame and, once the
        // results are told, writes what the box holds into its own DOM.
        try Data(Self.boxProbe.utf8).write(to: URL(fileURLWithPath: work.path + "/root/box.html"))
        func box(_ query: String) throws -> String? {
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? query
            let probe = try dom(path: "box.html?q=" + encoded)
            guard let start = probe.range(of: "<output id=\"box\">["), let end = probe.range(of: "]</output>", range: start.upperBound..<probe.endIndex) else { return nil }
            return String(probe[start.upperBound..<end.lowerBound])
        }

        let found = try dom("交流会")
        let results = found.components(separatedBy: "id=\"search-results\"").last ?? ""
        #expect(results.contains("初の<mark>交流会</mark>を開催しました &lt;速報&gt;"), "the title is text, not markup, its match marked:\n\(results.prefix(2000))")
        #expect(results.contains("冬の<mark>交流会</mark>"))
        #expect(!results.contains("会員向けのお知らせ"))
        #expect(found.contains("件見つかりました"))
        let inBox = try box("交流会")
        #expect(inBox == "交流会", "the query is in the search box")

        // Two words: pages with both. Full-width letters match (NFKC).
        let both = try dom("会員 ４号")
        #expect(both.contains("<mark>会員</mark> <mark>4号</mark>"))
        #expect(!both.contains("1号</a>"))

        let none = try dom("存在しないことば")
        #expect(none.contains("見つかりませんでした"))
    }

    /// Served beside the site: shows /portal/search/ with its own `?q=` in a frame and, once the
    /// frame's status line says something (the search has run), puts the box's value in `#box`
    /// between brackets (so an empty box shows as `[]`).
    static let boxProbe = """
        <!doctype html><meta charset="utf-8"><title>box</title>
        <output id="box"></output>
        <iframe id="page"></iframe>
        <script>
        var frame = document.getElementById("page");
        frame.src = "/portal/search/" + location.search;
        var timer = setInterval(function () {
          var page = frame.contentDocument, status = page && page.getElementById("search-status");
          if (!status || !status.textContent) return;
          clearInterval(timer);
          document.getElementById("box").textContent = "[" + page.getElementById("search-q").value + "]";
        }, 20);
        </script>

        """
}

/// `python3 -m http.server` on 127.0.0.1 and a free port, for pages a browser loads over HTTP.
final class StaticServer: @unchecked Sendable {
    let process = Process()
    private let output: CollectedOutput

    init(root: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root]
        output = CollectedOutput(of: process)
        try process.run()
    }

    /// The port from "Serving HTTP on 127.0.0.1 port N …", waiting up to `seconds`.
    func port(within seconds: Double) -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let text = output.text
            if let range = text.range(of: #"port [0-9]+"#, options: .regularExpression) {
                return Int(text[range].dropFirst("port ".count))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// SIGKILL: a test process may pass SIGTERM on as ignored, and Python would never stop.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
