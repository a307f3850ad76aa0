import Foundation
import Testing
// Only the public API: a kind of one's own registers without any edit to Sources/.
import KizunaContent
import KizunaBuild
import KizunaSite

/// Study groups of alumni (`content/groups/<slug>.yaml`): a kind defined only here, registered
/// through `ContentKinds`, with its own list and detail pages, links, publication and search
/// entries. It proves the registry is the whole of what adding a kind takes.
struct StudyGroup: AudienceItem {
    var slug: String
    var name: String
    var description: MarkdownSource?
    var audience: Audience
    var draft: Bool
    var at: FieldLocations
    var extra = ExtraFields()
}

struct PublishedStudyGroup: Sendable {
    var group: StudyGroup
    var description: RenderedMarkdown?
}

struct StudyGroupKind: ContentKind {
    var name: String { "group" }
    var folder: String { "groups" }
    var format: ItemFormat { .yaml }
    var itemName: String { "study group" }
    var japaneseItemName: String { "勉強会" }
    var templates: [String] { ["groups", "group"] }

    static let list = RouteTarget(path: "groups/", section: "groups", described: LocalizedText(en: "the study groups", ja: "勉強会の一覧"))
    static func page(_ slug: String) -> RouteTarget { RouteTarget(path: "groups/\(slug)/", section: "groups", described: LocalizedText(en: "study group '\(slug)'", ja: "勉強会 `\(slug)`")) }

    func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> StudyGroup? {
        let name = reader.string("name", required: true)
        let description = reader.markdown("description")
        let audience = reader.choice("audience", as: Audience.self) ?? .public
        let draft = reader.bool("draft") ?? false
        guard let name else { return nil }
        return StudyGroup(slug: slug, name: name, description: description, audience: audience, draft: draft,
                          at: FieldLocations(file: SourceLocation(path: reader.location.path)))
    }

    func publish(_ items: [StudyGroup], _ context: PublishContext) -> [PublishedStudyGroup] {
        items.sorted { $0.slug < $1.slug }.map { PublishedStudyGroup(group: $0, description: $0.description.map(context.markdown.render)) }
    }

    func ownRoutes(slug: String) -> [RouteTarget] { [Self.page(slug)] }
    func bodies(of published: [PublishedStudyGroup]) -> [RenderedMarkdown] { published.compactMap(\.description) }

    struct ListPage: PageBody {
        struct Item: Encodable { var name: String; var url: String }
        var groups: [Item]
    }

    struct GroupPage: PageBody {
        var name: String
        var descriptionHTML: String?
    }

    func pages(of groups: [PublishedStudyGroup], _ plan: PagePlan) -> [PlannedPage] {
        [plan.page(Self.list, "groups") { c in
            PageView(title: "勉強会", body: ListPage(groups: groups.map { .init(name: $0.group.name, url: c.url(Self.page($0.group.slug))) }))
        }] + groups.map { g in
            plan.page(Self.page(g.group.slug), "group", source: g.group.at.file) { c in
                PageView(title: g.group.name, body: GroupPage(name: g.group.name, descriptionHTML: g.description.map(c.html)))
            }
        }
    }

    func searchEntries(of groups: [PublishedStudyGroup], _ c: PageContext) -> [SearchEntry] {
        groups.map { SearchEntry(kind: "勉強会", title: $0.group.name, url: c.url(Self.page($0.group.slug)), text: $0.group.name) }
    }
}

@Suite struct RegisteredKindTests {
    static let groupTemplates = [
        "templates/groups.mustache": """
        {{<layouts.base}}{{$content}}<main-list>{{#groups}}<a href="{{url}}">{{name}}</a>{{/groups}}</main-list>{{/content}}{{/layouts.base}}

        """,
        "templates/group.mustache": """
        {{<layouts.base}}{{$content}}<h1>{{name}}</h1><div class="prose">{{{description_html}}}</div>{{/content}}{{/layouts.base}}

        """,
    ]

    /// The small fixture portal and a copy of the default theme with the groups' templates.
    struct Portal {
        let work: TemporaryDirectory
        var content: String { work.path + "/content" }
        var theme: String { work.path + "/theme" }
        var output: String { work.path + "/site" }

        init(groups: [String: String], templates: [String: String] = RegisteredKindTests.groupTemplates) throws {
            work = try TemporaryDirectory()
            try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: content)
            try FileManager.default.copyItem(atPath: Repo.theme, toPath: theme)
            try work.write(groups.reduce(into: [:]) { $0["content/groups/" + $1.key] = $1.value })
            try work.write(templates.reduce(into: [:]) { $0["theme/" + $1.key] = $1.value })
        }

        func build(_ audience: Audience = .public, kinds: ContentKinds) throws -> Build.Report {
            var settings = Build.Settings(contentDirectory: content, themeDirectory: theme, outputDirectory: output,
                                          options: BuildOptions(audience: audience, now: fixedNow), kinds: kinds)
            settings.useCache = false
            return try Build(settings).run()
        }

        func file(_ path: String) -> String? {
            FileManager.default.contents(atPath: output + "/" + path).map { String(decoding: $0, as: UTF8.self) }
        }

        /// The error lines of a failed build, `<content>` for the content folder.
        func errors(_ audience: Audience = .public, kinds: ContentKinds) -> [String] {
            do {
                _ = try build(audience, kinds: kinds)
                return []
            } catch let failure as BuildFailure {
                return failure.diagnostics.filter { $0.severity == .error }.map { $0.description.replacingOccurrences(of: content, with: "<content>") }
            } catch {
                return ["\(error)"]
            }
        }
    }

    static let kinds = try! ContentKinds.builtIn.registering(StudyGroupKind())

    static let groups = [
        "tokyo.yaml": """
        name: 東京勉強会
        description: |
          毎月の[交流会の報告](../news/first-meetup.md)を読み合います。詳しくは[概要](/about/)へ。

        """,
        "members-only.yaml": "name: 会員の勉強会\naudience: members\n",
    ]

    @Test func aKindDefinedInTheTestsBuildsItsPagesLinksAndSearchEntries() throws {
        let portal = try Portal(groups: Self.groups)
        let report = try portal.build(kinds: Self.kinds)
        #expect(report.warnings.allSatisfy { !$0.message.contains("groups") }, "the registered folder is known: \(report.warnings)")

        let list = try #require(portal.file("groups/index.html"))
        #expect(list.contains(#"<a href="/portal/groups/tokyo/">東京勉強会</a>"#), "\(list)")
        #expect(!list.contains("会員の勉強会"), "a members-only group stays out of the public build")
        #expect(portal.file("groups/members-only/index.html") == nil)

        // Its Markdown's links go through the route table like every kind's.
        let page = try #require(portal.file("groups/tokyo/index.html"))
        #expect(page.contains(#"<a href="/portal/news/first-meetup/">交流会の報告</a>"#), "\(page)")
        #expect(page.contains(#"<a href="/portal/about/">概要</a>"#))
        #expect(page.contains("<h1>東京勉強会</h1>"))

        let sitemap = try #require(portal.file("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://alumni.example.org/portal/groups/tokyo/</loc>"))
        let search = try #require(portal.file("search/index.json"))
        #expect(search.contains(#""kind":"勉強会","text":"東京勉強会","title":"東京勉強会","url":"/portal/groups/tokyo/""#), "\(search)")
        #expect(!search.contains("会員の勉強会"))

        // The members build has the members-only group, with its page and entry.
        _ = try portal.build(.members, kinds: Self.kinds)
        #expect(portal.file("groups/members-only/index.html")?.contains("<h1>会員の勉強会</h1>") == true)
        #expect(portal.file("search/index.json")?.contains("会員の勉強会") == true)
    }

    @Test func itsLinksAreCheckedAndLinksToItHaveTheirAbsentReasons() throws {
        let portal = try Portal(groups: Self.groups.merging([
            "broken-link.yaml": "name: リンク切れ\ndescription: |\n  [なし](../news/nope.md)\n",
        ]) { a, _ in a })
        try portal.work.write(["content/pages/groups-guide.md": """
            ---
            title: 勉強会の案内
            ---
            [会員の勉強会](../groups/members-only.yaml)と[ない勉強会](/groups/nothing/)。

            """])
        let errors = portal.errors(kinds: Self.kinds)
        #expect(errors.contains("<content>/groups/broken-link.yaml:3:3: error: link '../news/nope.md' points to <content>/news/nope.md, which does not exist; link a content file such as ../events/x.yaml or a site path such as /join/"), "\(errors)")
        #expect(errors.contains { $0.hasPrefix("<content>/pages/groups-guide.md:4:1: error: link '../groups/members-only.yaml' points to <content>/groups/members-only.yaml, which this build does not publish: it is members-only and this is the public build") }, "\(errors)")
        #expect(errors.contains { $0.contains("link '/groups/nothing/' points to no page or file of this site") }, "\(errors)")
        #expect(errors.count == 3, "\(errors)")
    }

    @Test func aBrokenFileOfTheKindIsReportedAndALinkToItWaits() throws {
        let portal = try Portal(groups: Self.groups.merging(["nameless.yaml": "description: 名前がない\n", "twin.yaml": "slug: tokyo\nname: 二つ目\n"]) { a, _ in a })
        try portal.work.write(["content/pages/to-broken.md": "---\ntitle: t\n---\n[名前がない](../groups/nameless.yaml)\n"])
        let errors = portal.errors(kinds: Self.kinds)
        #expect(errors.contains("<content>/groups/nameless.yaml:1:1: error: missing required field 'name'"), "\(errors)")
        #expect(errors.contains("<content>/groups/twin.yaml:1:1: error: duplicate study group slug 'tokyo': also used by <content>/groups/tokyo.yaml"), "\(errors)")
        #expect(errors.count == 2, "the link to the broken file waits for it: \(errors)")
    }

    @Test func theThemeMustHaveTheKindsTemplates() throws {
        let portal = try Portal(groups: Self.groups, templates: [:])
        let errors = portal.errors(kinds: Self.kinds)
        #expect(errors.contains { $0.hasSuffix("templates/groups.mustache:1:1: error: the theme has no 'groups' template") }, "\(errors)")
    }

    @Test func withoutRegisteringTheFolderIsNotContent() throws {
        let portal = try Portal(groups: Self.groups)
        let report = try portal.build(kinds: .builtIn)
        #expect(report.warnings.contains { $0.message.hasPrefix("'groups' is not part of a content folder and is ignored") }, "\(report.warnings)")
        #expect(portal.file("groups/index.html") == nil)
    }

    @Test func aKindCannotTakeAFolderOrNameThatIsTaken() {
        struct Clashing: ContentKind {
            var name: String { "group2" }
            var folder: String { "alumni" }
            var format: ItemFormat { .yaml }
            var itemName: String { "clash" }
            var japaneseItemName: String { "重なる種類" }
            var templates: [String] { [] }
            func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> StudyGroup? { nil }
            func publish(_ items: [StudyGroup], _ context: PublishContext) -> Int { 0 }
            func ownRoutes(slug: String) -> [RouteTarget] { [] }
            func bodies(of published: Int) -> [RenderedMarkdown] { [] }
            func pages(of published: Int, _ plan: PagePlan) -> [PlannedPage] { [] }
            func searchEntries(of published: Int, _ c: PageContext) -> [SearchEntry] { [] }
        }
        #expect(throws: ContentKinds.Clash.self) { try ContentKinds.builtIn.registering(Clashing()) }
        #expect(throws: ContentKinds.Clash.self) { try Self.kinds.registering(StudyGroupKind()) }
    }
}
