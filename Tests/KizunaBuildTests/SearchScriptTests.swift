import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The search page's script over the sharded index, in headless Chromium, on the small example
/// (with one post whose title is markup): queries of two, three and four characters, katakana
/// typed in hiragana and half-width, an English prefix, a name; what a public build must not
/// find; a title's markup shown as text with its match marked; the header's form landing on the
/// results; the page without JavaScript linking the lists.
@Suite(.serialized) struct SearchScriptTests {
    final class Served {
        let work: TemporaryDirectory
        let servers: [Audience: StaticServer]
        let origins: [Audience: String]
        let browser: String
        /// The site's path on the server.
        let base: String

        /// The small fixture (served under /portal/) with a few posts added, or, with `example`,
        /// the repository's example portal (served at /), as `kizuna build` makes them.
        init(example: Bool = false) throws {
            browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "Chromium is needed (scripts/setup.sh --test installs it)")
            work = try TemporaryDirectory()
            let content = work.path + "/content"
            try FileManager.default.copyItem(atPath: example ? Repo.root + "/content" : Repo.fixtures + "/sites/small", toPath: content)
            let base = example ? "/" : "/portal/"
            self.base = base
            if !example {
            try Data("---\ntitle: \"<b>x</b> の近況\"\ndate: 2026-11-10\n---\n題名にタグの形の文字があるお知らせです。\n".utf8)
                .write(to: URL(fileURLWithPath: content + "/news/markup.md"))
            // 京都 at the end of 東京都, in a newer post's title, and 京都 as a word in an older post's body.
            try Data("---\ntitle: \"東京都の卒業生の集い\"\ndate: 2026-11-12\n---\n都内で開きました。\n".utf8)
                .write(to: URL(fileURLWithPath: content + "/news/tokyo.md"))
            try Data("---\ntitle: \"関西の卒業生の集い\"\ndate: 2026-10-01\n---\n次回は京都で会いましょう。\n".utf8)
                .write(to: URL(fileURLWithPath: content + "/news/kansai.md"))
            }
            let moment = try BuildOptions.resolveMoment(argument: "2026-11-25T12:00:00+09:00", environment: [:]).date
            var servers: [Audience: StaticServer] = [:], origins: [Audience: String] = [:]
            for audience in [Audience.public, .members] {
                let root = work.path + "/\(audience)"
                try Build(settings(content: content, output: root + base.dropLast(), audience: audience, now: moment)).run()
                try Data(SearchScriptTests.probe.utf8).write(to: URL(fileURLWithPath: root + "/probe.html"))
                let server = try StaticServer(root: root)
                servers[audience] = server
                origins[audience] = "http://127.0.0.1:\(try #require(server.port(within: 20), "python3 -m http.server did not start"))/"
            }
            self.servers = servers
            self.origins = origins
        }

        deinit { servers.values.forEach { $0.stop() } }

        /// What the probe saw: the frame's address, the status line (with " [more]" when the
        /// 「続きを表示」 button shows) and the results' HTML.
        func search(_ query: String, _ audience: Audience = .members, header: Bool = false) throws -> (address: String, status: String, results: String) {
            func encoded(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(work.path)/chromium-\(audience)",
                                 "--virtual-time-budget=20000", "--dump-dom", (origins[audience] ?? "") + "probe.html?base=" + encoded(base) + "&q=" + encoded(query) + (header ? "&header=1" : "")]
            // Bounded: a browser that hangs is stopped after 60 s (and the expectations fail).
            let page = try ChildProcess.run(process, limit: 60).outText
            guard let from = page.range(of: "<pre id=\"log\">"), let to = page.range(of: "</pre>", range: from.upperBound..<page.endIndex) else { return (page, "", "") }
            let parts = page[from.upperBound..<to.lowerBound].replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&").components(separatedBy: "\n")
            return parts.count == 3 ? (parts[0], parts[1], parts[2]) : (parts.joined(separator: "\n"), "", "")
        }
    }

    @Test func japaneseQueriesOfEachKind() throws {
        let s = try Served()
        // Two characters: the ask (title) and a profile that has it in its role.
        let two = try s.search("人事")
        #expect(two.results.contains("<mark>人事</mark>制度の相談にのってください") && two.results.contains("公開 太郎"), "\(two)")
        let title = two.results.range(of: "制度の相談"), role = two.results.range(of: "公開 太郎")
        let titleFirst = title.flatMap { t in role.map { t.lowerBound < $0.lowerBound } } ?? false
        #expect(titleFirst, "a title match ranks first: \(two)")
        // Three: the event and the post, the words marked.
        let three = try s.search("交流会")
        #expect(three.results.contains("冬の<mark>交流会</mark>") && three.results.contains("初の<mark>交流会</mark>を開催しました"), "\(three)")
        #expect(three.status.contains("件見つかりました"), "\(three)")
        // Four: only the ask.
        let four = try s.search("人事制度")
        #expect(four.results.contains("<mark>人事制度</mark>の相談") && !four.results.contains("公開 太郎"), "\(four)")
        // Katakana typed in hiragana and half-width: the survey and the mentor posting.
        let hiragana = try s.search("あるむない")
        #expect(hiragana.results.contains("2026年 <mark>アルムナイ</mark>サーベイ"), "\(hiragana)")
        let halfWidth = try s.search("ﾒﾝﾀｰ")
        #expect(halfWidth.results.contains("新任マネージャー向け<mark>メンター</mark>"), "\(halfWidth)")
        // A name, and an English prefix of a consented English name.
        let name = try s.search("公開 太郎")
        #expect(name.results.contains("<mark>公開</mark> <mark>太郎</mark>"), "\(name)")
        let english = try s.search("Tar")
        #expect(english.results.contains("<mark>Tar</mark>o Open"), "\(english)")
        // One character: the event's title.
        let one = try s.search("冬")
        #expect(one.results.contains("<mark>冬</mark>の交流会"), "\(one)")
        // A word ranks above the end of a longer one, though that is newer and in a title; the
        // body's match is the snippet, marked.
        let kyoto = try s.search("京都")
        let word = kyoto.results.range(of: "関西の卒業生の集い"), end = kyoto.results.range(of: "東<mark>京都</mark>の卒業生の集い")
        let wordFirst = word.flatMap { w in end.map { w.lowerBound < $0.lowerBound } } ?? false
        #expect(wordFirst && kyoto.results.contains("次回は<mark>京都</mark>で会いましょう。"), "\(kyoto)")
        let none = try s.search("存在しないことば")
        #expect(none.status.contains("見つかりませんでした") && none.results.isEmpty, "\(none)")
        // Nothing more to show, no 「続きを表示」: a `.button`'s display must not undo `hidden`.
        #expect(!none.status.contains("[more]") && !three.status.contains("[more]"), "\(none) \(three)")
    }

    @Test func thePublicBuildFindsNoMemberAndNoMembersOnlyItem() throws {
        let s = try Served()
        for query in ["会員 1号", "公開 太郎", "人事制度", "会員向け"] {
            let found = try s.search(query, .public)
            #expect(found.status.contains("見つかりませんでした") && found.results.isEmpty, "\(query): \(found)")
        }
        // The same queries find them in the members build (the check can fail).
        #expect(try s.search("会員向け").results.contains("<mark>会員向け</mark>のお知らせ"))
    }

    @Test func markupInATitleIsTextWithItsMatchMarked() throws {
        let s = try Served()
        let found = try s.search("近況")
        #expect(found.results.contains("&lt;b&gt;x&lt;/b&gt; の<mark>近況</mark>"), "\(found)")
        #expect(!found.results.contains("<b>"), "\(found)")
        let x = try s.search("x")
        #expect(x.results.contains("&lt;b&gt;<mark>x</mark>&lt;/b&gt;"), "\(x)")
    }

    @Test func theHeaderFormLandsOnTheResults() throws {
        let s = try Served()
        let found = try s.search("交流会", header: true)
        #expect(found.address == "/portal/search/?q=%E4%BA%A4%E6%B5%81%E4%BC%9A", "\(found)")
        #expect(found.results.contains("冬の<mark>交流会</mark>"), "\(found)")
        // In every page's HTML: a GET form to the search page, its box named q, labelled.
        for path in ["portal/index.html", "portal/news/index.html", "portal/en/index.html"] where FileManager.default.fileExists(atPath: s.work.path + "/members/" + path) {
            let page = try String(contentsOfFile: s.work.path + "/members/" + path, encoding: .utf8)
            #expect(page.contains("<form class=\"header-search\" action=\"/portal/") && page.contains("search/\" method=\"get\" role=\"search\""), "\(path)")
            #expect(page.contains("<label class=\"visually-hidden\" for=\"header-q\">") && page.contains("id=\"header-q\" name=\"q\""), "\(path)")
        }
    }

    /// Without JavaScript the search page is its HTML: it says search needs JavaScript and links
    /// the section lists and the tag index, each a page of the build.
    @Test func withoutJavaScriptTheSearchPageLinksTheLists() throws {
        let s = try Served()
        let page = try String(contentsOfFile: s.work.path + "/public/portal/search/index.html", encoding: .utf8)
        let nav = try #require(page.range(of: "<nav id=\"search-suggest\""))
        let links = String(page[nav.upperBound...]).components(separatedBy: "</nav>")[0]
            .components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.contains("/portal/news/") && links.contains("/portal/news/tags/"), "\(links)")
        for link in links {
            #expect(FileManager.default.fileExists(atPath: s.work.path + "/public" + (link.removingPercentEncoding ?? link) + "index.html"), "\(link) leads nowhere")
        }
    }

    /// Served beside the site: loads <base>search/?q= in a frame (or, with `header`, the home
    /// page, whose header form it fills and submits as a reader would), waits for the status line,
    /// then logs the frame's address, the status and the results' HTML.
    static let probe = """
        <!doctype html><meta charset="utf-8"><title>probe</title>
        <pre id="log"></pre>
        <iframe id="page"></iframe>
        <script>
        var params = new URLSearchParams(location.search), q = params.get("q") || "";
        var frame = document.getElementById("page"), submitted = false;
        var base = params.get("base") || "/portal/";
        frame.src = params.get("header") ? base : base + "search/?q=" + encodeURIComponent(q);
        frame.addEventListener("load", function () {
          var d = frame.contentDocument;
          if (params.get("header") && !submitted) {
            submitted = true;
            d.getElementById("header-q").value = q;
            d.querySelector("form.header-search").submit();
            return;
          }
          var timer = setInterval(function () {
            var status = d.getElementById("search-status");
            if (!status || !status.textContent) return;
            clearInterval(timer);
            var w = frame.contentWindow;
            // The "more" button as laid out: " [more]" after the status when it shows.
            var more = d.getElementById("search-more"), shown = more && w.getComputedStyle(more).display !== "none";
            document.getElementById("log").textContent = [w.location.pathname + w.location.search, status.textContent + (shown ? " [more]" : ""),
              d.getElementById("search-results").innerHTML.replace(/\\n/g, " ")].join("\\n");
          }, 20);
        });
        </script>

        """
}
