import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// What a reader of the built pages can work out from the aggregates. The attacker is
/// `Tests/DisclosureSolver/solver.py`, written apart from the engine: it reads only the built
/// files and what docs/CONTENT.md tells every reader, so the engine and the check cannot share
/// a blind spot. Sites are built from content on disk into real folders.
@Suite struct DisclosureTests {
    // MARK: Building and asking the solver

    /// Runs the solver and returns its problems and figures counted.
    static func solve(_ arguments: [String]) throws -> (problems: [String], stats: [String: Int]) {
        let answer = try pythonJSON(arguments: [Repo.root + "/Tests/DisclosureSolver/solver.py"] + arguments)
        return (answer["problems"] as? [String] ?? ["no answer"], answer["stats"] as? [String: Int] ?? [:])
    }

    /// A site built from inline content into `<folder>/site`.
    final class BuiltSite {
        let content: TemporaryDirectory
        let output: TemporaryDirectory
        var site: String { output.path + "/site" }

        init(_ files: [String: String], audience: Audience = .public, now: Date = fixedNow) throws {
            content = try TemporaryDirectory(files)
            output = try TemporaryDirectory()
            try rebuild(audience: audience, now: now)
        }

        func rebuild(audience: Audience = .public, now: Date = fixedNow) throws {
            try Build(settings(content: content.path, output: site, audience: audience, now: now)).run()
        }

        func page(_ path: String) throws -> String {
            try String(contentsOfFile: site + "/" + path, encoding: .utf8)
        }
    }

    static func siteYAML(minCell: Int) -> String {
        minimalSiteYAML.replacingOccurrences(of: "min_cell: 5", with: "min_cell: \(minCell)\nmax_file_size_kb: 8192")
    }

    struct Question {
        var type: String
        var counts: [Int]
        var options: [String]? = nil
    }

    static func surveyYAML(respondents: Int, _ questions: [Question]) -> String {
        var y = "title: テスト調査\nkind: annual\nfielded: 2026-09\nrespondents: \(respondents)\naudience: public\nquestions:\n"
        for (i, q) in questions.enumerated() {
            let options = q.options ?? (q.type == "nps" ? (0...10).map(String.init) : q.counts.indices.map { "選択肢\($0 + 1)" })
            y += "  - id: q\(i + 1)\n    text: 設問\n    type: \(q.type)\n    options: [\(options.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
            y += "    counts: [\(q.counts.map(String.init).joined(separator: ", "))]\n"
        }
        return y
    }

    static func snapshotYAML(_ c: NetworkCounts, date: String = "2026-11-01") -> String {
        StatsSnapshotFile.text(date: LocalDate(iso: Substring(date))!, counts: c)
    }

    // MARK: Every possible table of small totals, read back from the pages

    /// Each question is a world: the solver groups the worlds whose question renders alike and
    /// checks what the reader can narrow each count to (min_cell 3 and 5, totals to 30).
    @Test(arguments: [3, 5])
    func everySmallSurveyTableDisclosesNothing(minCell m: Int) throws {
        var files = ["site.yaml": Self.siteYAML(minCell: m)]
        var manifest: [[String: Any]] = []
        func add(_ survey: String, _ n: Int, _ type: String, _ options: [String], _ worlds: [[Int]]) {
            var questions: [Question] = []
            for counts in worlds {
                questions.append(Question(type: type, counts: type == "nps" ? Self.npsCounts(counts) : counts, options: options))
                var world: [String: Any] = ["survey": survey, "question": "q\(questions.count)", "type": type, "options": options,
                                            "counts": type == "nps" ? Self.npsCounts(counts) : counts, "respondents": n]
                if type == "nps" { world["check"] = ["0", "6", "8", "10", "未回答"] }
                manifest.append(world)
            }
            files["surveys/\(survey).yaml"] = Self.surveyYAML(respondents: n, questions)
        }
        for n in 1...30 {
            // Three options and whoever did not answer: every a + b + c ≤ n.
            add("single-\(n)", n, "single", ["A", "B", "C"], Self.compositions(of: n, into: 3, atMost: true))
            // Two options of a multi-answer question: every (a, b).
            add("multi-\(n)", n, "multi", ["A", "B"], (0...n).flatMap { a in (0...n).map { [a, $0] } })
            // An ordered scale is banded as options are; only its labels read as a range.
            if n <= 8 {
                add("likert-\(n)", n, "likert", ["高い", "ふつう", "低い"], Self.compositions(of: n, into: 3, atMost: true))
            }
            if n <= 10 {
                // NPS: four scores (0, 6, 8, 10) and 未回答 vary, the others are known to be 0 — a
                // reader told more than any real one, so the check is only stricter.
                add("nps-\(n)", n, "nps", (0...10).map(String.init), Self.compositions(of: n, into: 4, atMost: true))
            }
        }
        let built = try BuiltSite(files)
        let manifestPath = built.output.path + "/worlds.json"
        try JSONSerialization.data(withJSONObject: manifest).write(to: URL(fileURLWithPath: manifestPath))
        let (problems, stats) = try Self.solve(["worlds", "--min-cell", String(m), built.site, manifestPath])
        #expect(problems == [], "\(problems.prefix(10))")
        #expect(stats["worlds"] == manifest.count)
        // The worlds are told apart where the figures allow: far fewer views than worlds.
        #expect((stats["views"] ?? 0) > 100 && (stats["views"] ?? 0) < manifest.count)
    }

    /// Scores 0, 6, 8 and 10 from four varying counts.
    static func npsCounts(_ c: [Int]) -> [Int] {
        var counts = Array(repeating: 0, count: 11)
        (counts[0], counts[6], counts[8], counts[10]) = (c[0], c[1], c[2], c[3])
        return counts
    }

    /// Every list of `parts` counts adding up to `n` (or at most `n`).
    static func compositions(of n: Int, into parts: Int, atMost: Bool) -> [[Int]] {
        guard parts > 1 else { return atMost ? (0...n).map { [$0] } : [[n]] }
        return (0...n).flatMap { first in compositions(of: n - first, into: parts - 1, atMost: atMost).map { [first] + $0 } }
    }

    /// The network page of every small network: join decades, industries with 「その他」 and
    /// 「未回答」, an interest and mentors, each world a build of its own snapshot (min_cell 3).
    /// Each family varies some counts and fixes the rest, which its reader is then told.
    @Test func everySmallNetworkDisclosesNothing() throws {
        let m = 3
        var worlds: [(counts: NetworkCounts, check: [String])] = []
        func add(_ n: Int, decades: [Int: Int]? = nil, industries: [String: Int]? = nil, none: Int = 0, mentors: Int = 0,
                 interest: Int = 0, check: [String]) {
            worlds.append((NetworkCounts(members: n, mentors: mentors, decades: (decades ?? [2010: n]).filter { $0.value > 0 },
                                         industries: (industries ?? ["IT": n]).filter { $0.value > 0 }, noIndustry: none,
                                         interests: interest > 0 ? ["交流会": interest] : [:]), ["members"] + check))
        }
        for n in 1...6 {
            for d in Self.compositions(of: n, into: 3, atMost: false) {
                add(n, decades: [1990: d[0], 2000: d[1], 2010: d[2]], check: ["decade 1990", "decade 2000", "decade 2010"])
            }
            for k in 0...n {
                add(n, interest: k, check: ["interest 交流会", "not interest 交流会"])
                add(n, mentors: k, check: ["mentors", "not mentors"])
            }
        }
        // Industries: two that may be named, values held by few (their labels fold into その他),
        // and members without one; up to 7 members, up to 4 with every kind at once.
        let industries = ["industry IT", "industry 金融", "industry RARE", "no industry"]
        // Industries are the members' own words: a reader is not assumed to know every value that
        // exists, so a second rare value (never checked) can take what the first does not.
        for n in 1...7 {
            for i in Self.compositions(of: n, into: 4, atMost: false) {
                add(n, industries: ["IT": i[0], "金融": i[1], "RARE": i[2], "RARE-B": i[3]], check: industries)
            }
            for i in Self.compositions(of: n, into: 3, atMost: false) {
                add(n, industries: ["IT": i[0], "金融": i[1]], none: i[2], check: industries)
            }
        }
        for n in 1...4 {
            for i in Self.compositions(of: n, into: 4, atMost: false) {
                add(n, industries: ["IT": i[0], "金融": i[1], "RARE": i[2]], none: i[3], check: industries)
            }
        }
        // Each world's network page, rendered by a build of its own (in memory, on every core).
        let folder = try TemporaryDirectory()
        let siteYAML = Self.siteYAML(minCell: m)
        let pages = ParallelMap.map(worlds) { world -> Result<Data, any Error> in
            Result {
                let content = try TemporaryDirectory(["site.yaml": siteYAML, "stats/2026-11-01.yaml": Self.snapshotYAML(world.counts)])
                let pages = Build.Settings(contentDirectory: content.path, themeDirectory: Repo.theme, outputDirectory: content.path + "/site",
                                           options: BuildOptions(now: fixedNow), outputs: [Self.networkPageOnly], useCache: false)
                let files = try Build(pages).renderedFiles().files
                return try #require(files.bytes["network/index.html"])
            }
        }
        var manifest: [[String: Any]] = []
        for (index, page) in pages.enumerated() {
            let site = folder.path + "/w\(index)"
            try FileManager.default.createDirectory(atPath: site + "/network", withIntermediateDirectories: true)
            try page.get().write(to: URL(fileURLWithPath: site + "/network/index.html"))
            manifest.append(["site": site, "counts": Self.flat(worlds[index].counts), "check": worlds[index].check])
        }
        let manifestPath = folder.path + "/network-worlds.json"
        try JSONSerialization.data(withJSONObject: manifest).write(to: URL(fileURLWithPath: manifestPath))
        let (problems, stats) = try Self.solve(["network-worlds", "--min-cell", String(m), manifestPath])
        #expect(problems == [], "\(problems.prefix(10))")
        #expect(stats["worlds"] == worlds.count)
    }

    /// The network page alone, rendered as every page is: thousands of worlds are built.
    static let networkPageOnly = HTMLPages(only: { $0 == .network })

    /// Every count behind a network page, named as a reader would ask for it.
    static func flat(_ c: NetworkCounts) -> [String: Int] {
        var out: [String: Int] = ["members": c.members, "mentors": c.mentors, "not mentors": c.members - c.mentors]
        for decade in [1990, 2000, 2010] { out["decade \(decade)"] = c.decades[decade] ?? 0 }
        for label in ["IT", "金融"] { out["industry \(label)"] = c.industries[label] ?? 0 }
        out["industry RARE"] = c.industries["RARE"] ?? 0
        out["no industry"] = c.noIndustry
        out["interest 交流会"] = c.interests["交流会"] ?? 0
        out["not interest 交流会"] = c.members - (c.interests["交流会"] ?? 0)
        return out
    }

    // MARK: The reported attacks

    /// (1) Respondents 12, counts [5, 6]: the old page printed `yes —`, `no 6`, `未回答 <5`, so
    /// yes = 5 and 未回答 = 1. Now 未回答 merges with its neighbour and nothing is hidden.
    @Test func aListedNotAnsweredRowPinsNothing() throws {
        let built = try BuiltSite([
            "site.yaml": Self.siteYAML(minCell: 5),
            "surveys/s.yaml": Self.surveyYAML(respondents: 12, [Question(type: "single", counts: [5, 6], options: ["はい", "いいえ"])]),
            // Respondents 20, counts [0, 5, 14]: the old page gave a = 0, b = 5, 未回答 = 1.
            "surveys/t.yaml": Self.surveyYAML(respondents: 20, [Question(type: "single", counts: [0, 5, 14], options: ["a", "b", "c"])]),
        ])
        // 未回答 is known to be at least 1 once named, so its band reaches 2 × 5 − 1 = 9: here
        // the whole table, and the page says only that 12 answered.
        let html = try built.page("surveys/s/index.html")
        #expect(html.contains("個人の特定を避けるため、区分ごとの内訳は表示していません。") && !html.contains("<table"))
        let t = try built.page("surveys/t/index.html")
        #expect(t.contains("<th scope=\"row\">a・b</th><td class=\"num\">5</td>"))
        #expect(t.contains("<th scope=\"row\">c・未回答</th><td class=\"num\">15</td>"))
        let (problems, stats) = try Self.solve(["figures", "--min-cell", "5", built.site])
        #expect(problems == [])
        #expect(stats["tables"] == 1)
    }

    /// (1) The network: 12 members, 5 in X, 6 in Y, 1 without an industry printed X = 5 exactly.
    @Test func aMemberWithoutIndustryPinsNothing() throws {
        let counts = NetworkCounts(members: 12, mentors: 0, decades: [2010: 12], industries: ["X": 5, "Y": 6], noIndustry: 1, interests: [:])
        let built = try BuiltSite(["site.yaml": Self.siteYAML(minCell: 5), "stats/2026-11-01.yaml": Self.snapshotYAML(counts)])
        let html = try built.page("network/index.html")
        #expect(html.contains("<h2 id=\"by-industry\">現在の業界</h2><p class=\"note is-withheld\">個人の特定を避けるため、区分ごとの内訳は表示していません。"))
        #expect(!html.contains(">X<") && !html.contains(">Y<"))
        // With 23 members (X 8, Y 14, 1 without): Y is printed, X folds in with 未回答.
        let more = NetworkCounts(members: 23, mentors: 0, decades: [2010: 23], industries: ["X": 8, "Y": 14], noIndustry: 1, interests: [:])
        try built.content.write(["stats/2026-11-02.yaml": Self.snapshotYAML(more, date: "2026-11-02")])
        try built.rebuild()
        let html20 = try built.page("network/index.html")
        #expect(html20.contains("<th scope=\"row\">Y</th><td class=\"num\">14</td>"))
        #expect(html20.contains("<th scope=\"row\">その他・未回答</th><td class=\"num\">9</td>"))
        #expect(!html20.contains("<tbody>\n      </tbody>"))
        #expect(try Self.solve(["figures", "--min-cell", "5", built.site]).problems == [])
    }

    /// The solver is not fooled: pages of the old engine, kept as fixtures, are caught.
    @Test func theOldPagesAreCaught() throws {
        // The old engine printed はい as hidden (at least 5), いいえ 6 and a listed 未回答 as below 5.
        let old = try TemporaryDirectory([
            "site/surveys/s/index.html": Self.oldSurveyPage(rows: [("はい", "5以上"), ("いいえ", "6"), ("未回答", "5未満")], respondents: 12),
        ])
        let (problems, _) = try Self.solve(["figures", "--min-cell", "5", old.path + "/site"])
        #expect(problems.contains { $0.contains("はい (5以上) can be worked out: 5") })
        #expect(problems.contains { $0.contains("未回答 (5未満) can be worked out: 1") })
        // A printed small count and a partition that does not add up are caught too.
        let small = try TemporaryDirectory([
            "site/surveys/s/index.html": Self.oldSurveyPage(rows: [("はい", "3"), ("いいえ", "9")], respondents: 12),
            "site/surveys/t/index.html": Self.oldSurveyPage(rows: [("はい", "5"), ("いいえ", "6")], respondents: 12),
            "site/surveys/u/index.html": Self.oldSurveyPage(rows: [("はい", "5未満"), ("いいえ", "9")], respondents: 12),
        ])
        // Search data saying a figure the page does not.
        try small.write(["site/search/index.json": #"{"entries": [{"url": "/surveys/t/", "title": "t", "text": "はいは3名"}]}"#])
        let problems2 = try Self.solve(["figures", "--min-cell", "5", small.path + "/site"]).problems
        #expect(problems2.contains { $0.contains("the entry of /surveys/t/ says 3, which that page does not") })
        #expect(problems2.contains { $0.contains("はい prints 3, below 5") })
        #expect(problems2.contains { $0.contains("rows add up to 11, not 12") })
        #expect(problems2.contains { $0.contains("はい (5未満) can be worked out: 3") })
        // The same in a document shard of the sharded index.
        try small.write(["site/search/index.json": #"{"entries": []}"#,
                         "site/search/d/0.json": #"{"documents": {"0": {"url": "/surveys/t/", "title": "t", "text": "はいは4名"}}}"#])
        let problems3 = try Self.solve(["figures", "--min-cell", "5", small.path + "/site"]).problems
        #expect(problems3.contains { $0.contains("search/d/0.json: the entry of /surveys/t/ says 4, which that page does not") }, "\(problems3)")
    }

    static func oldSurveyPage(rows: [(String, String)], respondents: Int) -> String {
        let body = rows.map { "<tr><th scope=\"row\">\($0.0)</th><td class=\"num\">\($0.1)</td><td class=\"num\"></td></tr>" }.joined()
        return """
            <!doctype html><html lang="ja"><body><main><article class="wrap article"><dl class="facts"><div><dt>回答者数</dt><dd>\(respondents)</dd></div></dl>
            <section class="question" data-type="single" aria-labelledby="q-q1"><h2 id="q-q1">Q1</h2><p class="meta">単一回答</p>
            <table class="aggregate"><tbody>\(body)</tbody></table></section></article></main></body></html>
            """
    }

    // MARK: The example portal, both audiences together

    @Test func theExamplePortalDisclosesNothing() throws {
        let out = try TemporaryDirectory()
        for audience in [Audience.public, .members] {
            try Build(settings(output: out.path + "/\(audience)", audience: audience)).run()
        }
        let (problems, stats) = try Self.solve(["figures", "--min-cell", "5", out.path + "/public", out.path + "/members"])
        #expect(problems == [])
        // The network (three tables) and every question of the published surveys were read.
        #expect((stats["tables"] ?? 0) >= 3 + 12)
        let network = try String(contentsOfFile: out.path + "/members/network/index.html", encoding: .utf8)
        #expect(network.contains("時点の集計です"))
        // The oldest decade stands for everything before it, so the page never says when the
        // oldest member joined.
        #expect(network.contains("<th scope=\"row\">1990年代以前に入社</th><td class=\"num\">23</td>"))
        // The charts draw the same rows, and the solver read every one: /network/'s (3 per page,
        // 2 languages, 2 audiences) and one per question of each survey page (48).
        #expect(network.contains(">1990年代以前に入社</text><rect class=\"chart-bar\""))
        // The members build was read beside its directory (three tables, two languages).
        #expect((stats["directories"] ?? 0) >= 6)
        #expect(stats["charts"] == 12 + 48)
        // The NPS of 243 respondents was withheld and scores 0–3 read "<5" four times: now they
        // are one band and the score, which the rows fix, is printed.
        let survey = try String(contentsOfFile: out.path + "/public/surveys/annual-2026/index.html", encoding: .utf8)
        #expect(survey.contains("NPS <strong>+17</strong>"))
        #expect(survey.contains("<th scope=\"row\">0〜3</th><td class=\"num\">9</td>"))
        #expect(!survey.contains("未満</td>") && !survey.contains("&lt;5"))
        // An industry held by fewer than min_cell members never reaches a page.
        let (content, _) = ContentLoader(contentDirectory: Repo.content, kinds: ContentKinds.builtIn.items).load()
        let counts = NetworkCounts(profiles: content[ProfileKind()])
        for (industry, n) in counts.industries where n < 5 {
            for audience in ["public", "members"] {
                for file in ["index.html", "network/index.html"] {
                    let text = try String(contentsOfFile: "\(out.path)/\(audience)/\(file)", encoding: .utf8)
                    if text.contains(">\(industry)<") { Issue.record("\(industry) is named on \(audience)/\(file)") }
                }
            }
        }
    }

    // MARK: Random content

    @Test func randomSurveysDiscloseNothing() throws {
        var rng = SeededRandom(state: 99)
        for batch in 0..<4 {
            let m = [3, 5, 5, 10][batch]
            var files = ["site.yaml": Self.siteYAML(minCell: m)]
            for s in 0..<25 {
                var questions: [Question] = []
                for type in ["likert", "single", "nps", "multi", "nps"] {
                    let options = type == "nps" ? 11 : Int.random(in: 2...7, using: &rng)
                    questions.append(Question(type: type, counts: (0..<options).map { _ in
                        Int.random(in: 0...3, using: &rng) == 0 ? Int.random(in: 0..<m, using: &rng) : Int.random(in: 0...(8 * m), using: &rng)
                    }))
                }
                let largest = questions.map { $0.type == "multi" ? ($0.counts.max() ?? 0) : $0.counts.reduce(0, +) }.max() ?? 0
                let respondents = largest + [0, 1, m - 1, m, Int.random(in: 0...50, using: &rng)].randomElement(using: &rng)!
                files["surveys/s\(s).yaml"] = Self.surveyYAML(respondents: respondents, questions)
            }
            let built = try BuiltSite(files)
            let (problems, stats) = try Self.solve(["figures", "--min-cell", String(m), built.site])
            #expect(problems == [], "batch \(batch): \(problems.prefix(5))")
            // A table merged into one band is a note, not a table.
            #expect((stats["tables"] ?? 0) > 25 * 4 && (stats["tables"] ?? 0) <= 25 * 5)
        }
    }

    @Test func randomNetworksDiscloseNothing() throws {
        var rng = SeededRandom(state: 20_261_203)
        for n in 0..<40 {
            let m = [2, 3, 5, 5, 10][n % 5]
            let members = [0, 1, 4, 5, 6, 9, 10, 14, 20, 35, 60].randomElement(using: &rng)!
            var decades: [Int: Int] = [:], industries: [String: Int] = [:], interests: [String: Int] = [:]
            var none = 0, mentors = 0
            for _ in 0..<members {
                decades[[1980, 1990, 2000, 2010, 2020].randomElement(using: &rng)!, default: 0] += 1
                if Int.random(in: 0..<8, using: &rng) == 0 { none += 1 } else {
                    industries[["IT", "金融", "製造", "教育", "RARE-\(Int.random(in: 0..<50, using: &rng))"].randomElement(using: &rng)!, default: 0] += 1
                }
                for interest in ["交流会", "勉強会", "再雇用"] where Bool.random(using: &rng) { interests[interest, default: 0] += 1 }
                if Bool.random(using: &rng) { mentors += 1 }
            }
            let counts = NetworkCounts(members: members, mentors: mentors, decades: decades, industries: industries, noIndustry: none, interests: interests)
            let built = try BuiltSite(["site.yaml": Self.siteYAML(minCell: m), "stats/2026-11-01.yaml": Self.snapshotYAML(counts)])
            let (problems, _) = try Self.solve(["figures", "--min-cell", String(m), built.site])
            #expect(problems == [], "case \(n): \(members) members, min_cell \(m): \(problems.prefix(5))")
            let html = try built.page("network/index.html")
            for (label, count) in industries where count < m && html.contains(">\(label)<") {
                Issue.record("case \(n): \(label), held by \(count), is named")
            }
        }
    }
}
