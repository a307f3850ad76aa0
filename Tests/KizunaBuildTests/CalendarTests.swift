import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// iCalendar outputs, read back by a real parser (Python's icalendar, Debian's python3-icalendar).
@Suite struct CalendarTests {
    /// The files of a build of `files` (inline content), by path.
    func build(_ files: [String: String], audience: Audience = .members, now: Date = fixedNow) throws -> [String: Data] {
        let dir = try TemporaryDirectory(files)
        return try built(dir.path, audience: audience, now: now)
    }

    func built(_ content: String, audience: Audience = .members, now: Date = fixedNow) throws -> [String: Data] {
        let (files, _) = try Build(settings(content: content, output: content + "-site", audience: audience, now: now)).renderedFiles()
        return files.bytes
    }

    /// icalendar's reading of a document: every VEVENT's properties, dates as ISO 8601 with offsets.
    func parse(_ ics: Data) throws -> [[String: Any]] {
        let dir = try TemporaryDirectory()
        try ics.write(to: URL(fileURLWithPath: dir.path + "/c.ics"))
        let script = """
        import icalendar, json, sys
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
        def iso(v):
            return v.dt.isoformat() if v is not None else None
        out = []
        for e in cal.walk("VEVENT"):
            cats = e.get("CATEGORIES")
            out.append({"uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "description": str(e.get("DESCRIPTION", "")),
                        "location": str(e.get("LOCATION", "")), "status": str(e["STATUS"]), "sequence": int(e["SEQUENCE"]),
                        "start": iso(e.get("DTSTART")), "end": iso(e.get("DTEND")), "url": str(e.get("URL", "")),
                        "categories": [str(c) for c in cats.cats] if cats is not None else [], "stamp": iso(e.get("DTSTAMP"))})
        print(json.dumps({"name": str(cal.get("X-WR-CALNAME", "")), "events": out}))
        """
        return try pythonJSON(script, dir.path + "/c.ics")["events"] as? [[String: Any]] ?? []
    }

    /// The events of a calendar file, and its first event.
    func events(_ data: Data?, _ path: String = "") throws -> [[String: Any]] {
        let data = try #require(data, "no \(path)")
        return try parse(data)
    }

    func event(_ data: Data?) throws -> [String: Any] {
        let list = try events(data)
        return try #require(list.first)
    }

    static let event = """
    title: アルムナイ交流会 2025 秋
    start: 2025-10-17T19:00:00+09:00
    end: 2025-10-17T21:30:00+09:00
    mode: hybrid
    venue: {name: 本社 22F カフェテリア, address: 東京都千代田区大手町2-3-4}
    online_url: https://meet.example.com/autumn
    segments: [2010s-joiners]
    audience: public
    description: |
      近況報告と懇親会です。

      - 第1部：社長の挨拶
      - 第2部：歓談

    """

    @Test func everyCalendarOfTheExamplePortalParses() throws {
        for audience in [Audience.public, .members] {
            let site = try built(Repo.content, audience: audience)
            let calendars = site.keys.filter { $0.hasSuffix(".ics") }
            #expect(calendars.contains("events/calendar.ics") && calendars.count > (audience == .members ? 5 : 2))
            for path in calendars {
                let data = try #require(site[path])
                let text = String(decoding: data, as: UTF8.self)
                // CRLF everywhere, no physical line over 75 octets.
                #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(path): bare LF")
                for line in data.split(separator: 0x0A) { #expect(line.count <= 76, "\(path): a line of \(line.count) octets") }
                _ = try parse(data)
            }
        }
    }

    @Test func anEventHasItsFields() throws {
        let site = try build(["site.yaml": minimalSiteYAML + "segments:\n  2010s-joiners: 2010年代入社\n", "events/autumn.yaml": Self.event])
        let event = try self.event(site["events/autumn.ics"])
        #expect(event["uid"] as? String == "autumn@alumni.example.com")
        #expect(event["summary"] as? String == "アルムナイ交流会 2025 秋")
        #expect(event["start"] as? String == "2025-10-17T19:00:00+09:00")
        #expect(event["end"] as? String == "2025-10-17T21:30:00+09:00")
        #expect(event["status"] as? String == "CONFIRMED")
        #expect(event["sequence"] as? Int == 0)
        #expect(event["url"] as? String == "https://alumni.example.com/events/autumn/")
        #expect(event["location"] as? String == "本社 22F カフェテリア, 東京都千代田区大手町2-3-4 / https://meet.example.com/autumn")
        #expect(event["description"] as? String == "近況報告と懇親会です。\n第1部：社長の挨拶\n第2部：歓談")
        #expect(event["categories"] as? [String] == ["2010年代入社"])
        #expect(event["stamp"] as? String == "2026-11-25T03:00:00+00:00")
        // The segment's calendar and the site's hold it too; the public build does not show the join link.
        #expect(try events(site["events/segments/2010s-joiners.ics"]).count == 1)
        #expect(try events(site["events/calendar.ics"]).count == 1)
        let publicSite = try build(["site.yaml": minimalSiteYAML, "events/autumn.yaml": Self.event], audience: .public)
        let publicEvent = try self.event(publicSite["events/autumn.ics"])
        #expect(publicEvent["location"] as? String == "本社 22F カフェテリア, 東京都千代田区大手町2-3-4 / オンライン")
    }

    @Test func textWithCommasSemicolonsNewlinesAndEmojiRoundTrips() throws {
        let title = "交流会, 懇親会; 二次会\\ありも 🎉🍣"
        let site = try build(["site.yaml": minimalSiteYAML,
                              "events/e.yaml": "title: \"\(title.replacingOccurrences(of: "\\", with: "\\\\"))\"\nstart: 2025-10-17T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\naudience: public\ndescription: \"一行目\\n二行目, 三; 四\"\n"])
        let ics = try #require(site["events/e.ics"])
        #expect(String(decoding: ics, as: UTF8.self).contains("SUMMARY:交流会\\, 懇親会\\; 二次会\\\\ありも 🎉🍣\r\n"))
        let event = try self.event(ics)
        #expect(event["summary"] as? String == title)
        // A line break between Japanese characters is no space in Markdown (see MarkdownTests).
        #expect(event["description"] as? String == "一行目二行目, 三; 四")
    }

    /// A long Japanese description is folded at 75 octets, never inside a character, and unfolds
    /// back to the text.
    @Test func longJapaneseLinesFoldBetweenCharacters() throws {
        let long = String(repeating: "卒業生と現役社員が交流する秋の大規模な集まりです。", count: 12)
        let folded = ICalendarText.fold("DESCRIPTION:" + long)
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 10)
        for (index, line) in lines.enumerated() {
            #expect(line.utf8.count <= 75)
            #expect(index == 0 || line.hasPrefix(" "))
            // Each physical line is valid UTF-8 on its own: no character was cut.
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "") == "DESCRIPTION:" + long)
        #expect(ICalendarText.fold("SHORT") == "SHORT\r\n")
    }

    /// New York: an event across the spring-forward night, and the zone's real transitions.
    @Test func aDaylightSavingZoneIsRight() throws {
        let site = try build([
            "site.yaml": minimalSiteYAML + "timezone: America/New_York\n",
            "events/night.yaml": "title: Night\nstart: 2025-03-08T23:00:00-05:00\nend: 2025-03-09T04:00:00-04:00\nmode: online\nonline_url: https://meet.example.com/x\naudience: public\n",
            "events/summer.yaml": "title: Summer\nstart: 2025-07-04T18:00:00-04:00\nmode: online\nonline_url: https://meet.example.com/x\naudience: public\n",
        ])
        let ics = String(decoding: try #require(site["events/calendar.ics"]), as: UTF8.self)
        #expect(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"))
        #expect(ics.contains("BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"))
        let parsed = try parse(Data(ics.utf8))
        let night = try #require(parsed.first { $0["summary"] as? String == "Night" })
        #expect(night["start"] as? String == "2025-03-08T23:00:00-05:00")
        #expect(night["end"] as? String == "2025-03-09T04:00:00-04:00")
        let summer = try #require(parsed.first { $0["summary"] as? String == "Summer" })
        #expect(summer["start"] as? String == "2025-07-04T18:00:00-04:00")
    }

    @Test func anEventAcrossMidnightAndAnAllDayEvent() throws {
        let site = try build([
            "site.yaml": minimalSiteYAML,
            "events/late.yaml": "title: Late\nstart: 2025-10-17T23:00:00+09:00\nend: 2025-10-18T01:30:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\naudience: public\n",
            "events/camp.yaml": "title: Camp\nstart: 2025-08-01\nend: 2025-08-03\nmode: in-person\nvenue: {name: 山中湖}\naudience: public\n",
        ])
        let late = try event(site["events/late.ics"])
        #expect(late["end"] as? String == "2025-10-18T01:30:00+09:00")
        let camp = try event(site["events/camp.ics"])
        #expect(camp["start"] as? String == "2025-08-01" && camp["end"] as? String == "2025-08-04")
    }

    /// The events page offers the subscription; an upcoming event its .ics and a Google Calendar
    /// link; the join link is only in a members build.
    @Test func pagesLinkTheCalendars() throws {
        let files = ["site.yaml": minimalSiteYAML, "events/autumn.yaml": Self.event.replacingOccurrences(of: "2025-10-17", with: "2027-10-17")]
        for audience in [Audience.public, .members] {
            let site = try build(files, audience: audience)
            let index = String(decoding: try #require(site["events/index.html"]), as: UTF8.self)
            #expect(index.contains(#"<a href="webcal://alumni.example.com/events/calendar.ics">"#))
            let page = String(decoding: try #require(site["events/autumn/index.html"]), as: UTF8.self)
            #expect(page.contains(#"<a href="/events/autumn.ics" type="text/calendar">"#))
            #expect(page.contains("https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=%E3%82%A2%E3%83%AB%E3%83%A0%E3%83%8A%E3%82%A4"))
            #expect(page.contains("dates=20271017T190000/20271017T213000&amp;ctz=Asia/Tokyo"))
            #expect(page.contains("https://meet.example.com/autumn") == (audience == .members))
        }
    }

    /// Rescheduling keeps the UID and raises SEQUENCE, so subscribed calendars move the event.
    @Test func theUIDStaysAndTheSequenceRises() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "events/autumn.yaml": Self.event])
        let first = try event(try built(dir.path)["events/autumn.ics"])
        #expect(first["sequence"] as? Int == 0)
        try dir.write(["events/autumn.yaml": Self.event.replacingOccurrences(of: "2025-10-17T", with: "2025-10-24T") + "status: rescheduled\n"])
        let moved = try event(try built(dir.path)["events/autumn.ics"])
        #expect(moved["uid"] as? String == first["uid"] as? String)
        #expect(moved["sequence"] as? Int == 1 && moved["start"] as? String == "2025-10-24T19:00:00+09:00")
        try dir.write(["events/autumn.yaml": Self.event + "status: cancelled\n"])
        let cancelled = try event(try built(dir.path)["events/autumn.ics"])
        #expect(cancelled["sequence"] as? Int == 2 && cancelled["status"] as? String == "CANCELLED")
        try dir.write(["events/autumn.yaml": Self.event + "status: postponed\nsequence: 5\n"])
        let postponed = try event(try built(dir.path)["events/autumn.ics"])
        #expect(postponed["sequence"] as? Int == 5 && postponed["status"] as? String == "TENTATIVE")
    }
}
