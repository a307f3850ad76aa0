import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The directory's filters (issue 22): a static page per join decade, industry, job type,
/// interest and for mentors (members build only, consented fields only), the data file its
/// script reads, and the script in a real browser.
@Suite struct DirectoryFilterTests {
    /// `sites/small` in Japanese and English with four more profiles: two with a reading (`name_kana`), one whose
    /// fields it did not consent to show and one not listed hold a canary (`XQZ`) that no built
    /// file may contain.
    static func content() throws -> TemporaryDirectory {
        let dir = try BilingualSiteTests.bilingualFixture()
        let files = [
            "sato.yaml": """
                name: 佐藤 花子
                name_kana: サトウ ハナコ
                joined: 2016
                industry: 金融
                role: 営業
                interests: [勉強会]
                consent:
                  directory: true
                  fields: [name, joined, industry, role, interests]
                """,
            "ito.yaml": """
                name: 伊藤 一郎
                name_kana: いとう いちろう
                joined: 2019
                industry: 金融
                consent:
                  directory: true
                  fields: [name, joined, industry]
                """,
            // Listed, but only its name and year shown: everything else is a canary.
            "canary.yaml": """
                name: 検査 用子
                joined: 2017
                name_en: Canary NameXQZ
                industry: 業界XQZ
                role: 職種XQZ
                company: 会社XQZ
                departments: [部署XQZ]
                interests: [関心XQZ]
                mentor: true
                bio: 経歴XQZ
                consent:
                  directory: true
                  fields: [name, joined]
                """,
            // Not listed: even its reading is a canary.
            "unlisted.yaml": """
                name: 非掲載XQZ
                name_kana: よみXQZ
                joined: 2015
                industry: 金融
                consent:
                  directory: false
                """,
        ]
        for (name, text) in files {
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: dir.path + "/alumni/" + name))
        }
        return dir
    }

    static func build(_ content: String, into output: String, audience: Audience) throws {
        let moment = try BuildOptions.resolveMoment(argument: "2026-11-25T12:00:00+09:00", environment: [:]).date
        try Build(settings(content: content, output: output, audience: audience, now: moment)).run()
    }

    /// Every file under `folder` (relative path → text).
    static func files(_ folder: String) -> [String: String] {
        var out: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            out[path] = (try? String(contentsOfFile: folder + "/" + path, encoding: .utf8)) ?? ""
        }
        return out
    }

    @Test func filterPagesListOnlyConsentedValuesOfListedProfiles() throws {
        let content = try Self.content(), out = try TemporaryDirectory()
        try Self.build(content.path, into: out.path + "/site", audience: .members)
        let site = Self.files(out.path + "/site")
        let directory = try #require(site["directory/index.html"])
        // Links to each filter page, with counts; Japanese values in percent-encoded paths.
        #expect(directory.contains("href=\"/portal/directory/decade/2010s/\">2010年代入社（7名）</a>"))
        #expect(directory.contains("href=\"/portal/directory/industry/%E9%87%91%E8%9E%8D/\">金融（2名）</a>"))
        #expect(directory.contains("href=\"/portal/directory/mentors/\">メンター登録者（4名）</a>"))
        let finance = try #require(site["directory/industry/金融/index.html"])
        #expect(finance.contains("佐藤 花子") && finance.contains("伊藤 一郎"))
        #expect(!finance.contains("非掲載"), "a profile not listed is on no filter page")
        let decade = try #require(site["directory/decade/2010s/index.html"])
        #expect(decade.contains("検査 用子") && decade.contains("会員 1号") && !decade.contains("公開 太郎"))
        #expect(decade.contains("aria-current=\"page\">2010年代入社（7名）"))
        // `mentor: true` not consented: not on the mentors' page, not counted.
        let mentors = try #require(site["directory/mentors/index.html"])
        #expect(!mentors.contains("検査 用子") && mentors.contains("会員 4号"))
        #expect(site["directory/role/営業/index.html"] != nil && site["directory/interest/勉強会/index.html"] != nil)
        // English under /en/, from the same profiles.
        let english = try #require(site["en/directory/index.html"])
        #expect(english.contains("href=\"/portal/en/directory/decade/2010s/\">Joined in the 2010s (7 people)</a>"))
        #expect(site["en/directory/data.json"] != nil)
        // The data file: listed profiles, their consented fields and the reading with the name.
        let data = try #require(site["directory/data.json"])
        #expect(data.contains("\"name_kana\":\"サトウ ハナコ\"") && data.contains("\"industry\":[\"金融\"]"))
        #expect(!data.contains("非掲載"))
    }

    /// No value a member did not consent to show, nor anything of a profile not listed, is in
    /// any file of either build: pages, the data file, the search index, feeds, paths.
    @Test func canaryOfUnconsentedFieldsIsInNoBuiltFile() throws {
        let content = try Self.content(), out = try TemporaryDirectory()
        for audience in [Audience.members, .public] {
            let folder = out.path + "/" + audience.rawValue
            try Self.build(content.path, into: folder, audience: audience)
            let site = Self.files(folder)
            #expect(site.count > 50)
            if audience == .members { #expect(site["directory/data.json"]?.contains("検査 用子") == true) }
            for (path, text) in site {
                #expect(!path.contains("XQZ") && !path.removingPercentEncoding!.contains("XQZ"), "\(audience): \(path)")
                #expect(!text.contains("XQZ"), "\(audience): the canary is in \(path)")
            }
        }
    }

    /// The public build has no directory: no filter pages, no data file, no script's page.
    @Test func publicBuildHasNoFilterPagesOrData() throws {
        let content = try Self.content(), out = try TemporaryDirectory()
        try Self.build(content.path, into: out.path + "/site", audience: .public)
        let site = Self.files(out.path + "/site")
        #expect(!site.keys.contains { $0.hasPrefix("directory/") || $0.hasPrefix("en/directory/") })
        #expect(site["assets/directory.js"] != nil, "the theme's assets are copied to both builds")
    }
}
