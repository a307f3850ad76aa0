import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The take-away CSV (`surveys/<slug>/results.csv`) read by the solver beside its page: row by
/// row the page's table (label, count, share), its respondents and NPS, and no other number.
extension DisclosureTests {
    /// Every survey page of the example (both audiences, both languages) and of the small
    /// fixture has its CSV, and the solver finds each CSV row on the page.
    @Test func everyCSVPrintsExactlyItsPage() throws {
        let out = try TemporaryDirectory()
        // The fixture's min_cell is 3, the example's 5.
        let sites: [(String, String, Audience, Int)] = [
            (Repo.content, "example-public", .public, 5), (Repo.content, "example-members", .members, 5),
            (Repo.fixtures + "/sites/small", "small-public", .public, 3), (Repo.fixtures + "/sites/small", "small-members", .members, 3),
        ]
        var expectedRows = 0, rows = 0
        for (content, name, audience, m) in sites {
            let site = out.path + "/" + name
            try Build(settings(content: content, output: site, audience: audience)).run()
            let files = snapshot(of: site).keys
            let pages = Set(files.filter { $0.hasPrefix("surveys/") || $0.hasPrefix("en/surveys/") }.filter { $0.hasSuffix("/index.html") }
                .map { String($0.dropLast("index.html".count)) }.filter { $0.split(separator: "/").count == ($0.hasPrefix("en/") ? 3 : 2) }
                // /surveys/trends/ is year over year across surveys: figures of theirs, no CSV of its own.
                .filter { !$0.hasSuffix("surveys/trends/") })
            let csvs = Set(files.filter { $0.hasSuffix("/results.csv") }.map { String($0.dropLast("results.csv".count)) })
            #expect(!pages.isEmpty && pages == csvs, "\(name): pages \(pages.sorted()), CSVs \(csvs.sorted())")
            for folder in csvs {
                let text = try String(contentsOfFile: site + "/" + folder + "results.csv", encoding: .utf8)
                expectedRows += text.components(separatedBy: "\r\n").count - 2  // the header and the end
            }
            let (problems, stats) = try Self.solve(["figures", "--min-cell", String(m), site])
            #expect(problems == [], "\(name): \(problems.prefix(5))")
            rows += stats["csv_rows"] ?? 0
        }
        #expect(rows == expectedRows && expectedRows > 100)
        // Banded and suppressed rows are in the CSV as the page prints them.
        for (survey, marker) in [("small-public/surveys/annual-2026", "どちらでもない〜そう思わない,3,15.0%"),
                                 ("example-members/surveys/welcome-2025", "5未満"), ("example-members/en/surveys/welcome-2025", "fewer than 5")] {
            let csv = try String(contentsOfFile: out.path + "/\(survey)/results.csv", encoding: .utf8)
            let page = try String(contentsOfFile: out.path + "/\(survey)/index.html", encoding: .utf8)
            #expect(csv.contains(marker) && page.contains(marker.split(separator: ",")[0]), "\(survey): \(marker)")
        }
    }

    /// The solver is not fooled by a CSV that says more than its page: a changed count, a row
    /// the page does not have, a changed score, a missing byte-order mark.
    @Test func aCSVSayingMoreThanItsPageIsCaught() throws {
        let out = try TemporaryDirectory()
        let site = out.path + "/site"
        try Build(settings(output: site, audience: .public)).run()
        let path = site + "/surveys/annual-2026/results.csv"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: original, as: UTF8.self)
        #expect(text.contains("0〜3,9,3.7%") && text.contains("'+17"))
        let tampered: [(String, String)] = [
            (text.replacingOccurrences(of: "0〜3,9,3.7%", with: "0〜3,8,3.3%"), "recommend-nps prints [('0〜3', '8', '3.3%')"),
            (text.replacingOccurrences(of: "0〜3,9,3.7%", with: "0,1,0.4%\r\nrecommend-nps,x,1〜3,8,3.3%"), "below 5"),
            (text.replacingOccurrences(of: "'+17", with: "'+18"), "NPS '+18'"),
            (String(text.dropFirst()), "no byte-order mark"),
        ]
        for (changed, expected) in tampered {
            try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
            let problems = try Self.solve(["figures", "--min-cell", "5", site]).problems
            #expect(problems.contains { $0.contains(expected) }, "\(expected): \(problems)")
        }
        try original.write(to: URL(fileURLWithPath: path))
        #expect(try Self.solve(["figures", "--min-cell", "5", site]).problems == [])
    }
}
