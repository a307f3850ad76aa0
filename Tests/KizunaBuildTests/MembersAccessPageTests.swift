import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// site.yaml's `members:` on the pages: the public `/access/` page in both builds, the logout
/// link only in the members build, the members build's `_headers`, and the links it accepts.
@Suite struct MembersAccessPageTests {
    static let members = """
        members:
          who: テスト商事に在籍したことのある方
          url: https://members.alumni.example.com/
          contact: mailto:office@example.com?subject=ログイン
          logout_url: https://members.alumni.example.com/oauth2/sign_out?rd=/&x=<y>

        """

    func files(_ site: String, audience: Audience, extra: [String: String] = [:]) throws -> [String: String] {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML + site].merging(extra) { $1 })
        return try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience)).renderedFiles().files.texts()
    }

    @Test func theAccessPageIsInBothBuildsAndTheLogoutLinkOnlyInTheMembersBuild() throws {
        let publicFiles = try files(Self.members, audience: .public)
        let membersFiles = try files(Self.members, audience: .members)
        for files in [publicFiles, membersFiles] {
            let access = try #require(files["access/index.html"])
            #expect(access.contains("<h1>会員向けサイトへのログイン方法</h1>"))
            #expect(access.contains("テスト商事に在籍したことのある方"))
            #expect(access.contains("href=\"https://members.alumni.example.com/\""))
            #expect(access.contains("href=\"mailto:office@example.com?subject=ログイン\"") || access.contains("href=\"mailto:office@example.com?subject=%E3%83%AD%E3%82%B0%E3%82%A4%E3%83%B3\""), "\(access)")
            #expect(access.contains("運営事務局にメールする"))
            #expect(files["index.html"]?.contains("href=\"/access/\"") == true, "the footer links /access/")
        }
        let logout = "https://members.alumni.example.com/oauth2/sign_out?rd=/&amp;x=&lt;y&gt;"
        for (path, text) in membersFiles where path.hasSuffix(".html") {
            #expect(text.contains("<a class=\"logout\" href=\"\(logout)\">ログアウト</a>"), "\(path) has no logout link")
        }
        for (path, text) in publicFiles { #expect(!text.contains("sign_out") && !text.contains("ログアウト"), "\(path)") }
        #expect(membersFiles["_headers"]?.contains("/*\n  X-Robots-Tag: noindex, nofollow\n  Cache-Control: private, no-cache\n") == true)
        #expect(publicFiles["_headers"] == nil)
    }

    @Test func withoutMembersSettingsThereIsNoAccessPageAndNoLogoutLink() throws {
        let files = try files("", audience: .members)
        #expect(files["access/index.html"] == nil)
        #expect(!files.values.contains { $0.contains("ログアウト") || $0.contains("/access/") })
        #expect(files["_headers"] != nil, "the headers file does not depend on members:")
    }

    @Test func aFreePageNamedAccessTakesThePlaceOfTheThemePage() throws {
        let files = try files(Self.members, audience: .public, extra: ["pages/access.md": "---\ntitle: ログインのご案内\n---\n\n自由に書いたページです。\n"])
        #expect(files["access/index.html"]?.contains("自由に書いたページです。") == true)
        #expect(files["access/index.html"]?.contains("会員向けサイトを開く") == false)
    }

    @Test(arguments: [
        ("  logout_url: javascript:alert(1)\n", "members.logout_url"),
        ("  logout_url: mailto:office@example.com\n", "members.logout_url"),
        ("  url: ftp://members.example.com/\n", "members.url"),
        ("  contact: javascript:alert(1)\n", "members.contact"),
        ("  allowlist: \"\"\n", "members.allowlist"),
    ])
    func onlyHTTPLinksAndAPath(line: String, field: String) throws {
        let errors = try diagnostics(for: ["site.yaml": minimalSiteYAML + "members:\n" + line])
        #expect(errors.count == 1 && errors[0].contains("<dir>/site.yaml:") && errors[0].contains(field), "\(errors)")
    }
}
