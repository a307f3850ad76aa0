import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// site.yaml `attribution:` adds a source to every outgoing call to action (apply, refer, RSVP,
/// respond, the join form, mentor roles), keeping the editor's query and fragment; a mail gets it
/// in its subject. Nothing else changes.
@Suite struct AttributionTests {
    static let attribution = SiteConfig.Attribution(source: "alumni-portal", medium: "portal")
    static let use = AttributedLink.Use(campaign: "rehire-sales", page: "opportunity", subject: "営業職 & 企画?")
    static let tags = "utm_source=alumni-portal&utm_medium=portal&utm_campaign=rehire-sales&utm_content=opportunity"

    /// A slug that already names its kind is not named twice (`rehire-rehire-sales` would split
    /// one posting's count in HR's reports between two spellings).
    @Test func theCampaignNamesTheKindOnce() {
        #expect(AttributedLink.campaign("rehire", "sales") == "rehire-sales")
        #expect(AttributedLink.campaign("rehire", "rehire-sales") == "rehire-sales")
        #expect(AttributedLink.campaign("mentor", "mentor-engineers") == "mentor-engineers")
        #expect(AttributedLink.campaign("referral", "rehire-sales") == "referral-rehire-sales")
        #expect(AttributedLink.campaign("event", "eventful-night") == "event-eventful-night")
    }

    @Test func aWebAddressKeepsItsQueryAndFragment() {
        func tagged(_ url: String) -> String { AttributedLink.url(url, Self.attribution, Self.use) }
        #expect(tagged("https://forms.example.com/apply") == "https://forms.example.com/apply?" + Self.tags)
        #expect(tagged("https://forms.example.com/apply?id=1&x=%E3%81%82#form") == "https://forms.example.com/apply?id=1&x=%E3%81%82&" + Self.tags + "#form")
        #expect(tagged("https://forms.example.com/apply#form") == "https://forms.example.com/apply?" + Self.tags + "#form")
        #expect(tagged("https://forms.example.com/apply?") == "https://forms.example.com/apply?" + Self.tags)
        #expect(tagged("https://forms.example.com/apply?id=1&") == "https://forms.example.com/apply?id=1&" + Self.tags)
        // The editor's own tagging is kept whole.
        #expect(tagged("https://forms.example.com/apply?utm_source=newsletter&id=1") == "https://forms.example.com/apply?utm_source=newsletter&id=1")
        #expect(tagged("https://forms.example.com/apply?id=1&UTM_CAMPAIGN=x#f") == "https://forms.example.com/apply?id=1&UTM_CAMPAIGN=x#f")
        // Off without `attribution:`.
        #expect(AttributedLink.url("https://forms.example.com/apply?id=1", nil, Self.use) == "https://forms.example.com/apply?id=1")
        // Values are percent-encoded.
        let odd = SiteConfig.Attribution(source: "アルムナイ &portal", medium: "a=b")
        #expect(AttributedLink.url("https://x.example/", odd, Self.use).hasPrefix(
            "https://x.example/?utm_source=%E3%82%A2%E3%83%AB%E3%83%A0%E3%83%8A%E3%82%A4%20%26portal&utm_medium=a%3Db&"))
    }

    @Test func aMailGetsTheSourceInItsSubject() {
        func tagged(_ url: String) -> String { AttributedLink.url(url, Self.attribution, Self.use) }
        let tag = " [alumni-portal/rehire-sales]"
        // An existing subject (percent-encoded as written) is kept, the tag added; other fields kept.
        let existing = tagged("mailto:hr@example.com?subject=%E5%BF%9C%E5%8B%9F&body=Hello%20there")
        #expect(existing == "mailto:hr@example.com?subject=" + AttributedLink.encode("応募" + tag) + "&body=Hello%20there")
        #expect(existing.contains("%20%5Balumni-portal%2Frehire-sales%5D&body="))
        // Without one, the item's title, encoded so `&` and `?` cannot end it.
        let bare = tagged("mailto:hr@example.com")
        #expect(bare == "mailto:hr@example.com?subject=%E5%96%B6%E6%A5%AD%E8%81%B7%20%26%20%E4%BC%81%E7%94%BB%3F%20%5Balumni-portal%2Frehire-sales%5D")
        let subject = String(bare.split(separator: "=", maxSplits: 1)[1]).removingPercentEncoding
        #expect(subject == "営業職 & 企画?" + tag)
        #expect(tagged("mailto:hr@example.com?cc=a@example.com") == "mailto:hr@example.com?cc=a@example.com&subject=" + AttributedLink.encode("営業職 & 企画?" + tag))
    }

    static let site = minimalSiteYAML + """
    attribution:
      utm_source: alumni-portal
    referral:
      form: https://forms.example.com/ref?src=hr#top
    join:
      form: https://forms.example.com/join?lang=ja#start

    """

    static func files(_ site: String) -> [String: String] {
        var files = Dictionary(uniqueKeysWithValues: JoinPageTests.opportunities)
        files["site.yaml"] = site
        files["events/meetup.yaml"] = "title: 交流会\nstart: 2030-07-01T19:00:00+09:00\nmode: in-person\nvenue: {name: 本社}\nrsvp: https://forms.example.com/rsvp?e=1#a\naudience: public\n"
        files["events/lunch.yaml"] = "title: ランチ会\nstart: 2030-07-02T12:00:00+09:00\nmode: in-person\nvenue: {name: 本社}\nrsvp: mailto:lunch@example.com?subject=%E3%83%A9%E3%83%B3%E3%83%81\n"
        files["asks/advice.yaml"] = "title: 相談\nposted: 2030-05-01\nbody: 本文\nrespond: https://forms.example.com/ask?q=1\n"
        return files
    }

    static func tags(_ campaign: String, _ page: String, medium: String = "portal") -> String {
        "utm_source=alumni-portal&amp;utm_medium=\(medium)&amp;utm_campaign=\(campaign)&amp;utm_content=\(page)"
    }

    @Test func everyKindOfCallToActionCarriesTheSource() throws {
        let site = try JoinPageTests.build(Self.files(Self.site), .members)
        func page(_ path: String) throws -> String { try #require(site[path], "no \(path)") }
        // Apply (a form with a query and a fragment), refer, the referral programme's form.
        let sales = try page("opportunities/sales/index.html")
        #expect(sales.contains(#"<a class="button" href="https://forms.example.com/apply?id=1&amp;\#(Self.tags("rehire-sales", "opportunity"))#form">"#))
        #expect(sales.contains(#"<a href="https://forms.example.com/ref?src=hr&amp;opportunity=sales&amp;\#(Self.tags("referral-sales", "opportunity"))#top">知り合いを紹介する</a>"#))
        #expect(try page("referral/index.html").contains(#"href="https://forms.example.com/ref?src=hr&amp;\#(Self.tags("referral", "referral"))#top""#))
        #expect(try page("opportunities/deck/index.html").contains(#"href="https://forms.example.com/deck?\#(Self.tags("contract-deck", "opportunity"))""#))
        // A mentor role (a mail with a subject), on its page and on the welcome page.
        let subject = AttributedLink.encode("応募 [alumni-portal/mentor-coach]")
        #expect(try page("opportunities/coach/index.html").contains(#"href="mailto:hr@example.com?subject=\#(subject)">メールで応募する</a>"#))
        let welcome = try page("welcome/index.html")
        #expect(welcome.contains(#"href="mailto:hr@example.com?subject=\#(subject)""#))
        #expect(welcome.contains(#"href="https://forms.example.com/apply?id=1&amp;\#(Self.tags("rehire-sales", "welcome"))#form""#))
        // RSVP (a form, and a mail with a subject), respond, the join form.
        #expect(try page("events/meetup/index.html").contains(#"href="https://forms.example.com/rsvp?e=1&amp;\#(Self.tags("event-meetup", "event"))#a""#))
        #expect(try page("events/lunch/index.html").contains(#"href="mailto:lunch@example.com?subject=\#(AttributedLink.encode("ランチ [alumni-portal/event-lunch]"))""#))
        #expect(try page("asks/advice/index.html").contains(#"href="https://forms.example.com/ask?q=1&amp;\#(Self.tags("ask-advice", "ask"))""#))
        #expect(try page("join/index.html").contains(#"href="https://forms.example.com/join?lang=ja&amp;\#(Self.tags("join", "join"))#start""#))
    }

    @Test func machineReadableOutputsAndBodiesKeepTheCanonicalAddress() throws {
        let files = Self.files(Self.site).merging(["news/post.md": "---\ntitle: 記事\ndate: 2030-05-01\n---\n[申し込み](https://forms.example.com/rsvp?e=1#a)\n"]) { a, _ in a }
        let site = try JoinPageTests.build(files, .public)
        let event = try #require(site["events/meetup/index.html"])
        // JSON-LD's Offer: the canonical RSVP address, not the tagged one.
        #expect(event.contains(#""url":"https:\/\/forms.example.com\/rsvp?e=1#a""#) || event.contains(#""url":"https://forms.example.com/rsvp?e=1#a""#), "\(event)")
        // A link inside a Markdown body is the editor's, written as given.
        #expect(try #require(site["news/post/index.html"]).contains(#"<a href="https://forms.example.com/rsvp?e=1#a">申し込み</a>"#))
        for (path, text) in site where !path.hasSuffix(".html") {
            #expect(!text.contains("utm_"), "\(path) carries a source")
        }
    }

    @Test func offWithoutAttribution() throws {
        let site = try JoinPageTests.build(Self.files(Self.site.replacingOccurrences(of: "attribution:\n  utm_source: alumni-portal\n", with: "")), .members)
        for (path, text) in site { #expect(!text.contains("utm_"), "\(path)") }
        #expect(try #require(site["opportunities/sales/index.html"]).contains(#"href="https://forms.example.com/apply?id=1#form""#))
    }

    @Test func theMediumIsSetAndTheSourceRequired() throws {
        let site = try JoinPageTests.build(Self.files(Self.site.replacingOccurrences(of: "  utm_source: alumni-portal\n", with: "  utm_source: alumni-portal\n  utm_medium: email\n")), .public)
        #expect(try #require(site["opportunities/sales/index.html"]).contains(Self.tags("rehire-sales", "opportunity", medium: "email")))
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML + "attribution:\n  utm_medium: portal\n"])
        #expect(lines.count == 1 && lines[0].contains("utm_source"), "\(lines)")
    }
}
