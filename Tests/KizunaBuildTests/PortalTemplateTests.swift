import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// What `kizuna init` writes (`PortalTemplate`): an example of every registered kind, a site.yaml
/// whose every key is explained, Japanese that follows the guide, and a portal that builds with
/// no error and no warning in both audiences. (`InitCommandTests` runs the command itself.)
@Suite struct PortalTemplateTests {
    static let today = LocalDate(year: 2026, month: 12, day: 4)
    static let now = Timestamp(iso: "2026-12-04T12:00:00+09:00", zone: TimeZone(identifier: "Asia/Tokyo")!)!.date

    static func template(_ language: String = "ja") -> PortalTemplate {
        PortalTemplate(language: language, today: today)
    }

    /// A new kind cannot be forgotten: every kind of the registry has an example in the new
    /// portal, at the path the loader reads it from, or a stated reason why it has none.
    @Test func everyRegisteredKindHasAnExampleOrAReason() {
        let paths = Set(Self.template().files.map(\.path))
        for kind in ContentKinds.builtIn.all {
            let examples = PortalTemplate.examples.filter { $0.folder == kind.folder }
            if let reason = PortalTemplate.notExemplified[kind.folder] {
                #expect(examples.isEmpty && !reason.isEmpty, "\(kind.name)")
                continue
            }
            #expect(examples.count == 1, "the kind \(kind.name) (\(kind.folder)/) has no example in kizuna init's portal")
            for example in examples {
                let path = "content/" + kind.relativePath(slug: example.slug)
                #expect(paths.contains(path), "\(path) is not among the files written")
            }
        }
        // And no example of a kind the registry does not know.
        let folders = Set(ContentKinds.builtIn.all.map(\.folder))
        #expect(PortalTemplate.examples.allSatisfy { folders.contains($0.folder) })
    }

    /// Every key of site.yaml is explained: each key line has a comment on the line before it (or
    /// is one of a display-name map's entries, whose map is explained); and the keys are those
    /// site.yaml takes.
    @Test(arguments: PortalTemplate.languages)
    func everySiteYAMLKeyIsCommented(language: String) throws {
        let text = try #require(Self.template(language).files.first { $0.path == "content/site.yaml" }?.text)
        let lines = text.components(separatedBy: "\n")
        let keyLine = try Regex(#"^( *)(# )?([a-z_0-9-]+):( |$)"#)
        var uncommented: [String] = []
        var topLevel: [String] = []
        var blockIndent: Int?
        var mapIndent: Int?
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent, line.trimmingCharacters(in: .whitespaces).isEmpty || indent > block { continue }
            blockIndent = nil
            guard let match = line.wholeMatch(of: keyLine) ?? line.prefixMatch(of: keyLine) else { continue }
            let key = String(match.output[3].substring ?? "")
            let commentedOut = match.output[2].substring != nil
            if indent == 0 { topLevel.append(key) }
            if line.hasSuffix("|") { blockIndent = indent }
            if let map = mapIndent, indent > map { continue }
            mapIndent = ["segments", "tags", "industries"].contains(key) && !commentedOut ? indent : nil
            guard !commentedOut else { continue }
            // The line before explains it: a comment, and not a commented-out key (`# image: …`).
            let previous = index > 0 ? lines[index - 1] : ""
            if !previous.trimmingCharacters(in: .whitespaces).hasPrefix("#") || previous.prefixMatch(of: keyLine) != nil { uncommented.append(line) }
        }
        #expect(uncommented.isEmpty, "keys without a comment: \(uncommented)")
        // Every key the loader reads, as its unknown-field message lists them (so a key added to
        // site.yaml later fails here until the starter explains it), but the few a new portal has
        // no use for: `languages` and `untranslated` come with `kizuna new translation`, `extra`
        // is the editor's own.
        let expected = try Self.siteYAMLKeys().subtracting(["languages", "untranslated", "extra"])
        #expect(expected.contains("subscribe") && expected.contains("title"), "\(expected)")
        #expect(Set(topLevel) == expected, "missing: \(expected.subtracting(topLevel)), unexpected: \(Set(topLevel).subtracting(expected))")
        #expect(text.contains("【要変更 / CHANGE】"))
    }

    /// The top-level keys site.yaml may have: the loader names them all when it meets one it does not know.
    static func siteYAMLKeys() throws -> Set<String> {
        let content = try TemporaryDirectory(["site.yaml": "title: x\nbase_url: https://alumni.example.org/\nqqqqqqqqqq: 1\n"])
        var d = Diagnostics()
        _ = ContentLoader(contentDirectory: content.path, kinds: []).loadSite(content.path + "/site.yaml", &d)
        let message = try #require(d.errors.map { $0.message(.en) }.first { $0.hasPrefix("unknown field 'qqqqqqqqqq'; the fields here are: ") })
        return Set(message.dropFirst("unknown field 'qqqqqqqqqq'; the fields here are: ".count).components(separatedBy: ", "))
    }

    @Test func theOptionsTakeThePlaceholdersPlace() throws {
        var template = Self.template()
        template.companyName = #"テスト "商事" 株式会社"#
        template.baseURL = try BaseURL.parse("https://alumni.example.jp/portal/").get()
        let dir = try TemporaryDirectory(Dictionary(uniqueKeysWithValues: template.files.map { ($0.path, $0.text) }))
        let site = try #require(ContentLoader(contentDirectory: dir.path + "/content", kinds: []).readSite().config)
        #expect(site.title == #"テスト "商事" アルムナイネットワーク"#)
        #expect(site.organization?.name == #"テスト "商事" 株式会社"#)
        #expect(site.base.description == "https://alumni.example.jp/portal/")
        #expect(site.language == "ja")
    }

    /// The new portal builds with no error and no warning for both audiences, in both languages,
    /// with an upcoming event and an open posting on its home page.
    @Test(arguments: PortalTemplate.languages, Audience.allCases)
    func theNewPortalBuildsClean(language: String, audience: Audience) throws {
        let template = Self.template(language)
        let dir = try TemporaryDirectory(Dictionary(uniqueKeysWithValues: template.files.map { ($0.path, $0.text) }))
        var settings = settings(content: dir.path + "/content", output: dir.path + "/site", audience: audience, now: Self.now)
        settings.editorWarnings = true
        let (files, warnings) = try Build(settings).renderedFiles()
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        let pages = files.texts(htmlOnly: true)
        let home = try #require(pages["index.html"])
        #expect(home.contains("/events/welcome-meetup/"), "no upcoming event on the home page")
        #expect(home.contains("/opportunities/rehire-sales-lead/"), "no open posting on the home page")
        #expect(home.contains("<html lang=\"\(language)\">"))
        // Privacy: the example member's address appears only where she consented (she did not
        // consent to show it), so in no page of either build.
        #expect(!pages.values.contains { $0.contains("hanako.yamada@example.com") })
        // The example member agreed to introductions and site.yaml has `connect:`: her page offers
        // to ask the office in the members build only, through the form, with no address.
        let connect = "https://forms.example.com/alumni/connect?profile=hanako-yamada"
        #expect(pages.values.contains { $0.contains(connect) } == (audience == .members))
        if language == "ja" {
            let found = JapaneseCopyTests.findings(inPagesOf: pages)
            #expect(found.isEmpty, "\(found.prefix(20).joined(separator: "\n"))")
        }
    }

    @Test func everyFileKizunaInitWritesFollowsTheJapaneseGuide() {
        for file in Self.template().files {
            let found = JapaneseStyle.findings(in: file.text)
            #expect(found.isEmpty, "\(file.path): \(found)")
        }
    }

    /// Nothing but example.com-style addresses: no real company, person or form is named.
    @Test(arguments: PortalTemplate.languages)
    func everyAddressIsAnExampleAddress(language: String) throws {
        let text = Self.template(language).files.map(\.text).joined(separator: "\n")
        let hosts = try Regex(#"(?:https?://|mailto:[^@\s]+@|[A-Za-z0-9._-]+@)([A-Za-z0-9.-]+)"#)
        let found = text.matches(of: hosts).map { String($0.output[1].substring ?? "") }
        #expect(found.count > 10)
        let odd = found.filter { host in !["example.com", "example.jp", "example.org"].contains { host == $0 || host.hasSuffix("." + $0) }
            && host != "127.0.0.1" }
        #expect(odd.isEmpty, "\(odd)")
    }
}
