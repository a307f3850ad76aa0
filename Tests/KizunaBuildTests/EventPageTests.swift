import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// What an event's page says beyond its facts: status shown unmistakably, the map, the report.
@Suite struct EventPageTests {
    func pages(_ files: [String: String], audience: Audience = .public) throws -> [String: String] {
        let dir = try TemporaryDirectory(files)
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience)).renderedFiles()
        return built.texts(htmlOnly: true)
    }

    static let upcoming = "start: 2030-10-17T19:00:00+09:00\nmode: in-person\nvenue: {name: 本社, address: 東京都千代田区大手町2-3-4}\nrsvp: https://forms.example.com/x\naudience: public\n"

    @Test func aPostponedEventHasItsDateStruckAndNoRSVP() throws {
        let built = try pages(["site.yaml": minimalSiteYAML, "events/p.yaml": "title: P\n" + Self.upcoming + "status: postponed\n",
                               "events/s.yaml": "title: S\n" + Self.upcoming])
        let postponed = try #require(built["events/p/index.html"])
        #expect(postponed.contains(#"<s><time datetime="2030-10-17T19:00:00+09:00">"#))
        #expect(!postponed.contains("https://forms.example.com/x"))
        #expect(postponed.contains(#"class="notice notice-warning""#))
        let scheduled = try #require(built["events/s/index.html"])
        #expect(scheduled.contains(#"<a class="button" href="https://forms.example.com/x">"#))
        #expect(!scheduled.contains("<s><time"))
        #expect(scheduled.contains(#"<a class="map-link" href="https://www.google.com/maps/search/?api=1&amp;query=%E6%9D%B1%E4%BA%AC"#))
    }

    @Test func aPastEventLinksItsReport() throws {
        let built = try pages(["site.yaml": minimalSiteYAML,
                               "events/past.yaml": "title: 秋の会\nstart: 2020-10-17\nmode: in-person\nvenue: {name: 本社}\naudience: public\nreport: autumn-report\n",
                               "news/autumn-report.md": "---\ntitle: 秋の会のレポート\ndate: 2020-10-20\n---\n盛会でした。\n"])
        let page = try #require(built["events/past/index.html"])
        #expect(page.contains(#"<p class="notice" role="note">このイベントの開催レポートを公開しています。<br><a href="/news/autumn-report/">秋の会のレポート</a></p>"#))
    }

    @Test func aReportThatIsNoPostIsALocatedError() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML,
                                          "events/past.yaml": "title: 秋の会\nstart: 2020-10-17\nmode: in-person\nvenue: {name: 本社}\naudience: public\nreport: nope\n"])
        #expect {
            try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles()
        } throws: { error in
            let d = (error as? BuildFailure)?.diagnostics ?? []
            return d.map { "\($0.location.line):\($0.location.column) \($0.message)" } ==
                ["6:9 'report' names the news post 'nope', which this build does not have (it is the post's file name without .md)"]
        }
    }

    @Test func theHomePageSaysWhatToDoWithoutUpcomingEvents() throws {
        let home = try #require(try pages(["site.yaml": minimalSiteYAML])["index.html"])
        #expect(home.contains(#"<p class="empty">予定されているイベントはまだありません。カレンダーを購読すると、次のイベントをお知らせします。</p>"#))
        #expect(home.contains(#"<a href="webcal://alumni.example.com/events/calendar.ics">カレンダーアプリで購読する</a> <a href="/events/#past-heading">過去のイベントを見る</a>"#))
    }

    /// Static segment pages narrow the list down without JavaScript.
    @Test func eachSegmentHasAPageOfItsEvents() throws {
        let built = try pages(["site.yaml": minimalSiteYAML + "segments:\n  kansai: 関西在住\n  hr-alumni: 人事部門OB・OG\n",
                               "events/a.yaml": "title: 関西の会\nsegments: [kansai]\n" + Self.upcoming,
                               "events/b.yaml": "title: 人事の会\nsegments: [hr-alumni, kansai]\n" + Self.upcoming.replacingOccurrences(of: "2030-10-17", with: "2030-11-17"),
                               "events/c.yaml": "title: 全体の会\n" + Self.upcoming])
        let kansai = try #require(built["events/segments/kansai/index.html"])
        #expect(kansai.contains("<h1>関西在住のイベント</h1>"))
        #expect(kansai.contains("関西の会") && kansai.contains("人事の会") && !kansai.contains("全体の会"))
        let hr = try #require(built["events/segments/hr-alumni/index.html"])
        #expect(hr.contains("人事の会") && !hr.contains("関西の会"))
        // The filter lists the segments in site.yaml's order and marks the current one.
        #expect(kansai.contains(#"<li><a href="/events/segments/kansai/" aria-current="page">関西在住</a></li><li><a href="/events/segments/hr-alumni/">人事部門OB・OG</a></li>"#))
        #expect(kansai.contains(#"<a href="webcal://alumni.example.com/events/segments/kansai.ics">"#))
        let index = try #require(built["events/index.html"])
        #expect(index.contains(#"<a href="/events/segments/hr-alumni/">人事部門OB・OG</a>"#))
        #expect(try #require(built["events/b/index.html"]).contains(#"<li><a href="/events/segments/kansai/">関西在住</a></li>"#))
    }

    @Test func manyPastEventsArePaginated() throws {
        var files = ["site.yaml": minimalSiteYAML + "news_per_page: 2\n"]
        for day in 1...5 { files["events/e\(day).yaml"] = "title: 会\(day)\nstart: 2020-01-0\(day)\nmode: in-person\nvenue: {name: v}\naudience: public\n" }
        let built = try pages(files)
        let index = try #require(built["events/index.html"])
        #expect(index.contains("会5") && index.contains("会4") && !index.contains("会3"))
        #expect(index.contains(#"<p class="more"><a href="/events/past/">過去のイベントをすべて見る（5件）<span aria-hidden="true"> →</span></a></p>"#))
        #expect(try #require(built["events/past/index.html"]).contains("会3") == false)
        let last = try #require(built["events/past/page/3/index.html"])
        #expect(last.contains("会1") && !last.contains("会2"))
        #expect(built["events/past/page/4/index.html"] == nil)
        // Few past events: all on the events page, no separate list.
        files["site.yaml"] = minimalSiteYAML
        #expect(try pages(files)["events/past/index.html"] == nil)
    }
}
