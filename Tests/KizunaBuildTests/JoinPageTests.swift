import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// `/join/` (both builds) and `/welcome/` (members build only) from site.yaml's `join:`, and an
/// editor's free page of the same slug taking their place.
@Suite struct JoinPageTests {
    static let join = """
    join:
      title: 登録のご案内
      who: テスト商事に**在籍したことのある方**
      offers: 交流会と[求人](/opportunities/)
      form: https://forms.example.com/join?lang=ja#top
      steps: 1. フォームに入力
      fields: [name, joined, industry, mentor]
      change: 変更はメールで
      access: 登録したメールアドレスで入ります

    """

    static let posts = (1...4).map { n in
        ("news/post-\(n).md", "---\ntitle: お知らせ\(n)\ndate: 2030-05-0\(n)\n---\n本文\(n)\n")
    }

    static let opportunities = [
        ("opportunities/sales.yaml", "title: 営業職\nkind: rehire\nposted: 2030-05-01\napply: https://forms.example.com/apply?id=1#form\naudience: public\n"),
        ("opportunities/deck.yaml", "title: 資料作成\nkind: contract\nposted: 2030-05-01\napply: https://forms.example.com/deck\n"),
        ("opportunities/coach.yaml", "title: 新任マネージャーのメンター\nkind: mentor\nposted: 2030-05-01\napply: mailto:hr@example.com?subject=%E5%BF%9C%E5%8B%9F\nengagement: {format: 1on1, frequency: 月1回}\n"),
    ]

    static func files(_ site: String, extra: [String: String] = [:]) -> [String: String] {
        var files = Dictionary(uniqueKeysWithValues: posts + opportunities)
        files["site.yaml"] = site
        files["events/meetup.yaml"] = "title: 交流会\nstart: 2030-07-01T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\nrsvp: https://forms.example.com/rsvp\n"
        for (path, text) in extra { files[path] = text }
        return files
    }

    static func build(_ files: [String: String], _ audience: Audience) throws -> [String: String] {
        let dir = try TemporaryDirectory(files)
        let moment = try #require(Timestamp(iso: "2030-06-01T12:00:00+09:00", zone: TimeZone(identifier: "Asia/Tokyo")!)).date
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience, now: moment)).renderedFiles()
        return built.texts()
    }

    @Test(arguments: Audience.allCases)
    func joinIsFilledFromSiteYAML(_ audience: Audience) throws {
        let site = try Self.build(Self.files(minimalSiteYAML + Self.join), audience)
        let page = try #require(site["join/index.html"])
        #expect(page.contains("<h1>登録のご案内</h1>"))
        #expect(page.contains("<p>テスト商事に<strong>在籍したことのある方</strong></p>"))
        #expect(page.contains(#"<a href="/opportunities/">求人</a>"#))
        #expect(page.contains(#"<a class="button" href="https://forms.example.com/join?lang=ja#top">登録フォームを開く</a>"#))
        // The shared answers are the profile's consent fields named in `join.fields`, in that order.
        #expect(page.contains("<ul class=\"consent-fields\"><li>氏名</li><li>入社した年</li><li>現在の業界</li><li>メンターとしての登録</li></ul>"))
        #expect(page.contains("5人未満の数は"))
        #expect(page.contains("<p>変更はメールで</p>") && page.contains("<p>登録したメールアドレスで入ります</p>"))
        #expect(page.contains(#"<section aria-labelledby="join-form">"#) && page.contains(#"<h2 id="join-form">"#))
        // Linked from every page's footer, in the sitemap.
        #expect(try #require(site["index.html"]).contains(#"<li><a href="/join/">登録のご案内</a></li>"#))
        #expect(try #require(site["sitemap.xml"]).contains("<loc>https://alumni.example.com/join/</loc>"))
    }

    @Test func withoutFieldsEveryConsentFieldIsListed() throws {
        let site = try Self.build(Self.files(minimalSiteYAML + "join:\n  form: https://forms.example.com/join\n"), .public)
        let page = try #require(site["join/index.html"])
        let list = try #require(page.range(of: "<ul class=\"consent-fields\">")).upperBound
        let items = page[list...].prefix { $0 != "\n" }.components(separatedBy: "<li>").count - 1
        #expect(items == Profile.Field.allCases.count)
        #expect(page.contains("<li>メールアドレス</li>"))
        // The default access text when site.yaml has none.
        #expect(page.contains("<p>登録が済むと、会員向けサイトへの入り方をメールでお知らせします。</p>"))
    }

    @Test func withoutJoinThereIsNeitherPage() throws {
        for audience in Audience.allCases {
            let site = try Self.build(Self.files(minimalSiteYAML), audience)
            #expect(site["join/index.html"] == nil && site["welcome/index.html"] == nil)
            #expect(!(try #require(site["index.html"])).contains("/join/"))
        }
    }

    @Test func welcomeIsForMembersOnly() throws {
        let files = Self.files(minimalSiteYAML + Self.join)
        let open = try Self.build(files, .public)
        #expect(open["welcome/index.html"] == nil)
        for (path, text) in open where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".json") {
            #expect(!text.contains("welcome/"), "\(path) links the members' welcome page")
        }
        let members = try Self.build(files, .members)
        let page = try #require(members["welcome/index.html"])
        #expect(page.contains(#"<meta name="robots" content="noindex, nofollow">"#))
        #expect(try #require(members["sitemap.xml"]).contains("<loc>https://alumni.example.com/welcome/</loc>"))
        // The three newest posts, newest first.
        #expect(page.contains("お知らせ4") && page.contains("お知らせ3") && page.contains("お知らせ2") && !page.contains("お知らせ1<"))
        let newest = try #require(page.range(of: "お知らせ4")), older = try #require(page.range(of: "お知らせ2"))
        #expect(newest.lowerBound < older.lowerBound)
        #expect(page.contains(#"<a href="/events/meetup/">交流会</a>"#))
        // Open opportunities by kind, the mentor roles with their engagement.
        for id in ["welcome-rehire", "welcome-contract", "welcome-mentor"] { #expect(page.contains(#"<h2 id="\#(id)">"#)) }
        #expect(page.contains("<h2 id=\"welcome-mentor\">外部メンター（有償）の募集</h2>"))
        #expect(page.contains("1on1・月1回"))
        // What of the answers is shown and how to change it; the directory to check.
        #expect(page.contains("<li>メンターとしての登録</li>") && page.contains("<p>変更はメールで</p>"))
        #expect(page.contains(#"<a href="/directory/">名簿で掲載内容を確かめる</a>"#))
    }

    @Test func aFreePageTakesThePlaceOfEachThemePage() throws {
        let files = Self.files(minimalSiteYAML + Self.join, extra: [
            "pages/join.md": "---\ntitle: 編集者の参加方法\nmenu: 1\n---\n編集者が書いた本文\n",
            "pages/welcome.md": "---\ntitle: 編集者のようこそ\naudience: members\n---\nようこそ本文\n",
        ])
        let open = try Self.build(files, .public)
        let join = try #require(open["join/index.html"])
        #expect(join.contains("編集者が書いた本文") && !join.contains("登録フォームを開く"))
        // Linked once in the footer, as the free page (its `menu:`); the members-only notes above
        // it link /join/ too (MembersOnlyCountsTests).
        let footer = try #require(open["index.html"]?.components(separatedBy: "<footer").last)
        #expect(footer.components(separatedBy: #"href="/join/""#).count == 2)
        let members = try Self.build(files, .members)
        #expect(try #require(members["welcome/index.html"]).contains("ようこそ本文"))
        #expect(try #require(members["join/index.html"]).contains("編集者が書いた本文"))
        // The builds above succeeded: no route clash between the theme's page and the editor's.
    }

    /// A public page at `/access/` (the members-access page, or a free page standing in for it) is
    /// linked under "how to get access"; without one there is no link.
    @Test func anAccessPageIsLinkedWhenTheBuildHasOne() throws {
        let without = try Self.build(Self.files(minimalSiteYAML + Self.join), .public)
        #expect(!(try #require(without["join/index.html"])).contains("会員向けサイトへの入り方</a>"))
        let with = try Self.build(Self.files(minimalSiteYAML + Self.join, extra: ["pages/access.md": "---\ntitle: 入り方\n---\n本文\n"]), .public)
        #expect(try #require(with["join/index.html"]).contains(#"<p><a href="/access/">会員向けサイトへの入り方</a></p>"#))
    }

    @Test func joinFieldsAndFormAreChecked() throws {
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML + "join:\n  fields: [name, industy]\n"])
        #expect(lines.contains("<dir>/site.yaml:5:18: error: 'join.fields' items must be fields a profile can show (\(Profile.Field.allCases.map(\.rawValue).joined(separator: ", "))), not 'industy'; did you mean 'industry'?"), "\(lines)")
        #expect(lines.contains { $0.contains("join.form") }, "\(lines)")
        let mail = try diagnostics(for: ["site.yaml": minimalSiteYAML + "join:\n  form: mailto:hr@example.com\n"])
        #expect(mail.count == 1 && mail[0].contains("join.form"), "\(mail)")
    }
}
