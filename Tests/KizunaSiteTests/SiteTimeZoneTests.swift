import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A `--now` without an offset is a time in the site's zone (site.yaml `timezone:`), whatever
/// the zone the command would otherwise assume.
@Suite struct SiteTimeZoneTests {
    static let newYork = TimeZone(identifier: "America/New_York")!
    /// 2024-01-01T10:00:00-05:00.
    static let tenInNewYork = Date(timeIntervalSince1970: 1_704_121_200)

    @Test func aLocalDateTimeIsSettledInTheSiteZone() throws {
        let moment = try BuildOptions.resolveMoment(argument: "2024-01-01T10:00:00", environment: ["SOURCE_DATE_EPOCH": "1"])
        #expect(moment.local == LocalDateTime(day: LocalDate(year: 2024, month: 1, day: 1), hour: 10))
        let options = BuildOptions(now: moment.date, localNow: moment.local).settled(in: Self.newYork)
        #expect(options.now == Self.tenInNewYork)
        #expect(try settledNow("2024-01-01T10:00:00", [:], in: Self.newYork) == Self.tenInNewYork)
        #expect(try settledNow("2024-01-01 10:00", [:], in: Self.newYork) == Self.tenInNewYork)
    }

    @Test func anOffsetOrZIsKeptWhateverTheSiteZone() throws {
        for (argument, seconds) in [("2024-01-01T10:00:00+09:00", 1_704_070_800.0), ("2024-01-01T15:00:00Z", 1_704_121_200.0)] {
            let moment = try BuildOptions.resolveMoment(argument: argument, environment: [:])
            #expect(moment.local == nil)
            #expect(BuildOptions(now: moment.date, localNow: moment.local).settled(in: Self.newYork).now == Date(timeIntervalSince1970: seconds))
        }
    }

    static let site = [
        "site.yaml": minimalSiteYAML + "timezone: America/New_York\n",
        // 09:00 and 11:00 New York time: at 10:00 there, only the first is published.
        "news/early.md": "---\ntitle: 朝のお知らせ\ndate: 2024-01-01T09:00:00\n---\n本文です。\n",
        "news/late.md": "---\ntitle: 昼のお知らせ\ndate: 2024-01-01T11:00:00\n---\n本文です。\n",
    ]

    @Test func theBuildPlacesALocalNowInTheSiteZone() throws {
        let dir = try TemporaryDirectory(Self.site)
        let moment = try BuildOptions.resolveMoment(argument: "2024-01-01T10:00:00", environment: [:])
        let options = BuildOptions(now: moment.date, localNow: moment.local)
        let built = try Build(Build.Settings(contentDirectory: dir.path, themeDirectory: Repo.theme, outputDirectory: dir.path + "/site",
                                             options: options)).renderedFiles()
        let paths = Set(built.files.map(\.path))
        #expect(paths.contains("news/early/index.html"))
        #expect(!paths.contains("news/late/index.html"))
    }

    @Test func theCommandPlacesALocalNowInTheSiteZone() throws {
        #expect(FileManager.default.isExecutableFile(atPath: KizunaCLI.binary), "build the executable first: swift build --build-tests")
        let dir = try TemporaryDirectory(Self.site.reduce(into: [:]) { $0["content/" + $1.key] = $1.value })
        let result = try KizunaCLI().run(["build", "--content", dir.path + "/content", "--theme", Repo.theme, "--output", dir.path + "/site",
                                                 "--now", "2024-01-01T10:00:00"])
        #expect(result.status == 0, "\(result.err)")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/site/news/early/index.html"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/site/news/late/index.html"))
    }
}

/// The build's "now" as production resolves it: `resolveMoment`, then settled in the site's zone.
fileprivate func settledNow(argument: String?, environment: [String: String], zone: TimeZone,
                            clock: () -> Date = Date.init) throws(BuildOptions.NowError) -> Date {
    let moment = try BuildOptions.resolveMoment(argument: argument, environment: environment, clock: clock)
    return BuildOptions(now: moment.date, localNow: moment.local).settled(in: zone).now
}
