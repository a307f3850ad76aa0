import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The public build says how many members-only events, postings and asks there are, and links
/// to joining; counts only. Real builds of an inline site ("now" 2026-11-25 12:00 JST).
@Suite struct MembersOnlyCountsTests {
    static let join = """
        join:
          who: テスト商事に在籍したことのある方
          form: https://forms.example.org/join
          fields: [name, joined]

        """
    static let members = """
        members:
          who: テスト商事に在籍したことのある方
          url: https://members.alumni.example.com/

        """

    /// A members-only event, each field written with canary `n` (title, body, segment, slug, venue,
    /// join link, RSVP), `start` a day of 2026.
    static func event(_ n: Int, start: String, extra: String = "") -> (String, String) {
        ("events/canaryslug\(n).yaml", """
            title: CANARYTITLE\(n)
            start: \(start)T19:00:00+09:00
            mode: hybrid
            venue: {name: CANARYVENUE\(n), address: CANARYADDRESS\(n)}
            online_url: https://meet.example.org/canaryurl\(n)
            rsvp: https://forms.example.org/canaryrsvp\(n)
            segments: [canarysegment\(n)]
            audience: members
            description: CANARYBODY\(n)
            \(extra)
            """)
    }

    static func posting(_ n: Int, extra: String = "") -> (String, String) {
        ("opportunities/canaryslug\(n).yaml", """
            title: CANARYTITLE\(n)
            kind: contract
            summary: CANARYSUMMARY\(n)
            description: CANARYBODY\(n)
            department: CANARYDEPARTMENT\(n)
            posted: 2026-11-01
            deadline: 2026-12-31
            apply: https://jobs.example.org/canaryapply\(n)
            tags: [canarytag\(n)]
            audience: members
            \(extra)
            """)
    }

    static func ask(_ n: Int, extra: String = "") -> (String, String) {
        ("asks/canaryslug\(n).yaml", """
            title: CANARYTITLE\(n)
            posted: 2026-11-10
            body: CANARYBODY\(n)
            respond: https://forms.example.org/canaryrespond\(n)
            tags: [canarytag\(n)]
            audience: members
            \(extra)
            """)
    }

    /// Counted: events 1–2, posting 10, ask 20. Not counted: a past event (3), a draft (4), a
    /// cancelled one (5); a filled (11) and a draft (12) posting; an expired (21) and a closed (22) ask.
    static let canaries: [String: String] = Dictionary(uniqueKeysWithValues: [
        event(1, start: "2026-12-05"), event(2, start: "2027-01-20"),
        event(3, start: "2026-10-01"), event(4, start: "2026-12-07", extra: "draft: true"),
        event(5, start: "2026-12-08", extra: "status: cancelled"),
        posting(10), posting(11, extra: "status: filled"), posting(12, extra: "draft: true"),
        ask(20), ask(21, extra: "expires: 2026-11-20"), ask(22, extra: "status: closed"),
    ])

    /// One public item of each kind, so the pages have cards besides the notes.
    static let publicItems = [
        "events/open-day.yaml": "title: 公開の交流会\nstart: 2026-12-12T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.org/open\naudience: public\n",
        "opportunities/open-job.yaml": "title: 公開の求人\nkind: rehire\nposted: 2026-11-01\napply: https://jobs.example.org/open\nemployment: full-time\naudience: public\n",
        "asks/open-ask.yaml": "title: 公開の相談\nposted: 2026-11-10\nbody: 相談です。\nrespond: https://forms.example.org/open\naudience: public\n",
    ]

    func files(_ site: String = join, _ items: [String: String] = canaries.merging(publicItems) { $1 },
               audience: Audience = .public, drafts: Bool = false) throws -> [String: String] {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML + site].merging(items) { $1 })
        return try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience, drafts: drafts))
            .renderedFiles().files.texts()
    }

    static func note(_ text: String, link: String? = "<a href=\"/join/\">登録の方法を見る</a>") -> String {
        "<p class=\"members-only\">\(text)\(link ?? "")</p>"
    }

    @Test func thePublicBuildCountsUpcomingOpenAndPublishableItemsOnly() throws {
        let files = try files()
        let home = try #require(files["index.html"])
        for (page, note) in [("index.html", "会員限定のイベントが2件あります。"), ("events/index.html", "会員限定のイベントが2件あります。"),
                             ("index.html", "会員限定の求人・案件が1件あります。"), ("opportunities/index.html", "会員限定の求人・案件が1件あります。"),
                             ("index.html", "会員限定の相談が1件あります。"), ("asks/index.html", "会員限定の相談が1件あります。")] {
            #expect(files[page]?.contains(Self.note(note)) == true, "\(page) lacks \(note)")
        }
        #expect(home.contains("公開の交流会") && home.contains("公開の求人") && home.contains("公開の相談"))
    }

    @Test func draftsNeverCountEvenInABuildWithDrafts() throws {
        let files = try files(drafts: true)
        #expect(files["events/index.html"]?.contains(Self.note("会員限定のイベントが2件あります。")) == true)
        #expect(files["opportunities/index.html"]?.contains(Self.note("会員限定の求人・案件が1件あります。")) == true)
    }

    /// The counts are the only trace: no title, body, segment, slug, venue, link or tag of a
    /// members-only item is in any file of the public build (pages, feeds, calendars, search
    /// index, sitemap); the members build has them all, so the scan would see them.
    @Test func noCanaryInAnyFileOfThePublicBuild() throws {
        let publicFiles = try files(), membersFiles = try files(audience: .members)
        #expect(publicFiles.keys.contains { $0.hasSuffix(".ics") } && publicFiles.keys.contains { $0.hasSuffix(".xml") }
                && publicFiles.keys.contains { $0.hasSuffix(".json") } && publicFiles.keys.contains { $0.hasPrefix("digest/") && $0.hasSuffix(".txt") })
        for (path, text) in publicFiles {
            #expect(!text.lowercased().contains("canary"), "\(path) holds a trace of a members-only item")
        }
        #expect(publicFiles["index.html"]?.contains("会員限定のイベントが2件あります。") == true)
        // The digest's plain text (issue 25) is scanned too, and in the members build it names them.
        #expect(membersFiles["digest/2026-11/index.txt"]?.contains("CANARYTITLE10") == true)
        let members = membersFiles.values.joined().lowercased()
        for canary in ["canarytitle1", "canarybody10", "canarysegment2", "canaryslug20", "canaryvenue1", "canarytag10"] {
            #expect(members.contains(canary), "the members build shows \(canary), so the scan can see it")
        }
    }

    @Test func theMembersBuildShowsNoNote() throws {
        let files = try files(audience: .members)
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(!text.contains("members-only") && !text.contains("会員限定のイベントが") && !text.contains("会員限定の求人・案件が")
                    && !text.contains("会員限定の相談が"), "\(path)")
        }
    }

    @Test func nothingWhenThereIsNothingMembersOnly() throws {
        let files = try files(Self.join, Self.publicItems)
        for (path, text) in files where path.hasSuffix(".html") { #expect(!text.contains("class=\"members-only\""), "\(path)") }
        #expect(files["index.html"]?.contains("公開の交流会") == true)
    }

    /// The home page does not say no events are scheduled while members-only ones are.
    @Test func theEmptyTextsGiveWayToTheCount() throws {
        let items = Dictionary(uniqueKeysWithValues: [Self.event(1, start: "2026-12-05"), Self.posting(10), Self.ask(20)])
        let files = try files(Self.join, items)
        let home = try #require(files["index.html"])
        #expect(!home.contains("予定されているイベントはまだありません") && !home.contains("現在、募集中の求人・案件はありません。"))
        #expect(home.contains(Self.note("会員限定のイベントが1件あります。")) && home.contains(Self.note("会員限定の相談が1件あります。")))
        #expect(home.contains("<h2 id=\"home-asks\">"), "the asks section shows for members-only asks alone")
        #expect(files["events/index.html"]?.contains("予定されているイベントはまだありません") == false)
        let asks = try #require(files["asks/index.html"])
        #expect(asks.contains(Self.note("会員限定の相談が1件あります。")) && !asks.contains("class=\"empty\""))
        let none = try self.files(Self.join, [:])
        #expect(none["index.html"]?.contains("予定されているイベントはまだありません") == true)
        #expect(none["index.html"]?.contains("<h2 id=\"home-asks\">") == false)
    }

    /// `/join/` when the site has it, else `/access/`, else the sentence alone.
    @Test func theNoteLinksToJoiningOrSigningIn() throws {
        let items = Dictionary(uniqueKeysWithValues: [Self.event(1, start: "2026-12-05")])
        let access = try files(Self.members, items)["events/index.html"]
        #expect(access?.contains(Self.note("会員限定のイベントが1件あります。", link: "<a href=\"/access/\">会員向けサイトへのログイン方法を見る</a>")) == true)
        let bare = try files("", items)["events/index.html"]
        #expect(bare?.contains(Self.note("会員限定のイベントが1件あります。", link: nil)) == true)
        let freePage = try files("", items.merging(["pages/join.md": "---\ntitle: 登録のご案内\n---\n\n本文です。\n"]) { $1 })["events/index.html"]
        #expect(freePage?.contains(Self.note("会員限定のイベントが1件あります。")) == true, "a free page join is the join page")
    }

    @Test func bothLanguagesSayItWithTheirPlurals() throws {
        let site = "languages: [ja, en]\n" + Self.join
        let files = try files(site)
        #expect(files["events/index.html"]?.contains(Self.note("会員限定のイベントが2件あります。")) == true)
        #expect(files["en/events/index.html"]?.contains(Self.note("There are 2 members-only events.", link: " <a href=\"/en/join/\">How to join</a>")) == true)
        #expect(files["en/asks/index.html"]?.contains(Self.note("There is 1 members-only ask.", link: " <a href=\"/en/join/\">How to join</a>")) == true)
        #expect(files["en/index.html"]?.contains("There is 1 members-only opportunity.") == true)
        for (path, text) in files { #expect(!text.lowercased().contains("canary"), "\(path)") }
    }
}
