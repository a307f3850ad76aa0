import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Comparing builds: the network figures come from stats snapshots, and a snapshot is taken only
/// when the change since every earlier one is safe to publish. The attacks: a reader who keeps
/// every daily build and knows who joined, left, changed or withdrew in between.
@Suite struct SnapshotTests {
    struct Person {
        var slug: String
        var joined = 2012
        var industry: String? = "IT・通信"
        var interests: [String] = []
        var mentor = false
        var stats = true
    }

    /// JSON strings are YAML double-quoted scalars: any label an editor might write.
    static func quoted(_ s: String) -> String {
        String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
    }

    static func profileYAML(_ p: Person) -> String {
        var y = "name: 会員 \(p.slug)\njoined: \(p.joined)\n"
        if let industry = p.industry { y += "industry: \(quoted(industry))\n" }
        if !p.interests.isEmpty { y += "interests: [\(p.interests.map(quoted).joined(separator: ", "))]\n" }
        y += "mentor: \(p.mentor)\nconsent:\n  directory: false\n  stats: \(p.stats)\n"
        return y
    }

    /// 40 members: 20 joined in the 2000s and 20 in the 2010s; 15 in IT, 15 in finance, 10 in
    /// manufacturing; 20 interested in meetups; 10 mentors.
    static var base: [Person] {
        (0..<40).map { i in
            Person(slug: "m\(i)", joined: i < 20 ? 2005 : 2015, industry: i < 15 ? "IT・通信" : i < 30 ? "金融" : "製造",
                   interests: i % 2 == 0 ? ["交流会"] : [], mentor: i % 4 == 0)
        }
    }

    /// A portal with `people` and a first snapshot taken on 2026-11-01.
    final class Portal {
        let content: TemporaryDirectory
        let output: TemporaryDirectory

        init(_ people: [Person]) throws {
            content = try TemporaryDirectory(["site.yaml": minimalSiteYAML])
            output = try TemporaryDirectory()
            try set(people)
            guard case .written = try snapshot(on: "2026-11-01") else { throw CocoaError(.fileWriteUnknown) }
        }

        func set(_ people: [Person]) throws {
            try? FileManager.default.removeItem(atPath: content.path + "/alumni")
            try content.write(Dictionary(uniqueKeysWithValues: people.map { ("alumni/\($0.slug).yaml", SnapshotTests.profileYAML($0)) }))
        }

        static func noon(_ day: String) -> Date {
            LocalDate(iso: Substring(day))!.start(in: TimeZone(identifier: "Asia/Tokyo")!).addingTimeInterval(12 * 3600)
        }

        func snapshot(on day: String) throws -> StatsSnapshotTaker.Outcome {
            try StatsSnapshotTaker(contentDirectory: content.path, now: Self.noon(day)).run()
        }

        /// Builds both audiences of `day` into `<output>/<day>/`; returns that folder.
        @discardableResult
        func build(on day: String) throws -> String {
            for audience in [Audience.public, .members] {
                try Build(settings(content: content.path, output: "\(output.path)/\(day)/\(audience)", audience: audience, now: Self.noon(day))).run()
            }
            return "\(output.path)/\(day)"
        }

        func page(_ day: String, _ audience: String, _ path: String) throws -> String {
            try String(contentsOfFile: "\(output.path)/\(day)/\(audience)/\(path)", encoding: .utf8)
        }

        /// The network as both pages that show it: /network/ and the home page's section.
        func network(_ day: String, _ audience: String) throws -> String {
            let home = try page(day, audience, "index.html")
            let section = home.range(of: "<section aria-labelledby=\"home-network\"").map { String(home[$0.lowerBound...].prefix(4000)) } ?? ""
            return try page(day, audience, "network/index.html") + section
        }
    }

    /// The reader's check, written apart from the gate: every change it can subtract.
    static func readerDiff(_ portal: Portal, _ a: String, _ b: String) throws -> [String] {
        try ["public", "members"].flatMap { audience in
            try DisclosureTests.solve(["diff", "--min-cell", "5", "\(portal.output.path)/\(a)/\(audience)", "\(portal.output.path)/\(b)/\(audience)"]).problems
        }
    }

    /// Who changed between two daily builds, and how; each must leave the pages as they were.
    static let changes: [(name: String, change: @Sendable ([Person]) -> [Person])] = [
        ("a member joins", { $0 + [Person(slug: "new", joined: 1995, industry: "教育", interests: ["勉強会"], mentor: true)] }),
        ("a member changes industry", { people in people.map { $0.slug == "m3" ? Person(slug: "m3", joined: 2005, industry: "金融") : $0 } }),
        ("a member leaves", { people in people.filter { $0.slug != "m7" } }),
        ("a member withdraws from statistics", { people in people.map { var p = $0; if p.slug == "m9" { p.stats = false }; return p } }),
        ("five join, all in one industry", { people in people + (0..<5).map { Person(slug: "it\($0)", joined: 2015, industry: "IT・通信") } }),
    ]

    @Test(arguments: changes.indices)
    func aChangeThatWouldSingleSomeoneOutWaits(_ index: Int) throws {
        let (name, change) = Self.changes[index]
        let portal = try Portal(Self.base)
        try portal.build(on: "2026-11-24")
        try portal.set(change(Self.base))
        guard case .waiting(let since, let problems, nil) = try portal.snapshot(on: "2026-11-25") else {
            Issue.record("\(name): a snapshot was taken")
            return
        }
        #expect(since == LocalDate(year: 2026, month: 11, day: 1))
        #expect(!problems.isEmpty)
        try portal.build(on: "2026-11-25")
        for audience in ["public", "members"] {
            #expect(try portal.network("2026-11-24", audience) == portal.network("2026-11-25", audience), "\(name), \(audience)")
        }
        #expect(try Self.readerDiff(portal, "2026-11-24", "2026-11-25") == [], "\(name)")
    }

    /// The gate's reasons for the attacks of the issue.
    @Test func theReasonsNameTheFiguresThatWouldMove() throws {
        let portal = try Portal(Self.base)
        try portal.set(Self.changes[0].change(Self.base))
        guard case .waiting(_, let problems, _) = try portal.snapshot(on: "2026-11-25") else { throw CocoaError(.fileReadUnknown) }
        #expect(problems.contains { $0.figure.english == "members counted" && $0.change == 1 })
        try portal.set(Self.changes[4].change(Self.base))
        guard case .waiting(_, let five, _) = try portal.snapshot(on: "2026-11-25") else { throw CocoaError(.fileReadUnknown) }
        #expect(five.contains { $0.figure.english == "industry IT・通信" && $0.change == 5 && $0.reason.english == "all of the change is in one group" })
    }

    /// Enough people joined, in enough groups: the snapshot advances and the pages show it, and
    /// the reader's own subtraction finds no change below min_cell and no group holding it all.
    @Test func aDiverseChangeIsPublished() throws {
        let portal = try Portal(Self.base)
        try portal.build(on: "2026-11-24")
        let joiners = (0..<10).map { i in
            Person(slug: "j\(i)", joined: i < 5 ? 2005 : 2015, industry: i % 2 == 0 ? "IT・通信" : "金融",
                   interests: i < 5 ? ["交流会"] : [], mentor: i >= 5)
        }
        try portal.set(Self.base + joiners)
        guard case .written(let path, _, false) = try portal.snapshot(on: "2026-11-25") else {
            Issue.record("no snapshot")
            return
        }
        #expect(path.hasSuffix("stats/2026-11-25.yaml"))
        try portal.build(on: "2026-11-25")
        let after = try portal.page("2026-11-25", "public", "network/index.html")
        #expect(after.contains("<dt>集計対象の卒業生</dt><dd>50</dd>"))
        #expect(after.contains("2026年11月25日（水）時点の集計です。"))
        #expect(try Self.readerDiff(portal, "2026-11-24", "2026-11-25") == [])
        // The same counts again: nothing to do.
        guard case .unchanged = try portal.snapshot(on: "2026-11-26") else { throw CocoaError(.fileReadUnknown) }
    }

    /// A reader compares any two builds, not only neighbours: the gate does too.
    @Test func theChangeSinceEveryEarlierSnapshotCounts() {
        let gate = SnapshotGate(minCell: 5)
        func counts(_ it: Int, _ finance: Int, _ make: Int, decades: [Int: Int]) -> NetworkCounts {
            NetworkCounts(members: it + finance + make, mentors: 0, decades: decades,
                          industries: ["IT": it, "金融": finance, "製造": make], noIndustry: 0, interests: [:])
        }
        let day = { (d: Int) in LocalDate(year: 2026, month: 11, day: d) }
        let a = counts(20, 20, 20, decades: [2000: 30, 2010: 30])
        let b = counts(25, 25, 20, decades: [2000: 35, 2010: 35])
        // Five moved from IT to finance: against b two groups moved by five; against a, only
        // finance did, by ten.
        let c = counts(20, 30, 20, decades: [2000: 35, 2010: 35])
        #expect(gate.problems(publishing: b, on: day(2), after: [(day(1), a)]) == [])
        #expect(gate.problems(publishing: c, on: day(3), after: [(day(2), b)]) == [])
        let both = gate.problems(publishing: c, on: day(3), after: [(day(1), a), (day(2), b)])
        #expect(both.map(\.since) == [day(1)])
        #expect(both.first?.reason.english == "all of the change is in one group")
    }

    /// `consent.stats: false` takes effect with the next snapshot, and no later than
    /// `stats_max_age_days`: after that the figures are withdrawn until a snapshot can be published.
    @Test func aWaitingChangeWithdrawsTheFiguresAfterTheMaximumAge() throws {
        let portal = try Portal(Self.base)
        try portal.set(Self.changes[3].change(Self.base))
        guard case .waiting(_, _, nil) = try portal.snapshot(on: "2027-01-29") else { throw CocoaError(.fileReadUnknown) }
        guard case .withdrawn(let path, let since, _) = try portal.snapshot(on: "2027-01-30") else {
            Issue.record("the figures were not withdrawn after 90 days")
            return
        }
        #expect(path.hasSuffix("stats/2027-01-30.yaml") && since == LocalDate(year: 2026, month: 11, day: 1))
        try portal.build(on: "2027-01-30")
        for audience in ["public", "members"] {
            let html = try portal.network("2027-01-30", audience)
            #expect(html.contains("ネットワークの集計はいま公開を控えています"))
            #expect(!html.contains("<table"))
            #expect(!html.contains("集計対象の卒業生 <strong>"))
        }
        // Still waiting while withdrawn; once enough others join, figures come back.
        guard case .waiting(_, _, let withdrawn?) = try portal.snapshot(on: "2027-02-01") else { throw CocoaError(.fileReadUnknown) }
        #expect(withdrawn == LocalDate(year: 2027, month: 1, day: 30))
        let joiners = (0..<10).map { i in
            Person(slug: "j\(i)", joined: i < 5 ? 2005 : 2015, industry: i % 2 == 0 ? "IT・通信" : "金融", interests: i < 5 ? ["交流会"] : [], mentor: i >= 5)
        }
        var people = Self.changes[3].change(Self.base) + joiners
        // The withdrawn member's own group (a mentor with no interest in IT, 2005) must not stand
        // out: one more like them joins too, so each group moved by at least five.
        people.append(Person(slug: "k", joined: 2005, industry: "IT・通信", interests: [], mentor: false))
        try portal.set(people)
        let outcome = try portal.snapshot(on: "2027-02-02")
        guard case .written = outcome else {
            Issue.record("still waiting: \(outcome)")
            return
        }
        try portal.build(on: "2027-02-02")
        #expect(try portal.page("2027-02-02", "public", "network/index.html").contains("<dt>集計対象の卒業生</dt><dd>50</dd>"))
    }

    /// The file holds counts only, reads back as written (labels with quotes, colons, hashes and
    /// line breaks included), and nothing of it is published but the figures.
    @Test func aSnapshotHoldsCountsOnlyAndReadsBackAsWritten() throws {
        let odd = ["IT: \"AI\" #1", "back\\slash", "line\nbreak", "  spaced  ", "true", "123", "~", "- dash", "{brace}"]
        var people = Self.base
        for (i, label) in odd.enumerated() { people[i].industry = label; people[i].interests = [label] }
        people[39].industry = nil
        let portal = try Portal(people)
        let file = try String(contentsOfFile: portal.content.path + "/stats/2026-11-01.yaml", encoding: .utf8)
        for p in people { #expect(!file.contains(p.slug + "\n") && !file.contains("会員")) }
        let (content, diagnostics) = ContentLoader(contentDirectory: portal.content.path, kinds: ContentKinds.builtIn.items).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
        let expected = NetworkCounts(profiles: content[ProfileKind()])
        #expect(content[StatsKind()].first?.counts == expected)
        #expect(expected.industries["IT: \"AI\" #1"] == 1 && expected.noIndustry == 1)
        try portal.build(on: "2026-11-02")
        for audience in ["public", "members"] {
            #expect(!FileManager.default.fileExists(atPath: "\(portal.output.path)/2026-11-02/\(audience)/stats"))
        }
    }

    /// Before the first snapshot the network page has no figures: check says how to take one.
    @Test func checkSaysWhenThereIsNoSnapshotYet() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "alumni/a.yaml": Self.profileYAML(Person(slug: "a"))])
        var check = settings(content: dir.path, output: dir.path + "/site")
        check.editorWarnings = true
        let warnings = try Build(check).renderedFiles().warnings
        #expect(warnings.contains { $0.location.path.hasSuffix("site.yaml") && $0.message.contains("no stats snapshot yet") })
        try dir.write(["stats/2026-11-01.yaml": DisclosureTests.snapshotYAML(NetworkCounts(profiles: []))])
        #expect(try !Build(check).renderedFiles().warnings.contains { $0.message.contains("no stats snapshot yet") })
        let page = try #require(try Build(check).renderedFiles().files.texts()["network/index.html"])
        #expect(page.contains("2026年11月1日（日）時点の集計です。"))
    }

    /// A stats/ folder that is a symbolic link out of the content folder is never written through.
    @Test func aSnapshotIsNeverWrittenOutsideTheContentFolder() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "alumni/a.yaml": Self.profileYAML(Person(slug: "a"))])
        let outside = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/stats", withDestinationPath: outside.path)
        #expect(throws: StatsSnapshotTaker.Failure.self) { try StatsSnapshotTaker(contentDirectory: dir.path, now: Portal.noon("2026-11-01")).run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func aBrokenSnapshotIsALocatedError() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "stats/a.yaml": "date: 2026-10-30\nmembers: 10\nmentors: 11\ndecades: {2000: 4}\nindustries: {IT: 10}\n",
            "stats/b.yaml": "date: 2026-11-01\nmembers: 0\nmentors: 0\n",
            "stats/d.yaml": "date: 2026-11-01\nmembers: 0\nmentors: 0\n",
            "stats/c.yaml": "date: 2026-11-02\nmembers: 1\nmentors: 0\ndecades: {19x0: 1}\nindustries: {IT: 1}\n",
        ])
        #expect(lines.contains("<dir>/stats/a.yaml:4:10: error: the decades add up to 4, not to the 10 members"), "\(lines)")
        #expect(lines.contains("<dir>/stats/a.yaml:3:10: error: more mentors (11) than members (10)"))
        #expect(lines.contains { $0.hasPrefix("<dir>/stats/c.yaml:4:11: error: '19x0' is not a decade") })
        #expect(lines.contains { $0.hasPrefix("<dir>/stats/d.yaml:1:7: error: two stats snapshots are dated 2026-11-01: this one and <dir>/stats/b.yaml") })
    }
}
