import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaCore
@testable import KizunaSite

/// What a reader of the built pages can work out from the aggregates: nothing below `min_cell`
/// and no hidden count exactly. Figures are read from real builds of content on disk and handed
/// to `DisclosureSolver`.
@Suite struct DisclosureTests {
    // MARK: Building content and reading pages

    struct Person {
        var joined = 2010
        var industry: String? = "IT・通信"
        var interests: [String] = []
        var mentor = false
        var stats = true
    }

    static func profileYAML(_ p: Person, _ i: Int) -> String {
        var y = "name: 会員 \(i)\njoined: \(p.joined)\n"
        if let industry = p.industry { y += "industry: \(industry)\n" }
        if !p.interests.isEmpty { y += "interests: [\(p.interests.joined(separator: ", "))]\n" }
        y += "mentor: \(p.mentor)\nconsent:\n  directory: false\n  stats: \(p.stats)\n"
        return y
    }

    struct Question {
        var type: String
        var counts: [Int]
    }

    static func surveyYAML(respondents: Int, _ questions: [Question]) -> String {
        var y = "title: テスト調査\nkind: annual\nfielded: 2026-09\nrespondents: \(respondents)\naudience: public\nquestions:\n"
        for (i, q) in questions.enumerated() {
            let options = q.type == "nps" ? (0...10).map { "\"\($0)\"" } : q.counts.indices.map { "選択肢\($0 + 1)" }
            y += "  - id: q\(i + 1)\n    text: 設問\(i + 1)\n    type: \(q.type)\n    options: [\(options.joined(separator: ", "))]\n"
            y += "    counts: [\(q.counts.map(String.init).joined(separator: ", "))]\n"
        }
        return y
    }

    /// Builds inline content and returns the rendered pages, path → text.
    static func build(people: [Person] = [], surveys: [String: String] = [:], minCell: Int = 5, audience: Audience = .public) throws -> [String: String] {
        var files = ["site.yaml": minimalSiteYAML.replacingOccurrences(of: "min_cell: 5", with: "min_cell: \(minCell)")]
        for (i, p) in people.enumerated() { files["alumni/m\(i).yaml"] = profileYAML(p, i) }
        for (slug, yaml) in surveys { files["surveys/\(slug).yaml"] = yaml }
        let dir = try TemporaryDirectory(files)
        return try pages(content: dir.path, audience: audience)
    }

    static func pages(content: String, audience: Audience) throws -> [String: String] {
        let out = try TemporaryDirectory()
        let rendered = try Build(settings(content: content, output: out.path + "/site", audience: audience)).renderedFiles().files
        var pages: [String: String] = [:]
        for file in rendered {
            if case .bytes(let data) = file.contents, file.path.hasSuffix(".html") { pages[file.path] = String(decoding: data, as: UTF8.self) }
        }
        return pages
    }

    /// Every problem a reader could exploit on the network page, the survey pages, and where the
    /// same figures appear twice (home page, survey list), any disagreement.
    static func problems(in pages: [String: String], minCell m: Int) -> [String] {
        var out: [String] = []
        if let html = pages["network/index.html"] {
            let network = PageFigures.network(html)
            let (tables, p) = network.tables()
            out += p + tables.flatMap { DisclosureSolver.problems($0, minCell: m) }
            if let home = pages["index.html"] {
                let section = PageFigures.matches(#"<section aria-labelledby="home-network"[^>]*>(.*?)</section>"#, in: home).first?[0] ?? ""
                let members = PageFigures.fact("集計対象の卒業生", in: section), mentors = PageFigures.fact("メンター登録者", in: section)
                if members != network.members || mentors != network.mentors { out.append("home and /network/ disagree on members or mentors") }
                let homeDecades = PageFigures.table(section)
                if homeDecades.map({ $0.map { "\($0.label)=\($0.cell)" } }) != network.decade.map({ $0.map { "\($0.label)=\($0.cell)" } }) {
                    out.append("home and /network/ disagree on decades")
                }
            }
        }
        let list = pages["surveys/index.html"] ?? ""
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) where path.hasPrefix("surveys/") && path != "surveys/index.html" {
            let survey = PageFigures.survey(html)
            let (tables, p) = PageFigures.tables(survey: survey, name: path)
            out += p + tables.flatMap { DisclosureSolver.problems($0, minCell: m) }
            // The list prints the same respondents figure, in the card linking to this page.
            let slug = path.split(separator: "/")[1]
            let card = PageFigures.matches(#"href="[^"]*surveys/"# + slug + #"/">.*?<dt>回答者数</dt><dd>(.*?)</dd>"#, in: list).first?[0]
            if card.map(PageFigures.cell) != survey.respondents { out.append("\(path): /surveys/ shows respondents \(card ?? "nil")") }
        }
        return out
    }

    // MARK: The reported failures (9–12)

    /// (9) 6 members, 5 mentors: printing 5 would give away the 1 non-mentor.
    @Test func mentorsArePrintedOnlyWhenEveryoneElseIsNotSmallEither() throws {
        let people = (0..<6).map { Person(mentor: $0 < 5) }
        let pages = try Self.build(people: people)
        #expect(Self.problems(in: pages, minCell: 5) == [])
        let networkHTML = try #require(pages["network/index.html"])
        let network = PageFigures.network(networkHTML)
        #expect(network.members == .printed(6))
        #expect(network.mentors == .hidden)
        // 10 members, 5 mentors: both cells are at least 5.
        let ten = try Self.build(people: (0..<10).map { Person(mentor: $0 < 5) })
        let tenHTML = try #require(ten["network/index.html"])
        #expect(PageFigures.network(tenHTML).mentors == .printed(5))
        // 5 members who are all mentors: "—" would mean exactly 5, so nothing is said.
        let five = try Self.build(people: (0..<5).map { _ in Person(mentor: true) })
        let fiveHTML = try #require(five["network/index.html"])
        #expect(PageFigures.network(fiveHTML).mentors == .withheld)
        #expect(Self.problems(in: five, minCell: 5) == [])
    }

    /// (10) The NPS score is an equation in the cells: with 0 hidden as `<5` and 7 as `—`,
    /// −43 fits only one value of the hidden 0.
    @Test func npsIsWithheldWhenACellFeedingItIsHidden() throws {
        let counts = [3, 10, 10, 10, 10, 10, 10, 6, 10, 10, 10]
        let pages = try Self.build(surveys: ["nps": Self.surveyYAML(respondents: 99, [Question(type: "nps", counts: counts)])])
        #expect(Self.problems(in: pages, minCell: 5) == [])
        let html = try #require(pages["surveys/nps/index.html"])
        let q = try #require(PageFigures.survey(html).questions.first)
        #expect(q.nps == nil)
        #expect(html.contains("NPS: プライバシー保護のため非公開"))
        // The solver sees what the old page gave away.
        let leaked = ReaderTable(name: "old", kind: .partition,
                                 cells: [.small] + Array(repeating: .printed(10), count: 6) + [.hidden] + Array(repeating: .printed(10), count: 3),
                                 total: 99, nps: -43)
        #expect(DisclosureSolver.problems(leaked, minCell: 5).contains { $0.contains("hidden cell 0 can be worked out: 3") })
        // Nothing hidden: the score is printed.
        let open = try Self.build(surveys: ["nps": Self.surveyYAML(respondents: 110, [Question(type: "nps", counts: Array(repeating: 10, count: 11))])])
        let openHTML = try #require(open["surveys/nps/index.html"])
        #expect(PageFigures.survey(openHTML).questions.first?.nps == -45)
        #expect(Self.problems(in: open, minCell: 5) == [])
    }

    /// (11) A hidden 0 is a small cell and gets a partner; the hidden cells never add up to less
    /// than min_cell (1 and 0 together would read as "exactly one").
    @Test func hiddenCellsAreNeverAloneAndNeverAddUpBelowMinCell() throws {
        let pages = try Self.build(surveys: ["s": Self.surveyYAML(respondents: 54, [
            Question(type: "single", counts: [0, 10, 20]),
            Question(type: "single", counts: [1, 5, 6, 42, 0]),
        ])])
        #expect(Self.problems(in: pages, minCell: 5) == [])
        let html = try #require(pages["surveys/s/index.html"])
        let questions = PageFigures.survey(html).questions
        // [0, 10, 20] of 54: the other 24 did not answer.
        #expect(questions[0].rows?.map(\.cell) == [.small, .hidden, .printed(20), .printed(24)])
        #expect(questions[1].rows?.map(\.cell) == [.small, .hidden, .printed(6), .printed(42), .small])
    }

    /// (12) A value held by one person names them: it is folded into "other" without its label.
    @Test func rareFreeTextValuesAreFoldedIntoOther() throws {
        var people = (0..<12).map { Person(joined: 2010 + $0 % 10, industry: $0 % 2 == 0 ? "IT・通信" : "金融", interests: ["交流会"]) }
        people.append(Person(joined: 1988, industry: "CNYD-IND", interests: ["交流会", "RARE-HOBBY"]))
        let pages = try Self.build(people: people)
        #expect(Self.problems(in: pages, minCell: 5) == [])
        for (path, html) in pages {
            #expect(!html.contains("CNYD-IND") && !html.contains("RARE-HOBBY") && !html.contains("1980"), "\(path)")
        }
        let networkHTML = try #require(pages["network/index.html"])
        let network = PageFigures.network(networkHTML)
        // Six each; the one 1 in "other" takes the first 6 as its partner.
        #expect(network.industry?.map(\.label) == ["金融", "IT・通信", "その他"])
        #expect(network.interest?.map(\.label) == ["交流会", "その他"])
        #expect(network.decade?.map(\.label) == ["2010年代入社", "その他"])
        // Survey options are the survey's own: a small one keeps its label.
        let survey = try Self.build(surveys: ["s": Self.surveyYAML(respondents: 40, [Question(type: "single", counts: [2, 18, 20])])])
        let surveyHTML = try #require(survey["surveys/s/index.html"])
        #expect(PageFigures.survey(surveyHTML).questions[0].rows?.first?.label == "選択肢1")
    }

    /// Profiles without an industry are an explicit cell: total minus the printed rows would
    /// otherwise reveal them.
    @Test func peopleWithoutAnIndustryAreACellOfTheirOwn() throws {
        var people = (0..<20).map { Person(industry: $0 % 2 == 0 ? "IT・通信" : "金融") }
        people.append(contentsOf: (0..<2).map { _ in Person(industry: nil) })
        let pages = try Self.build(people: people)
        #expect(Self.problems(in: pages, minCell: 5) == [])
        let html = try #require(pages["network/index.html"])
        let industry = try #require(PageFigures.network(html).industry)
        #expect(industry.map(\.label).last == "未回答")
        #expect(industry.last?.cell == .small)
    }

    // MARK: The example portal

    @Test(arguments: [Audience.public, .members])
    func theExamplePortalDisclosesNothing(audience: Audience) throws {
        let pages = try Self.pages(content: Repo.content, audience: audience)
        #expect(pages["network/index.html"] != nil)
        #expect(pages.keys.filter { $0.hasPrefix("surveys/") }.count >= 3)
        #expect(Self.problems(in: pages, minCell: 5) == [])
        // A printed network label is held by at least min_cell counted members.
        let (content, _) = ContentLoader(contentDirectory: Repo.content).load()
        let counted = content.profiles.filter(\.consent.stats)
        let networkHTML = try #require(pages["network/index.html"])
        let network = PageFigures.network(networkHTML)
        for row in network.industry ?? [] where !["その他", "未回答"].contains(row.label) {
            #expect(counted.filter { $0.industry == row.label }.count >= 5, "\(row.label)")
        }
        for row in network.interest ?? [] where row.label != "その他" {
            #expect(counted.filter { $0.interests.contains(row.label) }.count >= 5, "\(row.label)")
        }
    }

    // MARK: Random content

    static func randomPeople(_ rng: inout SeededRandom, case n: Int) -> [Person] {
        let sizes = [0, 1, 4, 5, 6, 7, 9, 10, 11, 14, 20, 35, 60]
        let count = n < sizes.count ? sizes[n] : Int.random(in: 0...70, using: &rng)
        let industries = ["IT・通信", "金融", "製造", "教育", "人材サービス"]
        let interests = ["交流会", "勉強会", "再雇用", "業務委託", "メンター"]
        var people = (0..<count).map { _ in
            Person(joined: [1995, 2003, 2008, 2012, 2016, 2021].randomElement(using: &rng)!,
                   industry: Int.random(in: 0..<8, using: &rng) == 0 ? nil : industries.prefix(Int.random(in: 1...5, using: &rng)).randomElement(using: &rng),
                   interests: interests.filter { _ in Bool.random(using: &rng) },
                   mentor: Int.random(in: 0..<3, using: &rng) == 0, stats: Int.random(in: 0..<10, using: &rng) > 0)
        }
        // Sometimes one person with a value nobody else has.
        if n % 3 == 0 { people.append(Person(joined: 1979, industry: "CNYD-IND", interests: ["RARE-HOBBY"], mentor: true)) }
        return people
    }

    @Test func randomProfileSetsDiscloseNothing() throws {
        var rng = SeededRandom(state: 20_261_125)
        for n in 0..<200 {
            let people = Self.randomPeople(&rng, case: n)
            let minCell = [2, 3, 5, 5, 5, 10][n % 6]
            let pages = try Self.build(people: people, minCell: minCell)
            let problems = Self.problems(in: pages, minCell: minCell)
            #expect(problems == [], "case \(n) (\(people.count) people, min_cell \(minCell))")
            if !problems.isEmpty { break }
            for html in pages.values where html.contains("CNYD-IND") || html.contains("RARE-HOBBY") {
                Issue.record("case \(n): a rare value is printed")
            }
        }
    }

    static func randomCounts(_ rng: inout SeededRandom, options: Int, minCell m: Int) -> [Int] {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return (0..<options).map { _ in Int.random(in: 0..<m, using: &rng) }            // all small
        case 1: return (0..<options).map { _ in [0, m - 1, m, m + 1].randomElement(using: &rng)! } // around min_cell
        case 2: return (0..<options).map { _ in Int.random(in: 0...3, using: &rng) == 0 ? 0 : Int.random(in: m...(4 * m), using: &rng) }
        default: return (0..<options).map { _ in Int.random(in: 0...(6 * m), using: &rng) }
        }
    }

    @Test func randomSurveyCountsDiscloseNothing() throws {
        var rng = SeededRandom(state: 99)
        var (hidden, withheld, printedNPS) = (0, 0, 0)
        for batch in 0..<10 {
            let minCell = [3, 5, 5, 10][batch % 4]
            var surveys: [String: String] = [:]
            for s in 0..<30 {
                var questions: [Question] = []
                for type in ["likert", "single", "nps", "multi", "nps"] {
                    let options = type == "nps" ? 11 : Int.random(in: 2...6, using: &rng)
                    questions.append(Question(type: type, counts: Self.randomCounts(&rng, options: options, minCell: minCell)))
                }
                let partitionSums = questions.filter { $0.type != "multi" }.map { $0.counts.reduce(0, +) }
                let largest = questions.flatMap(\.counts).max() ?? 0
                // Respondents: exactly the largest sum (everyone answered), just above it, or more.
                let base = max(partitionSums.max() ?? 0, largest)
                let respondents = [base, base + 1, base + minCell - 1, base + Int.random(in: 0...40, using: &rng), minCell, minCell + 1].randomElement(using: &rng)!
                guard respondents >= base else { continue }
                surveys["s\(s)"] = Self.surveyYAML(respondents: respondents, questions)
            }
            // Edge cases: respondents below min_cell; a table only hiding everything could
            // protect, and still not enough; everything exactly min_cell.
            let m = minCell
            surveys["small"] = Self.surveyYAML(respondents: m - 1, [Question(type: "single", counts: [m - 1, 0]), Question(type: "multi", counts: [m - 1])])
            surveys["tight"] = Self.surveyYAML(respondents: 2 * m - 2, [Question(type: "single", counts: [m - 1, m - 1]),
                                                                       Question(type: "multi", counts: [2 * m - 2, m - 1, 0])])
            surveys["exact"] = Self.surveyYAML(respondents: m, [Question(type: "likert", counts: [m, 0, 0]), Question(type: "multi", counts: [m, 0]),
                                                               Question(type: "nps", counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, m])])
            let pages = try Self.build(surveys: surveys, minCell: minCell)
            #expect(pages.keys.filter { $0.hasPrefix("surveys/") && $0 != "surveys/index.html" }.count == surveys.count)
            let problems = Self.problems(in: pages, minCell: minCell)
            #expect(problems == [], "batch \(batch), min_cell \(minCell)")
            for (path, html) in pages where path.hasPrefix("surveys/") {
                let questions = PageFigures.survey(html).questions
                hidden += questions.filter { $0.rows?.contains { if case .printed = $0.cell { false } else { true } } == true }.count
                withheld += questions.filter { $0.rows == nil }.count
                printedNPS += questions.filter { $0.nps != nil }.count
            }
        }
        // The cases exercised what they are meant to.
        #expect(hidden > 100 && withheld > 0 && printedNPS > 10, "\(hidden) with hidden cells, \(withheld) withheld, \(printedNPS) NPS printed")
    }
}
