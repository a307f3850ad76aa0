import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A profile page (issue 22): others who joined around the same time and in the same industry
/// (listed profiles, consented fields on both sides), a request to the network office to be put
/// in touch (only with `consent.contact`, never an address), and a mentor's path to the roles.
@Suite struct ProfileConnectionTests {
    /// A unique address of a member who did not consent to show it, and who may be contacted.
    static let canary = "kizuna-canary-7f3a9c@example.org"

    static func profile(_ name: String, joined: Int, industry: String? = nil, fields: [String], listed: Bool = true,
                        contact: Bool = false, mentor: Bool? = nil, email: String? = nil) -> String {
        var text = "name: \"\(name)\"\njoined: \(joined)\n"
        if let industry { text += "industry: \(industry)\n" }
        if let mentor { text += "mentor: \(mentor)\n" }
        if let email { text += "email: \(email)\n" }
        text += "consent:\n  directory: \(listed)\n  fields: [\(fields.joined(separator: ", "))]\n"
        if contact { text += "  contact: true\n" }
        return text
    }

    /// a, b, c, f join 2010–2013; d hides its join year, c its industry; e is not listed.
    static let alumni: [String: String] = [
        "alumni/a.yaml": profile("会員A", joined: 2010, industry: "IT", fields: ["name", "joined", "industry"], contact: true, email: canary),
        "alumni/b.yaml": profile("会員B", joined: 2012, industry: "IT", fields: ["name", "joined", "industry"]),
        "alumni/c.yaml": profile("会員C", joined: 2013, industry: "IT", fields: ["name", "joined"]),
        "alumni/d.yaml": profile("会員D", joined: 2011, industry: "IT", fields: ["name", "industry"]),
        "alumni/e.yaml": profile("会員E", joined: 2010, industry: "IT", fields: ["name", "joined", "industry", "email"], listed: false, contact: true),
        "alumni/f.yaml": profile("会員F", joined: 2011, industry: "金融", fields: ["name", "joined", "industry", "mentor"], contact: false, mentor: true),
    ]

    func build(_ site: String, audience: Audience = .members, extra: [String: String] = [:]) throws -> [String: String] {
        let dir = try TemporaryDirectory(["site.yaml": site].merging(Self.alumni) { $1 }.merging(extra) { $1 })
        let (built, _) = try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience)).renderedFiles()
        return built.texts()
    }

    /// The profile slugs linked in the page's section headed `id`, in order.
    func linked(_ page: String, section id: String) -> [String]? {
        guard let start = page.range(of: "id=\"\(id)\"")?.upperBound,
              let end = page[start...].range(of: "</section>")?.lowerBound else { return nil }
        return page[start..<end].components(separatedBy: "href=\"/directory/").dropFirst().map { String($0.prefix { $0 != "/" }) }
    }

    @Test func relatedListsHoldOnlyListedProfilesByConsentedFields() throws {
        let site = try build(minimalSiteYAML)
        let a = try #require(site["directory/a/index.html"])
        // f (2011) is nearer than b (2012); c joined 3 years later, d hides its year, e is not listed.
        #expect(linked(a, section: "same-years-heading") == ["f", "b"])
        #expect(a.contains("2008〜2012年に入社"))
        // c hides its industry, e is not listed; d (no year shown) comes after those with one.
        #expect(linked(a, section: "same-industry-heading") == ["b", "d"])
        // A profile whose year (industry) is not consented is matched on nothing by it.
        let d = try #require(site["directory/d/index.html"])
        #expect(linked(d, section: "same-years-heading") == nil)
        #expect(linked(d, section: "same-industry-heading") == ["a", "b"])
        let c = try #require(site["directory/c/index.html"])
        #expect(linked(c, section: "same-industry-heading") == nil)
        #expect(linked(c, section: "same-years-heading") == ["b", "f"])
        // A card in a list shows its own fields, not those of the profile around it: d's card on
        // a's page has no join year (a's would show through a missing key).
        let card = try #require(a.components(separatedBy: "<article").first { $0.contains("href=\"/directory/d/\"") })
        #expect(card.contains("会員D") && !card.contains("年入社"))
        #expect(site.values.allSatisfy { !$0.contains("会員E") })
    }

    @Test func atMostSixNearestFirst() throws {
        var extra: [String: String] = [:]
        for year in 2000...2020 {
            extra["alumni/y\(year).yaml"] = Self.profile("年\(year)", joined: year, industry: "IT", fields: ["name", "joined", "industry"])
        }
        let site = try build(minimalSiteYAML, extra: extra)
        let page = try #require(site["directory/y2010/index.html"])
        // a also joined in 2010; then 2009 before 2011 (directory order), and so on.
        #expect(linked(page, section: "same-years-heading") == ["a", "y2009", "f", "y2011", "y2008", "b"])
        #expect(linked(page, section: "same-industry-heading") == ["a", "y2009", "y2011", "y2008", "b", "y2012"])
    }

    @Test func aFormGetsTheProfileAndOnlyWithConsent() throws {
        let site = try build(minimalSiteYAML + "attribution: {utm_source: alumni}\nconnect:\n  form: https://forms.example.com/connect?src=dir\n")
        let a = try #require(site["directory/a/index.html"])
        #expect(a.contains(#"<a class="button" href="https://forms.example.com/connect?src=dir&amp;profile=a&amp;utm_source=alumni&amp;utm_medium=portal&amp;utm_campaign=connect-a&amp;utm_content=profile">事務局に紹介を頼む</a>"#))
        #expect(a.contains("メールアドレスは公開していません。"))
        // b and f did not agree to be contacted: no button.
        for slug in ["b", "c", "d", "f"] {
            #expect(!(try #require(site["directory/\(slug)/index.html"])).contains("connect-heading"), "\(slug)")
        }
        // Without `connect:`, nobody has one.
        #expect(!(try build(minimalSiteYAML)).values.contains { $0.contains("connect-heading") })
    }

    @Test func aMailSubjectNamesTheProfileEncoded() throws {
        let site = try build(minimalSiteYAML + "connect:\n  mail: office@example.com\n  note: 事務局がおつなぎします。\n",
                             extra: ["alumni/a.yaml": Self.profile("会員A & B? #1 + α", joined: 2010, fields: ["name"], contact: true, email: Self.canary)])
        let a = try #require(site["directory/a/index.html"])
        let link = try #require(a.range(of: "href=\"mailto:office@example.com?subject=")).upperBound
        let value = String(a[link...].prefix { $0 != "\"" })
        #expect(value.removingPercentEncoding == "つながりの依頼：会員A & B? #1 + α（a）")
        #expect(value.contains("%26") && value.contains("%3F") && value.contains("%23") && value.contains("%2B"))
        #expect(a.contains("<p>事務局がおつなぎします。</p>") && a.contains(">事務局にメールで紹介を頼む</a>"))
    }

    @Test func aMentorsProfileLeadsToTheMentorRoles() throws {
        let mentor = """
        title: 新任マネージャーのメンター
        kind: mentor
        posted: 2020-01-01
        status: open
        apply: https://forms.example.com/mentor

        """
        let site = try build(minimalSiteYAML, extra: ["opportunities/m.yaml": mentor])
        let f = try #require(site["directory/f/index.html"])
        #expect(f.contains(#"<a class="button" href="/opportunities/mentor/">募集中の外部メンター（1件）を見る</a>"#))
        // Not on a profile that is no mentor (or does not show it).
        #expect(!(try #require(site["directory/a/index.html"])).contains("mentor-roles-heading"))
    }

    /// The canary: the address of a member who may be contacted but did not consent to show it
    /// is in no file of either build, written to disk as `kizuna build` writes them.
    @Test func theMembersAddressIsInNoFileOfEitherBuild() throws {
        for connect in ["connect:\n  form: https://forms.example.com/connect\n", "connect:\n  mail: office@example.com\n"] {
            for audience in [Audience.public, .members] {
                let work = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML + connect]
                    .merging(Self.alumni.map { ("content/" + $0.key, $0.value) }) { $1 })
                var s = settings(content: work.path + "/content", output: work.path + "/site", audience: audience)
                s.allowlist = .path(work.path + "/auth/allowlist.txt")
                _ = try Build(s).run()
                let files = try FileManager.default.subpathsOfDirectory(atPath: work.path + "/site")
                #expect(files.count > 10)
                for file in files {
                    guard let data = FileManager.default.contents(atPath: work.path + "/site/" + file) else { continue }
                    let text = String(decoding: data, as: UTF8.self).lowercased()
                    #expect(!text.contains("kizuna-canary-7f3a9c"), "\(audience) \(file)")
                    #expect(!text.contains("kizuna-canary-7f3a9c".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!.lowercased()))
                }
                if audience == .members {
                    #expect(FileManager.default.fileExists(atPath: work.path + "/site/directory/a/index.html"))
                }
            }
        }
    }

    @Test func aBadConnectIsALocatedError() throws {
        #expect(try diagnostics(for: ["site.yaml": minimalSiteYAML + "connect:\n  note: x\n"]) == [
            "<dir>/site.yaml:5:3: error: 'connect' needs a 'form' (https://…) or a 'mail' address of the network office to send connection requests to",
        ])
        #expect(try diagnostics(for: ["site.yaml": minimalSiteYAML + "connect:\n  mail: 事務局\n"]) == [
            "<dir>/site.yaml:5:9: error: 'connect.mail' must be an e-mail address of the network office such as office@example.com, not '事務局'",
        ])
        #expect(try diagnostics(for: ["site.yaml": minimalSiteYAML + "connect:\n  mail: \"office@example.com?cc=x@example.com\"\n"]).count == 1)
        let form = try diagnostics(for: ["site.yaml": minimalSiteYAML + "connect:\n  form: \"javascript:alert(1)\"\n"])
        #expect(form.count == 1 && form.first?.hasPrefix("<dir>/site.yaml:5:9: error:") == true, "\(form)")
        // consent.contact is a yes/no, located like any other.
        let contact = try diagnostics(for: ["site.yaml": minimalSiteYAML, "alumni/a.yaml": "name: A\njoined: 2010\nconsent:\n  contact: maybe\n"])
        #expect(contact.count == 1 && contact[0].hasPrefix("<dir>/alumni/a.yaml:4:12: error:"))
    }
}
