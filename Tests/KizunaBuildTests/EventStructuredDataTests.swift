import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// schema.org Event JSON-LD on event pages, parsed back and checked field by field.
@Suite struct EventStructuredDataTests {
    func structuredData(_ files: [String: String], slug: String, audience: Audience = .public) throws -> [String: Any] {
        let dir = try TemporaryDirectory(files)
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience)).renderedFiles()
        guard case .bytes(let data)? = built.first(where: { $0.path == "events/\(slug)/index.html" })?.contents else {
            Issue.record("no page for \(slug)")
            return [:]
        }
        let html = String(decoding: data, as: UTF8.self)
        let open = #"<script type="application/ld+json">"#
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html[start...].range(of: "</script>")).lowerBound
        let json = String(html[start..<end])
        // Nothing in it can end the element or open a comment.
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("\u{2028}"))
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static let site = minimalSiteYAML + "image: /static/share.png\norganization: {name: テスト商事, url: https://example.org/}\n"

    @Test func aHybridEventHasEveryField() throws {
        let data = try structuredData([
            "site.yaml": Self.site, "static/share.png": "png",
            "events/e.yaml": """
            title: 交流会
            start: 2030-10-17T19:00:00+09:00
            end: 2030-10-17T21:30:00+09:00
            mode: hybrid
            venue: {name: 本社 22F, address: 東京都千代田区大手町2-3-4}
            online_url: https://meet.example.com/e
            rsvp: https://forms.example.com/e
            audience: public
            description: 近況報告と懇親会です。

            """,
        ], slug: "e")
        #expect(data["@context"] as? String == "https://schema.org")
        #expect(data["@type"] as? String == "Event")
        #expect(data["name"] as? String == "交流会")
        #expect(data["startDate"] as? String == "2030-10-17T19:00:00+09:00")
        #expect(data["endDate"] as? String == "2030-10-17T21:30:00+09:00")
        #expect(data["eventAttendanceMode"] as? String == "https://schema.org/MixedEventAttendanceMode")
        #expect(data["eventStatus"] as? String == "https://schema.org/EventScheduled")
        #expect(data["description"] as? String == "近況報告と懇親会です。")
        #expect(data["url"] as? String == "https://alumni.example.com/events/e/")
        #expect(data["image"] as? [String] == ["https://alumni.example.com/static/share.png"])
        let locations = try #require(data["location"] as? [[String: Any]])
        #expect(locations.first?["@type"] as? String == "Place" && locations.first?["name"] as? String == "本社 22F")
        let address = try #require(locations.first?["address"] as? [String: Any])
        #expect(address["@type"] as? String == "PostalAddress" && address["streetAddress"] as? String == "東京都千代田区大手町2-3-4")
        // A public build: the virtual location is the event's page, not the join link.
        #expect(locations.last?["@type"] as? String == "VirtualLocation")
        #expect(locations.last?["url"] as? String == "https://alumni.example.com/events/e/")
        let organizer = try #require(data["organizer"] as? [String: Any])
        #expect(organizer["name"] as? String == "テスト商事" && organizer["url"] as? String == "https://example.org/")
        let offers = try #require(data["offers"] as? [String: Any])
        #expect(offers["url"] as? String == "https://forms.example.com/e")
    }

    @Test func statusesAndThePreviousStart() throws {
        let base = "start: 2030-10-24T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\naudience: public\nrsvp: https://forms.example.com/x\n"
        let moved = try structuredData(["site.yaml": Self.site, "static/share.png": "png",
                                        "events/m.yaml": "title: M\n" + base + "status: rescheduled\nprevious_start: 2030-10-17T19:00:00+09:00\n"], slug: "m",
                                       audience: .members)
        #expect(moved["eventStatus"] as? String == "https://schema.org/EventRescheduled")
        #expect(moved["previousStartDate"] as? String == "2030-10-17T19:00:00+09:00")
        #expect((moved["location"] as? [String: Any])?["url"] as? String == "https://meet.example.com/x")
        for (status, expected) in [("cancelled", "EventCancelled"), ("postponed", "EventPostponed")] {
            let data = try structuredData(["site.yaml": Self.site, "static/share.png": "png",
                                           "events/s.yaml": "title: S\n" + base + "status: \(status)\n"], slug: "s")
            #expect(data["eventStatus"] as? String == "https://schema.org/" + expected)
            #expect(data["offers"] == nil, "no RSVP offer for a \(status) event")
        }
    }

    @Test func contentCannotCloseTheScriptElement() throws {
        let title = "</script><script>alert(1)</script><!-- & \"x\""
        let data = try structuredData([
            "site.yaml": minimalSiteYAML,
            "events/x.yaml": "title: \"\(title.replacingOccurrences(of: "\"", with: "\\\""))\"\nstart: 2030-01-01\nmode: in-person\nvenue: {name: 会場}\naudience: public\n",
        ], slug: "x")
        #expect(data["name"] as? String == title)
        #expect(JSONLD.script(["a": "</script>"]) == #"{"a":"\u003c/script\u003e"}"#)
        // YAML reads U+2028 and U+2029 as line breaks, so they are checked here directly.
        #expect(JSONLD.script(["a": "x\u{2028}y\u{2029}"]) == #"{"a":"x\u2028y\u2029"}"#)
    }
}
