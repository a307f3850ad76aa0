import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The digest for readers (issue 25): `index.txt` beside each month's page, and the subscribe
/// path of site.yaml's `subscribe:` on the digest pages. Real builds ("now" 2026-11-25 12:00 JST).
@Suite struct DigestTextTests {
    static let subscribe = """
        subscribe:
          form: https://forms.example.org/digest
          mail: mailto:digest@example.org

        """
    static let items = [
        "news/p.md": "---\ntitle: 「春の交流会」の開催が決まりました（会場は本社22階）\ndate: 2026-11-10\n---\n\n本文です。\n",
        "news/q.md": "---\ntitle: A long English title that will not fit on one line of a mail client at seventy-two columns\ndate: 2026-11-12\nsummary: 延期していた大規模交流会を、2027年3月6日（土）に「アルムナイ交流会 2027 春」として開催します。会場はこれまでと同じ本社22階のホールです。\n---\n\n本文です。\n",
        "opportunities/job.yaml": "title: 経理の求人\nkind: rehire\nposted: 2026-11-02\ndeadline: 2026-12-20\napply: https://jobs.example.org/a\nemployment: full-time\naudience: public\n",
    ]

    static func files(_ site: String = "languages: [ja, en]\n" + subscribe, audience: Audience = .public) throws -> [String: String] {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML + site].merging(items) { $1 })
        return try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience)).renderedFiles().files.texts()
    }

    @Test func eachMonthHasItsTextInBothLanguagesLinkedFromItsPage() throws {
        let files = try Self.files()
        for prefix in ["", "en/"] {
            let page = try #require(files["\(prefix)digest/2026-11/index.html"])
            let text = try #require(files["\(prefix)digest/2026-11/index.txt"], "\(prefix)index.txt")
            #expect(page.contains("<link rel=\"alternate\" type=\"text/plain\" href=\"https://alumni.example.com/\(prefix)digest/2026-11/index.txt\">"))
            #expect(files["\(prefix)digest/index.html"]?.contains("href=\"/\(prefix)digest/2026-11/index.txt\"") == true)
            // Plain text: no markup, LF only, every title and every link of the page.
            #expect(!text.contains("<") && !text.contains("href") && !text.contains("\r") && text.hasSuffix("\n"))
            for url in ["https://alumni.example.com/\(prefix)news/p/", "https://alumni.example.com/\(prefix)news/q/",
                        "https://alumni.example.com/\(prefix)opportunities/job/", "https://alumni.example.com/\(prefix)digest/2026-11/",
                        "https://alumni.example.com/\(prefix)news/feed.xml", "https://forms.example.org/digest", "mailto:digest@example.org"] {
                #expect(text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == url }, "\(prefix): \(url) on a line of its own")
            }
            // Every link absolute: a line that looks like a link starts with a scheme.
            for line in text.split(separator: "\n") where line.contains("/") && !line.contains(" ") {
                let l = line.trimmingCharacters(in: .whitespaces)
                #expect(l.hasPrefix("https://") || l.hasPrefix("mailto:"), "\(prefix): \(l)")
            }
            #expect(text.contains(prefix.isEmpty ? "【お知らせ】" : "== News =="))
            #expect(text.contains(prefix.isEmpty ? "応募は2026年12月20日（日）まで" : "Apply by"))
        }
        #expect(files["digest/2026-11/index.txt"]?.contains("・「春の交流会」の開催が決まりました（会場は本社22階）") == true)
    }

    @Test func linesFitAMailClientAndNeverBreakALinkOrStartWithClosingPunctuation() throws {
        let files = try Self.files()
        let texts = files.filter { $0.key.hasPrefix("digest/") || $0.key.hasPrefix("en/digest/") }.filter { $0.key.hasSuffix(".txt") }
        #expect(texts.count == 2, "one month, in each language")
        for (path, text) in texts {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let l = String(line)
                #expect(TextWrap.columns(l) <= DigestText.width || !l.trimmingCharacters(in: .whitespaces).contains(" "), "\(path): \(l)")
                #expect(!l.hasSuffix(" "), "\(path): trailing space in \(l)")
                // The item's bullet (・) aside, no line starts with what may not start one.
                if let first = l.trimmingCharacters(in: .whitespaces).first, !l.hasPrefix("・") { #expect(!TextWrap.closing.contains(first), "\(path): \(l)") }
            }
        }
        let summary = try #require(files["digest/2026-11/index.txt"])
        #expect(summary.contains("  延期していた大規模交流会を、2027年3月6日（土）に「アルムナイ交流会"), "the summary wraps at 72 columns")
    }

    /// Kinsoku: 。 and 」 stay with the character before them, 「 with the one after; an address
    /// longer than a line is left whole; Latin breaks at spaces.
    @Test func wrappingKeepsPunctuationAndAddressesWhole() {
        let japanese = String(repeating: "あ", count: 36) + "。次の文です。"
        #expect(TextWrap.lines(japanese, width: 72) == [String(repeating: "あ", count: 35), "あ。次の文です。"])
        let opening = String(repeating: "あ", count: 35) + "「次」"
        #expect(TextWrap.lines(opening, width: 72) == [String(repeating: "あ", count: 35), "「次」"])
        let url = "https://alumni.example.com/" + String(repeating: "x", count: 80)
        #expect(TextWrap.lines("見る " + url, width: 72, indent: "  ") == ["  見る", "  " + url])
        #expect(TextWrap.lines("one two three", width: 8) == ["one two", "three"])
        #expect(TextWrap.columns("あa") == 3)
    }

    @Test func theSameInputsGiveTheSameText() throws {
        let a = try Self.files(), b = try Self.files()
        #expect(a.filter { $0.key.hasSuffix(".txt") } == b.filter { $0.key.hasSuffix(".txt") })
    }

    @Test func theSubscribePathIsOnTheDigestPagesAndTheNewsList() throws {
        let files = try Self.files()
        let list = try #require(files["digest/index.html"]), page = try #require(files["digest/2026-11/index.html"])
        #expect(list.contains("<a class=\"button\" href=\"https://forms.example.org/digest\">メールでの配信を申し込む</a>"))
        #expect(list.contains("href=\"mailto:digest@example.org\">メーリングリストに登録する</a>"))
        #expect(list.contains("<a class=\"feed-link\" href=\"/news/feed.xml\">お知らせをフィードで購読する</a>"))
        #expect(page.contains("https://forms.example.org/digest") && page.contains("href=\"https://alumni.example.com/news/feed.xml\""))
        #expect(files["en/digest/index.html"]?.contains(">Sign up for the digest by e-mail</a>") == true)
        #expect(files["news/index.html"]?.contains("<a href=\"/digest/#subscribe\">月間ダイジェストを受け取る</a>") == true)
        // Written for readers, not editors.
        #expect(list.contains("毎月はじめに") && !list.contains("メールでもそのまま送れます"))
        // Without `subscribe:`, the feed alone.
        let bare = try Self.files("")
        #expect(bare["digest/index.html"]?.contains("forms.example.org") == false)
        #expect(bare["digest/index.html"]?.contains("href=\"/news/feed.xml\">お知らせをフィードで購読する</a>") == true)
        #expect(bare["digest/2026-11/index.txt"]?.contains("お知らせをフィードで購読する\nhttps://alumni.example.com/news/feed.xml") == true)
        #expect(bare["digest/2026-11/index.txt"]?.contains("メールでの配信") == false)
    }

    @Test func onlyWebFormsAndMailAddressesAreAcceptedEachProblemLocated() throws {
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML + """
            subscribe:
              form: ftp://lists.example.org/digest
              mail: javascript:alert(1)

            """])
        #expect(lines.contains { $0.hasPrefix("<dir>/site.yaml:5:9: error:") && $0.contains("form") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("<dir>/site.yaml:6:9: error:") && $0.contains("subscribe.mail") }, "\(lines)")
        let mailtoForm = try diagnostics(for: ["site.yaml": minimalSiteYAML + "subscribe:\n  form: mailto:a@example.org\n"])
        #expect(mailtoForm.contains { $0.hasPrefix("<dir>/site.yaml:5:9: error:") }, "a form is a web address: \(mailtoForm)")
        let neither = try diagnostics(for: ["site.yaml": minimalSiteYAML + "subscribe:\n  note: x\n"])
        #expect(neither.contains { $0.contains("error:") && $0.contains("'subscribe' needs a 'form'") }, "\(neither)")
        let query = try diagnostics(for: ["site.yaml": minimalSiteYAML + "subscribe:\n  mail: a@example.org?subject=x\n"])
        #expect(query.contains { $0.hasPrefix("<dir>/site.yaml:5:9: error:") }, "\(query)")
        let fine = try diagnostics(for: ["site.yaml": minimalSiteYAML + "subscribe:\n  mail: digest@example.org\n"])
        #expect(fine.filter { $0.contains("error:") }.isEmpty, "\(fine)")
    }

    /// Nothing members-only reaches the public build's text; the members build's text has it.
    @Test func aMembersOnlyItemIsInTheMembersTextOnly() throws {
        let secret = ["asks/canaryask.yaml": "title: CANARYTITLE\nposted: 2026-11-10\nbody: CANARYBODY\nrespond: https://forms.example.org/canary\naudience: members\n"]
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML].merging(Self.items) { $1 }.merging(secret) { $1 })
        let built = { (audience: Audience) in
            try Build(settings(content: dir.path, output: dir.path + "-\(audience)", audience: audience)).renderedFiles().files.texts()
        }
        let publicText = try #require(try built(.public)["digest/2026-11/index.txt"])
        let membersText = try #require(try built(.members)["digest/2026-11/index.txt"])
        #expect(!publicText.lowercased().contains("canary"))
        #expect(membersText.contains("CANARYTITLE") && membersText.contains("https://alumni.example.com/asks/canaryask/"))
    }
}
