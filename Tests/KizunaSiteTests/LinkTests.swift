import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Links written in Markdown to content files and site paths are resolved through the route
/// table, and a link that would be dead in this build is a located error.
@Suite struct LinkTests {
    static let site: [String: String] = [
        "site.yaml": minimalSiteYAML,
        "events/open.yaml": "title: 交流会\nstart: 2030-01-01T19:00:00+09:00\nmode: online\naudience: public\nonline_url: https://meet.example.com/x\n",
        "events/closed.yaml": "title: 会員限定\nstart: 2030-01-02T19:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/x\naudience: members\n",
        "pages/join.md": "---\ntitle: 参加\n---\n本文\n",
        "pages/wip.md": "---\ntitle: 準備中\ndraft: true\n---\n本文\n",
        "static/map.png": "png",
        "news/later.md": "---\ntitle: 予約投稿\ndate: 2030-01-01\n---\n本文\n",
    ]

    func page(_ path: String, in files: [OutputFile]) throws -> String {
        let file = try #require(files.first { $0.path == path })
        guard case .bytes(let data) = file.contents else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func contentFilesAndSitePathsResolve() throws {
        var files = Self.site
        files["news/post.md"] = """
        ---
        title: 案内
        date: 2024-01-01
        ---
        [交流会](../events/open.yaml#access)、[参加](/join)、[参加2](../pages/join.md)、
        ![地図](../static/map.png)、[一覧](/events/)、[外部](https://example.org/x)、[節](#top)、
        [連絡](mailto:a@example.com)、[偽](kizuna:link:0)
        """
        let dir = try TemporaryDirectory(files)
        let built = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files
        let html = try page("news/post/index.html", in: built)
        #expect(html.contains("<a href=\"/events/open/#access\">交流会</a>"))
        #expect(html.contains("<a href=\"/join/\">参加</a>"))
        #expect(html.contains("<a href=\"/join/\">参加2</a>"))
        #expect(html.contains("<img src=\"/static/map.png\" alt=\"地図\" />"))
        #expect(html.contains("<a href=\"/events/\">一覧</a>"))
        #expect(html.contains("<a href=\"https://example.org/x\">外部</a>"))
        #expect(html.contains("<a href=\"#top\">節</a>"))
        #expect(html.contains("<a href=\"mailto:a@example.com\">連絡</a>"))
        // A writer's own placeholder-looking link is not taken for a slot.
        #expect(html.contains("<a href=\"\">偽</a>"))
        #expect(!html.contains("kizuna:link"))
    }

    @Test func deadLinksAreLocatedErrors() throws {
        var files = Self.site
        files["news/post.md"] = """
        ---
        title: 案内
        date: 2024-01-01
        ---
        会員向け：[イベント](/events/closed/)

        - [なし](../events/nope.yaml) と [下書き](../pages/wip.md)
        - [予約](later.md)、[存在しない](/nowhere/)、[サイト設定](../site.yaml)
        - [相対](images/x.png)、[外](../../../../etc/passwd.md)
        """
        let lines = try buildErrors(files)
        #expect(lines == [
            "<dir>/news/post.md:5:6: error: link '/events/closed/' points to a page this build does not have: it is members-only and this is the public build",
            "<dir>/news/post.md:7:3: error: link '../events/nope.yaml' points to <dir>/events/nope.yaml, which does not exist; link a content file such as ../events/x.yaml or a site path such as /join/",
            "<dir>/news/post.md:7:31: error: link '../pages/wip.md' points to <dir>/pages/wip.md, which this build does not publish: it is a draft (drafts are built only with --drafts)",
            "<dir>/news/post.md:8:3: error: link 'later.md' points to <dir>/news/later.md, which this build does not publish: it is dated 2030-01-01, after this build's --now",
            "<dir>/news/post.md:8:18: error: link '/nowhere/' points to no page or file of this site",
            "<dir>/news/post.md:8:37: error: link '../site.yaml' points to <dir>/site.yaml, which has no page of its own; link a news post, event, opportunity, profile, survey, ask, page or a file under static/",
            "<dir>/news/post.md:9:3: error: link 'images/x.png' points to <dir>/news/images/x.png, which does not exist; link a content file such as ../events/x.yaml or a site path such as /join/",
            "<dir>/news/post.md:9:22: error: link '../../../../etc/passwd.md' leaves the content folder; link a content file such as ../events/x.yaml or a site path such as /join/",
        ])
        // The same links are fine where the build has their targets.
        let members = try buildErrors(files, audience: .members, drafts: true)
        #expect(members.count == 6)
        #expect(!members.contains { $0.contains("/events/closed/") || $0.contains("wip.md") })
    }

    @Test func linksInEventsOpportunitiesProfilesAndPagesAreCheckedToo() throws {
        var files = Self.site
        files["events/with-link.yaml"] = "title: x\nstart: 2030-01-01\nmode: online\naudience: public\nonline_url: https://meet.example.com/x\ndescription: |\n  [なし](/gone/)\n"
        files["opportunities/o.yaml"] = "title: x\nkind: contract\nposted: 2024-01-01\naudience: public\napply: mailto:a@example.com\ndescription: |\n  詳しくは[こちら](../pages/nope.md)\n"
        files["pages/about.md"] = "---\ntitle: about\n---\n\n[x](/gone/)\n"
        let lines = try buildErrors(files)
        #expect(lines == [
            "<dir>/events/with-link.yaml:7:3: error: link '/gone/' points to no page or file of this site",
            "<dir>/opportunities/o.yaml:7:7: error: link '../pages/nope.md' points to <dir>/pages/nope.md, which does not exist; link a content file such as ../events/x.yaml or a site path such as /join/",
            "<dir>/pages/about.md:5:1: error: link '/gone/' points to no page or file of this site",
        ])
    }

    @Test func footnotesSpeakTheSiteLanguage() throws {
        var files = Self.site
        files["news/note.md"] = "---\ntitle: 注\ndate: 2024-01-01\n---\n本文[^1]\n\n[^1]: 注記\n"
        let dir = try TemporaryDirectory(files)
        let built = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files
        let html = try page("news/note/index.html", in: built)
        #expect(html.contains("<h2 class=\"visually-hidden\">脚注</h2>"))
        #expect(html.contains("aria-label=\"本文に戻る\""))
        #expect(!html.contains("Back to content"))
    }
}

/// Site paths written in YAML fields are checked against the route table like Markdown links.
@Suite struct SitePathFieldTests {
    @Test func imageAndLogoMustNameAFileOfTheSite() throws {
        let lines = try buildErrors([
            "site.yaml": minimalSiteYAML + "organization:\n  name: 会社\n  logo: /images/logo.svg\n",
            "news/a.md": "---\ntitle: A\ndate: 2024-01-01\nimage: /assets/nope.png\n---\n本文\n",
            "news/b.md": "---\ntitle: B\ndate: 2024-01-01\nimage: /assets/style.css\n---\n本文\n",
        ])
        #expect(lines == [
            "<dir>/news/a.md:4:8: error: 'image' points to /assets/nope.png, which is no file of this site (files under content/static/ are at /static/…, the theme's assets at /assets/…)",
            "<dir>/site.yaml:6:9: error: 'organization.logo' points to /images/logo.svg, which is no file of this site (files under content/static/ are at /static/…, the theme's assets at /assets/…)",
        ])
    }
}
