import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Where the public build counts members-only items apart: each board of postings that has no
/// public posting says how many members-only ones it has; the event segment pages say nothing of
/// members-only events (a members-only event's segments are its own information: docs/CONTENT.md,
/// "The public build: what members see, counted"). Builds of `MembersOnlyCountsTests`' site.
@Suite struct MembersOnlyBoardsTests {
    typealias Site = MembersOnlyCountsTests

    /// Members-only postings on the contract board (10) and, filled, on the mentor board (11 is
    /// not open: not counted); the one public posting is on the rehire board.
    @Test func anEmptyBoardSaysItHasMembersOnlyPostings() throws {
        let items = Site.canaries.merging(Site.publicItems) { $1 }.merging([Site.posting(13).0: Site.posting(13).1]) { $1 }
        let files = try Site().files(Site.join, items)
        let board = try #require(files["opportunities/index.html"])
        let contract = Site.note("会員限定の業務委託の案件が2件あります。")
        #expect(section("kind-contract", of: board).contains(contract))
        #expect(!section("kind-contract", of: board).contains("class=\"empty\""))
        // The rehire board has a public posting: no note; the mentor board has nothing at all.
        #expect(!section("kind-rehire", of: board).contains("members-only") && section("kind-rehire", of: board).contains("公開の求人"))
        #expect(section("kind-mentor", of: board).contains("<p class=\"empty\">現在、募集中の求人・案件はありません。</p>"))
        #expect(!section("kind-mentor", of: board).contains("members-only"))
        // The page's own note stays, once, above the boards.
        #expect(board.components(separatedBy: Site.note("会員限定の求人・案件が2件あります。")).count == 2)

        let page = try #require(files["opportunities/contract/index.html"])
        #expect(page.contains(contract) && !page.contains("class=\"empty\""))
        #expect(files["opportunities/rehire/index.html"]?.contains("members-only") == false)
        #expect(files["opportunities/mentor/index.html"]?.contains("<p class=\"empty\">") == true)
        for (path, text) in files { #expect(!text.lowercased().contains("canary"), "\(path)") }
    }

    @Test func boardNotesInBothLanguagesAndNoneForMembers() throws {
        let site = "languages: [ja, en]\n" + Site.join
        let files = try Site().files(site)
        #expect(files["en/opportunities/contract/index.html"]?.contains(
            Site.note("There is 1 members-only contract opportunity.", link: " <a href=\"/en/join/\">How to join</a>")) == true)
        #expect(files["opportunities/contract/index.html"]?.contains(Site.note("会員限定の業務委託の案件が1件あります。")) == true)
        let members = try Site().files(audience: .members)
        #expect(members["opportunities/contract/index.html"]?.contains("CANARYTITLE10") == true)
        for (path, text) in members where path.hasPrefix("opportunities/") && path.hasSuffix(".html") {
            #expect(!text.contains("class=\"members-only\""), "\(path)")
        }
    }

    /// A segment shared by a public and a members-only event has its page in the public build;
    /// that page, its calendar and the segment filter carry no trace of the members-only event:
    /// no card, no count, no note, no canary. A segment only members-only events name has no page.
    @Test func segmentPagesCarryNoMembersOnlyTrace() throws {
        let items = Site.canaries.merging(Site.publicItems) { $1 }.merging([
            Site.event(6, start: "2026-12-06").0: Site.event(6, start: "2026-12-06").1
                .replacingOccurrences(of: "segments: [canarysegment6]", with: "segments: [tokyo]"),
            "events/open-day.yaml": Site.publicItems["events/open-day.yaml"]! + "segments: [tokyo]\n",
        ]) { $1 }
        let files = try Site().files(Site.join, items)
        let page = try #require(files["events/segments/tokyo/index.html"])
        #expect(page.contains("公開の交流会"))
        #expect(!page.contains("members-only") && !page.contains("会員限定"), "the segment page counts members-only events")
        let segmentFiles = files.filter { $0.key.hasPrefix("events/segments/") }
        #expect(segmentFiles.keys.sorted() == ["events/segments/tokyo.ics", "events/segments/tokyo/index.html"])
        for (path, text) in files { #expect(!text.lowercased().contains("canary"), "\(path)") }
        // The events page still counts all three upcoming members-only events, segment or not.
        #expect(files["events/index.html"]?.contains(Site.note("会員限定のイベントが3件あります。")) == true)
        // The members build lists it on the segment page, so the check above can see a leak.
        let members = try Site().files(Site.join, items, audience: .members)
        #expect(members["events/segments/tokyo/index.html"]?.contains("CANARYTITLE6") == true)
    }

    /// The `<section>` of one board on /opportunities/ (from its heading's id to the next section).
    func section(_ id: String, of page: String) -> String {
        guard let start = page.range(of: "aria-labelledby=\"\(id)\"") else { return "" }
        let rest = page[start.upperBound...]
        return String(rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)])
    }
}
