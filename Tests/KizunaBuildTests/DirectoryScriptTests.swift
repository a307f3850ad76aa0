import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The directory's script in headless Chromium, on a members build of `DirectoryFilterTests`'
/// fixture: filters combined, cleared, kana variants of one reading, the back button, sharing a
/// link (the state in the address), and the page without JavaScript.
@Suite(.serialized) struct DirectoryScriptTests {
    final class Served {
        let work: TemporaryDirectory
        let server: StaticServer
        let origin: String
        let browser: String

        init() throws {
            browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "Chromium is needed (scripts/setup.sh --test installs it)")
            work = try TemporaryDirectory()
            let content = try DirectoryFilterTests.content()
            try DirectoryFilterTests.build(content.path, into: work.path + "/root/portal", audience: .members)
            try Data(DirectoryScriptTests.probe.utf8).write(to: URL(fileURLWithPath: work.path + "/root/probe.html"))
            server = try StaticServer(root: work.path + "/root")
            let port = try #require(server.port(within: 20), "python3 -m http.server did not start")
            origin = "http://127.0.0.1:\(port)/"
        }

        deinit { server.stop() }

        func dom(_ path: String, javaScript: Bool = true) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(work.path)/chromium",
                                 "--virtual-time-budget=20000", "--dump-dom"] + (javaScript ? [] : ["--blink-settings=scriptEnabled=false"]) + [origin + path]
            // Bounded: a browser that hangs is stopped after 60 s (and the expectations fail).
            return try ChildProcess.run(process, limit: 60).outText
        }

        /// The probe's log for `steps`: one line per step, `address | shown names | status`.
        func run(_ steps: String, start: String = "", page directory: String = "/portal/directory/") throws -> [String] {
            let page = try dom("probe.html?page=" + (directory.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                               + "&start=" + (start.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                               + "&steps=" + (steps.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            guard let from = page.range(of: "<pre id=\"log\">"), let to = page.range(of: "</pre>", range: from.upperBound..<page.endIndex) else { return [page] }
            return page[from.upperBound..<to.lowerBound].split(separator: "\n").map { String($0).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    @Test func filtersCombineClearAndFollowTheAddress() throws {
        let s = try Served()
        let log = try s.run("set decade 2010s;set industry 金融;back;reset;set mentor yes")
        #expect(log.count == 6, "\(log)")
        guard log.count == 6 else { return }
        // Loaded: everyone listed, sorted by year joined.
        #expect(log[0].hasPrefix("/portal/directory/ | 公開 太郎,会員 1号,会員 2号,会員 3号,会員 4号,佐藤 花子,検査 用子,伊藤 一郎 | 8名が見つかりました"), "\(log[0])")
        #expect(log[1] == "/portal/directory/?decade=2010s | 会員 1号,会員 2号,会員 3号,会員 4号,佐藤 花子,検査 用子,伊藤 一郎 | 7名が見つかりました | 金融（2名） | 絞り込み（選択中：2010年代入社）", "\(log[1])")
        // Two filters: the 2010s and finance; each choice counts with the other filters as they are.
        #expect(log[2].hasPrefix("/portal/directory/?decade=2010s&industry=%E9%87%91%E8%9E%8D | 佐藤 花子,伊藤 一郎 | 2名が見つかりました"), "\(log[2])")
        // The disclosure's button names both, apart for a screen reader.
        #expect(log[2].hasSuffix(" | 絞り込み（選択中：2010年代入社、金融）"), "\(log[2])")
        // Back: the address and the form as they were one step before.
        #expect(log[3] == log[1], "\(log[3])")
        // Cleared: everyone again.
        #expect(log[4].hasPrefix("/portal/directory/ | 公開 太郎,会員 1号,"), "\(log[4])")
        #expect(log[4].hasSuffix(" | 絞り込み"), "nothing chosen, nothing named: \(log[4])")
        // Mentors: only those who consented to show it (not 検査 用子's `mentor: true`).
        #expect(log[5].hasPrefix("/portal/directory/?mentor=yes | 会員 1号,会員 2号,会員 3号,会員 4号 |"), "\(log[5])")
    }

    @Test func kanaVariantsOfAReadingFindEachOther() throws {
        let s = try Served()
        let log = try s.run("type ｻﾄｳ;type さとう;type サトー;type ｲﾄｳ ｲﾁﾛｰ;type Taro;type 該当なし;type Member 2")
        #expect(log.count == 8, "\(log)")
        guard log.count == 8 else { return }
        for line in log[1...3] { #expect(line.contains(" | 佐藤 花子 | 1名が見つかりました"), "\(line)") }
        #expect(log[4].contains(" | 伊藤 一郎 | "), "\(log[4])")
        #expect(log[5].contains(" | 公開 太郎 | "), "name_en, consented, is found: \(log[5])")
        #expect(log[6].contains(" |  | 条件に合う卒業生はいません"), "\(log[6])")
        #expect(log[7].contains(" |  | 条件に合う卒業生はいません"), "name_en not consented is not found: \(log[7])")
        #expect(log[1].hasPrefix("/portal/directory/?q=%EF%BD%BB"), "the text is in the address: \(log[1])")
    }

    @Test func aSharedAddressShowsItsStateAndSortsByReading() throws {
        let s = try Served()
        let log = try s.run("", start: "?industry=%E9%87%91%E8%9E%8D&sort=kana")
        #expect(log.first?.hasPrefix("/portal/directory/?industry=%E9%87%91%E8%9E%8D&sort=kana | 伊藤 一郎,佐藤 花子 | 2名") == true, "\(log)")
        let byYear = try s.run("", start: "?industry=%E9%87%91%E8%9E%8D")
        #expect(byYear.first?.contains(" | 佐藤 花子,伊藤 一郎 | ") == true, "\(byYear)")
        // Readings in kana order (いとう before さとう); a profile without one sorts by its name.
        let kana = try s.run("set sort kana")
        #expect(kana.last?.hasPrefix("/portal/directory/?sort=kana | 伊藤 一郎,佐藤 花子,") == true, "\(kana)")
    }

    /// The choices the script recounts keep their unit, in each language's plural form:
    /// 「金融（1名）」, "(1 person)" but "(2 people)".
    @Test func recountedChoicesSayPeople() throws {
        let s = try Served()
        let ja = try s.run("type さとう;type")
        #expect(ja.count == 3 && ja[1].contains(" | 金融（1名） | ") && ja[2].contains(" | 金融（2名） | "), "\(ja)")
        let en = try s.run("type さとう;type", page: "/portal/en/directory/")
        #expect(en.count == 3 && en[1].contains(" (1 person) | ") && en[2].contains(" (2 people) | "), "\(en)")
    }

    /// Without JavaScript the page is the HTML as served (a headless Chromium with scripts off
    /// dumps no DOM): the form is hidden and every filter link leads to a page of the build.
    /// With JavaScript the form shows and the links give way to it.
    @Test func withoutJavaScriptTheFilterLinksWork() throws {
        let s = try Served()
        let root = s.work.path + "/root"
        let page = try String(contentsOfFile: root + "/portal/directory/index.html", encoding: .utf8)
        #expect(page.contains("id=\"directory-search\" role=\"search\" hidden "))
        // The links behind a disclosure, closed at first.
        #expect(page.contains("<details class=\"filter-disclosure\" id=\"directory-filters\">") && page.contains("<summary>絞り込み</summary>"))
        let nav = try #require(page.range(of: "<nav class=\"directory-filters\" aria-label=\"絞り込み\">"))
        let links = String(page[nav.upperBound...]).components(separatedBy: "</nav>")[0]
            .components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count == 12, "\(links)")
        for link in links {
            let file = root + (link.removingPercentEncoding ?? link) + "index.html"
            #expect(FileManager.default.fileExists(atPath: file), "\(link) leads nowhere")
        }
        let finance = try s.dom("portal/directory/industry/%E9%87%91%E8%9E%8D/")
        #expect(finance.contains("佐藤 花子") && finance.contains("伊藤 一郎") && !finance.contains("会員 1号"))
        // A filter's page names its filter on the disclosure's button.
        let financePage = try String(contentsOfFile: root + "/portal/directory/industry/金融/index.html", encoding: .utf8)
        #expect(financePage.contains("<summary>絞り込み<span class=\"visually-hidden\">（選択中：</span><span class=\"filter-current\">金融</span><span class=\"visually-hidden\">）</span></summary>"))
        let withScript = try s.dom("portal/directory/")
        #expect(withScript.contains("<details class=\"filter-disclosure\" id=\"directory-filters\" hidden=\"\">"), "the script shows its form in place of the links")
        #expect(withScript.contains("id=\"directory-search\" role=\"search\" data-data="), "the form is shown")
        // Its choices open at once on a screen as wide as this browser's window (800 px); closed on a phone.
        #expect(withScript.contains("<details class=\"filter-disclosure directory-choices\" open=\"\">"), "the choices are open on a wide screen")
    }

    /// Served beside the site: shows /portal/directory/ (with `start` as its query) in a frame,
    /// then runs `steps` (`set <name> <value>`, `type <text>`, `back`, `reset`), logging after the
    /// page is ready and after each step: the frame's address, the names of the cards shown in
    /// order (as the style sheet lays them out, not as the `hidden` property says), the status line, the industry choice 金融's label
    /// and the words of the choices' disclosure button.
    static let probe = """
        <!doctype html><meta charset="utf-8"><title>probe</title>
        <pre id="log"></pre>
        <iframe id="page"></iframe>
        <script>
        var params = new URLSearchParams(location.search);
        var steps = (params.get("steps") || "").split(";").filter(Boolean);
        var frame = document.getElementById("page"), lines = [];
        frame.src = (params.get("page") || "/portal/directory/") + (params.get("start") || "");
        function doc() { return frame.contentDocument; }
        function log() {
          var d = doc(), w = frame.contentWindow;
          var names = Array.prototype.filter.call(d.querySelectorAll("#directory-list .profile-card"), function (c) { return frame.contentWindow.getComputedStyle(c).display !== "none"; })
            .map(function (c) { return c.querySelector(".card-title a").textContent; });
          var finance = Array.prototype.filter.call(d.getElementById("directory-industry").options, function (o) { return o.value === "金融"; })[0];
          var choices = d.querySelector(".directory-choices > summary");
          lines.push([w.location.pathname + w.location.search, names.join(","), d.getElementById("directory-status").textContent,
                      finance ? finance.textContent : "", choices ? choices.textContent : ""].join(" | "));
        }
        function step() {
          if (!steps.length) { document.getElementById("log").textContent = lines.join("\\n"); return; }
          var s = steps.shift(), d = doc(), form = d.getElementById("directory-search");
          var words = s.split(" "), verb = words[0];
          if (verb === "set") {
            form.elements[words[1]].value = words.slice(2).join(" ");
            form.elements[words[1]].dispatchEvent(new Event("change", { bubbles: true }));
          } else if (verb === "type") {
            form.elements.q.value = s.slice(5);
            form.elements.q.dispatchEvent(new Event("input", { bubbles: true }));
          } else if (verb === "back") {
            frame.contentWindow.history.back();
          } else if (verb === "reset") {
            form.reset();
          }
          setTimeout(function () { log(); step(); }, 300);
        }
        var timer = setInterval(function () {
          var d = doc(), status = d && d.getElementById("directory-status");
          if (!status || !status.textContent) return;
          clearInterval(timer);
          log();
          step();
        }, 20);
        </script>

        """
}
