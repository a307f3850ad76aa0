import Foundation
import Testing
@testable import KizunaBuild
@testable import KizunaContent

/// The boards as a reader on a phone meets them (issue 25, item 1), in the example's members
/// build: the filter chips behind a disclosure whose button names the filter in use, kind tabs
/// that start with 「すべて」, and no card repeating the kind of the board it is on.
@Suite struct BoardChromeTests {
    static func page(_ out: TemporaryDirectory, _ path: String) throws -> String {
        try String(contentsOfFile: out.path + path + "index.html", encoding: .utf8)
    }

    @Test func boardsTabsFiltersAndBadges() throws {
        let out = try AccessibilityTests.build(.members)
        let index = try Self.page(out, "/opportunities/"), contract = try Self.page(out, "/opportunities/contract/")
        let remote = try Self.page(out, "/opportunities/remote/"), events = try Self.page(out, "/events/")

        // Tabs: 「すべて」 first, the page's own tab marked.
        #expect(index.contains(#"<ul class="kind-nav"><li><a href="/opportunities/" aria-current="page">すべて</a></li>"#))
        #expect(contract.contains(#"<ul class="kind-nav"><li><a href="/opportunities/">すべて</a></li>"#))
        #expect(contract.contains(#"<a href="/opportunities/contract/" aria-current="page">業務委託</a>"#))

        // Filters behind a closed disclosure; its button names the filter this page shows.
        for page in [index, remote, events] {
            #expect(page.contains(#"<details class="filter-disclosure">"#))
            #expect(!page.contains(#"<details class="filter-disclosure" open"#))
        }
        #expect(index.contains("<summary>条件で絞り込む</summary>"))
        #expect(remote.contains(#"<summary>条件で絞り込む<span class="visually-hidden">（選択中：</span><span class="filter-current">リモートでできる求人・案件</span>"#))
        #expect(events.contains("<summary>対象で絞り込む</summary>"))

        // No kind badge on a board of one kind; where kinds are mixed (the remote filter, the
        // closed postings of every kind, the home page) the badge says which.
        #expect(!contract.contains("badge-kind"))
        let boards = try #require(index.range(of: #"class="board""#)), archive = try #require(index.range(of: #"class="board archive""#))
        #expect(!index[boards.lowerBound..<archive.lowerBound].contains("badge-kind"))
        #expect(index[archive.lowerBound...].contains("badge-kind"))
        #expect(remote.contains("badge-kind"))
        #expect(try Self.page(out, "/").contains("badge-kind"))
    }
}
