import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Open postings reach people: schema.org JobPosting for Google for Jobs and Atom feeds, both
/// gone the moment the deadline day ends in the site's zone.
@Suite struct JobPostingTests {
    static let posting = """
    title: 営業資料作成の業務委託
    kind: contract
    summary: 提案資料の作成を月10時間ほどお願いします。
    description: |
      法人営業の**提案資料**を作成していただきます。
    department: 法人営業本部
    location: 東京都千代田区
    remote: hybrid
    employment: contractor
    compensation: {min: 5000, max: 8000, currency: JPY, unit: hour}
    posted: 2030-05-01
    deadline: 2030-06-30
    status: open
    apply: https://forms.example.com/apply/123
    tags: [sales, 資料作成]
    audience: public

    """

    static let site = minimalSiteYAML + "country: jp\norganization: {name: テスト商事, url: https://example.org/, logo: /static/logo.svg}\ntags:\n  sales: 営業\n"

    func build(_ files: [String: String], now: String) throws -> [String: String] {
        let dir = try TemporaryDirectory(files)
        let moment = try #require(Timestamp(iso: now, zone: TimeZone(identifier: "Asia/Tokyo")!)).date
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", now: moment)).renderedFiles()
        return built.texts()
    }

    func page(_ site: [String: String], _ path: String) throws -> String {
        try #require(site[path], "no \(path)")
    }

    func jobPosting(_ html: String) throws -> [String: Any]? {
        let open = #"<script type="application/ld+json">"#
        guard let start = html.range(of: open)?.upperBound else { return nil }
        let end = try #require(html[start...].range(of: "</script>")).lowerBound
        return try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any]
    }

    @Test func anOpenPostingHasEveryField() throws {
        let site = try build(["site.yaml": Self.site, "static/logo.svg": "<svg/>", "opportunities/sales-deck.yaml": Self.posting],
                             now: "2030-06-01T12:00:00+09:00")
        let data = try #require(try jobPosting(try page(site, "opportunities/sales-deck/index.html")))
        #expect(data["@type"] as? String == "JobPosting")
        #expect(data["title"] as? String == "営業資料作成の業務委託")
        #expect((data["description"] as? String)?.contains("<strong>提案資料</strong>") == true)
        #expect(data["datePosted"] as? String == "2030-05-01")
        #expect(data["validThrough"] as? String == "2030-06-30T23:59:59+09:00")
        #expect(data["employmentType"] as? String == "CONTRACTOR")
        let organization = try #require(data["hiringOrganization"] as? [String: Any])
        #expect(organization["name"] as? String == "テスト商事" && organization["sameAs"] as? String == "https://example.org/")
        #expect(organization["logo"] as? String == "https://alumni.example.com/static/logo.svg")
        let address = try #require((data["jobLocation"] as? [String: Any])?["address"] as? [String: Any])
        #expect(address["@type"] as? String == "PostalAddress" && address["addressLocality"] as? String == "東京都千代田区")
        #expect(address["addressCountry"] as? String == "JP", "site.yaml's country, upper-cased")
        #expect(data["jobLocationType"] == nil, "hybrid is not telecommute")
        let salary = try #require(data["baseSalary"] as? [String: Any])
        let value = try #require(salary["value"] as? [String: Any])
        #expect(salary["currency"] as? String == "JPY" && value["unitText"] as? String == "HOUR")
        #expect(value["minValue"] as? Int == 5000 && value["maxValue"] as? Int == 8000)
        #expect((data["identifier"] as? [String: Any])?["value"] as? String == "sales-deck")
        #expect(data["directApply"] as? Bool == true)
    }

    @Test func aRemoteProjectPostingIsTelecommuteWithoutSalary() throws {
        let remote = Self.posting.replacingOccurrences(of: "remote: hybrid", with: "remote: true")
            .replacingOccurrences(of: "unit: hour", with: "unit: project")
        let site = try build(["site.yaml": Self.site, "static/logo.svg": "<svg/>", "opportunities/r.yaml": remote], now: "2030-06-01T12:00:00+09:00")
        let data = try #require(try jobPosting(try page(site, "opportunities/r/index.html")))
        #expect(data["jobLocationType"] as? String == "TELECOMMUTE")
        #expect((data["applicantLocationRequirements"] as? [String: Any])?["name"] as? String == "JP")
        #expect(data["jobLocation"] == nil && data["baseSalary"] == nil)
    }

    /// The country comes from site.yaml's `country`, never from the language: without it, no
    /// addressCountry and no applicant location, in Japanese as in English.
    @Test(arguments: ["ja", "en"]) func withoutCountryNoneIsGuessed(_ language: String) throws {
        let site = Self.site.replacingOccurrences(of: "country: jp\n", with: "") + "language: \(language)\n"
        #expect(!site.contains("country:"))
        let remote = Self.posting.replacingOccurrences(of: "remote: hybrid", with: "remote: true")
        let built = try build(["site.yaml": site, "static/logo.svg": "<svg/>", "opportunities/r.yaml": remote, "opportunities/h.yaml": Self.posting],
                              now: "2030-06-01T12:00:00+09:00")
        let telecommute = try #require(try jobPosting(try page(built, "opportunities/r/index.html")))
        #expect(telecommute["jobLocationType"] as? String == "TELECOMMUTE" && telecommute["applicantLocationRequirements"] == nil)
        let hybrid = try #require(try jobPosting(try page(built, "opportunities/h/index.html")))
        let address = try #require((hybrid["jobLocation"] as? [String: Any])?["address"] as? [String: Any])
        #expect(address["addressLocality"] as? String == "東京都千代田区" && address["addressCountry"] == nil)
    }

    /// The deadline day is open until 23:59:59 in the site's zone and closed at 00:00: the board,
    /// the feeds, the sitemap and the JobPosting agree on both sides of midnight.
    @Test(arguments: [("2030-06-30T23:59:00+09:00", true), ("2030-07-01T00:00:00+09:00", false)])
    func theDeadlineClosesAtMidnightEverywhere(_ now: String, _ open: Bool) throws {
        let site = try build(["site.yaml": Self.site, "static/logo.svg": "<svg/>", "opportunities/sales-deck.yaml": Self.posting], now: now)
        let posting = try page(site, "opportunities/sales-deck/index.html")
        #expect((try jobPosting(posting) != nil) == open)
        // The board: listed while open; afterwards only in the archive, with the board empty.
        #expect(try page(site, "opportunities/contract/index.html").contains(#"<p class="empty">"#) == !open)
        #expect(try #require(site["opportunities/feed.xml"]).contains("<title>営業資料作成の業務委託</title>") == open)
        #expect(try #require(site["opportunities/contract/feed.xml"]).contains("sales-deck") == open)
        #expect(try #require(site["sitemap.xml"]).contains("opportunities/sales-deck/") == open)
        #expect(try page(site, "index.html").contains("営業資料作成の業務委託") == open)
    }

    @Test func theFeedsParseAndAreLinked() throws {
        var files = ["site.yaml": Self.site, "static/logo.svg": "<svg/>", "opportunities/sales-deck.yaml": Self.posting]
        files["opportunities/rehire-1.yaml"] = Self.posting.replacingOccurrences(of: "kind: contract", with: "kind: rehire")
            .replacingOccurrences(of: "posted: 2030-05-01", with: "posted: 2030-05-10").replacingOccurrences(of: "営業資料作成の業務委託", with: "営業職（再入社）")
        let site = try build(files, now: "2030-06-01T12:00:00+09:00")
        let all = FeedTests().entries(try FeedTests().parse(Data(try #require(site["opportunities/feed.xml"]).utf8)))
        #expect(all.compactMap { $0["title"] as? String } == ["営業職（再入社）", "営業資料作成の業務委託"])
        #expect(all.first?["published"] as? String == "2030-05-10T00:00:00+09:00")
        let rehire = FeedTests().entries(try FeedTests().parse(Data(try #require(site["opportunities/rehire/feed.xml"]).utf8)))
        #expect(rehire.count == 1)
        #expect(try #require(site["opportunities/index.html"]).contains(#"<link rel="alternate" type="application/atom+xml" title="テスト アルムナイの求人・案件" href="/opportunities/feed.xml">"#))
        #expect(try #require(site["opportunities/rehire/index.html"]).contains(#"<a class="feed-link" href="/opportunities/rehire/feed.xml">"#))
    }

    func warnings(_ files: [String: String], now: String) throws -> [String] {
        let dir = try TemporaryDirectory(files)
        let moment = try #require(Timestamp(iso: now, zone: TimeZone(identifier: "Asia/Tokyo")!)).date
        let (_, warnings) = try Build(settings(content: dir.path, output: dir.path + "-site", now: moment)).renderedFiles()
        return warnings.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") }
    }

    @Test func deadlinesSoonOrPastAreWarnings() throws {
        let files = ["site.yaml": Self.site, "static/logo.svg": "<svg/>", "opportunities/sales-deck.yaml": Self.posting]
        #expect(try warnings(files, now: "2030-06-20T12:00:00+09:00").isEmpty)
        #expect(try warnings(files, now: "2030-06-24T12:00:00+09:00") ==
            ["<dir>/opportunities/sales-deck.yaml:12:11: warning: the deadline 2030-06-30 is in 6 days; the posting closes at the end of that day (Asia/Tokyo)"])
        #expect(try warnings(files, now: "2030-06-30T23:59:00+09:00") ==
            ["<dir>/opportunities/sales-deck.yaml:12:11: warning: the deadline 2030-06-30 is today; the posting closes at the end of that day (Asia/Tokyo)"])
        #expect(try warnings(files, now: "2030-07-01T00:00:00+09:00") ==
            ["<dir>/opportunities/sales-deck.yaml:12:11: warning: the deadline 2030-06-30 has passed, so the posting is shown as closed; set 'status: closed' (or 'filled' with 'filled_at') to say what happened"])
    }

    /// An open posting with no deadline never closes by itself: after `stale_after_days` (90 by
    /// default) from its posting day, the build says so.
    @Test func anOpenPostingWithoutADeadlineIsWarnedAboutWhenStale() throws {
        let open = Self.posting.split(separator: "\n").filter { !$0.hasPrefix("deadline:") }.joined(separator: "\n") + "\n"
        let files = ["site.yaml": Self.site, "static/logo.svg": "<svg/>", "opportunities/sales-deck.yaml": open]
        let posted = try #require(open.split(separator: "\n").firstIndex { $0.hasPrefix("posted:") }) + 1
        #expect(try warnings(files, now: "2030-07-30T12:00:00+09:00").isEmpty, "90 days after 2030-05-01 is not yet stale")
        #expect(try warnings(files, now: "2030-07-31T12:00:00+09:00") == [
            "<dir>/opportunities/sales-deck.yaml:\(posted):9: warning: this posting has been open since 2030-05-01 (91 days) with no 'deadline', so it never closes by itself; add a 'deadline', or set 'status: closed' (or 'filled') if it is over (site.yaml's stale_after_days is 90)",
        ])
        var shorter = files
        shorter["site.yaml"] = Self.site + "stale_after_days: 30\n"
        #expect(try warnings(shorter, now: "2030-06-01T12:00:00+09:00").count == 1)
        // With a deadline, the deadline warnings speak instead.
        #expect(try warnings(["site.yaml": Self.site, "static/logo.svg": "<svg/>", "opportunities/sales-deck.yaml": Self.posting],
                             now: "2030-06-20T12:00:00+09:00").isEmpty)
    }

    @Test func filledAtMustAgreeWithTheStatus() throws {
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML,
                                          "opportunities/o.yaml": Self.posting + "filled_at: 2030-04-01\n"])
        #expect(lines == [
            "<dir>/opportunities/o.yaml:17:12: error: 'filled_at' (2030-04-01) is before 'posted' (2030-05-01)",
            "<dir>/opportunities/o.yaml:17:12: error: 'filled_at' says the position was filled, but 'status' is open; set 'status: filled' or remove 'filled_at'",
        ])
    }
}

/// The referral programme: its page, and a way to refer someone on each open rehire position.
@Suite struct ReferralTests {
    static let rehire = JobPostingTests.posting.replacingOccurrences(of: "kind: contract", with: "kind: rehire")
        .replacingOccurrences(of: "title: 営業資料作成の業務委託", with: "title: \"営業職 & 企画（再入社）? #1 + α\"")

    func pages(_ site: String) throws -> [String: String] {
        let dir = try TemporaryDirectory(["site.yaml": site, "opportunities/sales.yaml": Self.rehire,
                                          "opportunities/deck.yaml": JobPostingTests.posting])
        let moment = try #require(Timestamp(iso: "2030-06-01T12:00:00+09:00", zone: TimeZone(identifier: "Asia/Tokyo")!)).date
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", now: moment)).renderedFiles()
        return built.texts()
    }

    @Test func aFormGetsThePositionAsAQueryParameter() throws {
        let site = try pages(minimalSiteYAML + "referral:\n  who: 社員\n  reward: 10万円\n  how: フォームから\n  form: https://forms.example.com/ref?src=alumni\n")
        let page = try #require(site["opportunities/sales/index.html"])
        #expect(page.contains(#"<a href="https://forms.example.com/ref?src=alumni&amp;opportunity=sales">知り合いを紹介する</a>"#))
        #expect(page.contains(#"<a href="/referral/">社員紹介制度について</a>"#))
        // Only rehire positions.
        #expect(!(try #require(site["opportunities/deck/index.html"])).contains("知り合いを紹介する"))
        let referral = try #require(site["referral/index.html"])
        #expect(referral.contains("<dd>10万円</dd>") && referral.contains("<p>フォームから</p>"))
        #expect(referral.contains(#"<a class="button" href="https://forms.example.com/ref?src=alumni">"#))
    }

    @Test func aMailSubjectCarriesTheTitleEncoded() throws {
        let site = try pages(minimalSiteYAML + "referral:\n  mail: referral@example.com\n")
        let page = try #require(site["opportunities/sales/index.html"])
        let subject = "紹介：営業職 & 企画（再入社）? #1 + α"
        let encoded = try #require(subject.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")))
        #expect(page.contains(#"<a href="mailto:referral@example.com?subject=\#(encoded)">"#))
        #expect(encoded.contains("%26") && encoded.contains("%3F") && encoded.contains("%23") && encoded.contains("%2B"))
        // Decoded back, the subject is the title: nothing in it ended the subject early.
        let link = try #require(page.range(of: "mailto:referral@example.com?subject=")).upperBound
        let value = page[link...].prefix { $0 != "\"" }
        #expect(String(value).removingPercentEncoding == subject)
    }

    @Test func withoutAProgrammeThereIsNoPageAndNoLink() throws {
        let site = try pages(minimalSiteYAML)
        #expect(site["referral/index.html"] == nil)
        #expect(!(try #require(site["opportunities/sales/index.html"])).contains("紹介"))
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML + "referral:\n  who: 社員\n"])
        #expect(lines == ["<dir>/site.yaml:5:3: error: 'referral' needs a 'form' (https://…) or a 'mail' address to send referrals to"])
    }
}

/// Board cards that help choose, and filter pages that work without JavaScript.
@Suite struct BoardCardTests {
    @Test func cardsShowDaysLeftRemoteTagsAndPayPerUnit() throws {
        let files = ["site.yaml": JobPostingTests.site, "static/logo.svg": "<svg/>",
                     "opportunities/sales-deck.yaml": JobPostingTests.posting.replacingOccurrences(of: "unit: hour", with: "unit: project")]
        let soon = try JobPostingTests().build(files, now: "2030-06-27T09:00:00+09:00")
        let board = try JobPostingTests().page(soon, "opportunities/contract/index.html")
        #expect(board.contains(#"<span class="badge badge-remote">一部リモート</span>"#))
        #expect(board.contains(#"<span class="badge badge-deadline is-urgent">締切まであと3日</span>"#))
        #expect(board.contains("<dt>報酬</dt><dd>1件あたり 5,000〜8,000円</dd>"))
        #expect(board.contains(#"<li><a href="/opportunities/tags/%E8%B3%87%E6%96%99%E4%BD%9C%E6%88%90/">#資料作成</a></li>"#))
        let today = try JobPostingTests().build(files, now: "2030-06-30T09:00:00+09:00")
        #expect(try JobPostingTests().page(today, "opportunities/contract/index.html").contains(">本日締切</span>"))
        let early = try JobPostingTests().build(files, now: "2030-06-01T09:00:00+09:00")
        #expect(try JobPostingTests().page(early, "opportunities/contract/index.html").contains(#"<span class="badge badge-deadline">締切まであと29日</span>"#))
    }

    @Test func remoteAndTagPagesListOpenPostings() throws {
        var files = ["site.yaml": JobPostingTests.site, "static/logo.svg": "<svg/>", "opportunities/hybrid.yaml": JobPostingTests.posting]
        files["opportunities/onsite.yaml"] = JobPostingTests.posting.replacingOccurrences(of: "remote: hybrid", with: "remote: false")
            .replacingOccurrences(of: "title: 営業資料作成の業務委託", with: "title: 受付の業務委託").replacingOccurrences(of: "tags: [sales, 資料作成]", with: "tags: [受付]")
        let site = try JobPostingTests().build(files, now: "2030-06-01T09:00:00+09:00")
        let remote = try JobPostingTests().page(site, "opportunities/remote/index.html")
        #expect(remote.contains("営業資料作成の業務委託") && !remote.contains("受付の業務委託"))
        let tag = try JobPostingTests().page(site, "opportunities/tags/受付/index.html")
        #expect(tag.contains("<h1>「受付」の求人・案件</h1>") && tag.contains("受付の業務委託") && !tag.contains("営業資料作成の業務委託"))
        #expect(tag.contains(#"aria-current="page">#受付</a>"#))
    }

    @Test func aMentorRoleSaysWhatTheEngagementIs() throws {
        let mentor = JobPostingTests.posting.replacingOccurrences(of: "kind: contract", with: "kind: mentor")
            .replacingOccurrences(of: "description:", with: "engagement:\n  format: 1on1（オンライン）\n  frequency: 月1回\n  sessions: 6\n  hours_per_month: 1.5\n  mentees: 新任マネージャー\ndescription:")
        let site = try JobPostingTests().build(["site.yaml": JobPostingTests.site, "static/logo.svg": "<svg/>", "opportunities/m.yaml": mentor],
                                               now: "2030-06-01T09:00:00+09:00")
        #expect(try JobPostingTests().page(site, "opportunities/mentor/index.html")
            .contains("<p class=\"meta engagement parts\"><span>1on1（オンライン）・月1回・全6回・月1.5時間程度</span> <span>対象：新任マネージャー</span></p>"))
        let page = try JobPostingTests().page(site, "opportunities/m/index.html")
        #expect(page.contains("<div><dt>回数</dt><dd>全6回</dd></div>") && page.contains("<div><dt>対象</dt><dd>新任マネージャー</dd></div>"))

        let wrongKind = JobPostingTests.posting.replacingOccurrences(of: "description:", with: "engagement:\n  hours_per_month: lots\ndescription:")
        #expect(try diagnostics(for: ["site.yaml": minimalSiteYAML, "opportunities/o.yaml": wrongKind]) == [
            "<dir>/opportunities/o.yaml:5:3: error: 'engagement' describes a mentor role; this opportunity is a contract",
            "<dir>/opportunities/o.yaml:5:20: error: 'engagement.hours_per_month' must be a number of hours above 0, such as 2 or 1.5, not 'lots'",
        ])
    }
}
