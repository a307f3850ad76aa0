import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The page plan and the publication policy: one policy decides what Derive publishes and what a
/// link error says, and an output writes only the files its routes declared.
@Suite struct PagePlanTests {
    /// The example portal's stages up to the route table, in one audience.
    struct Routed {
        let content: Content
        let routes: RouteTable
        let absent: AbsentContent
        let scope: BuildScope
        let plan: SitePlan

        init(_ audience: Audience, drafts: Bool = false) throws {
            let kinds = ContentKinds.builtIn
            let (content, _) = ContentLoader(contentDirectory: Repo.content, kinds: kinds.items).load()
            let validated = try SiteValidator(kinds: kinds.items).validate(content).get()
            let theme = try #require(Theme.load(from: Repo.theme, language: content.site.language).theme)
            let options = BuildOptions(audience: audience, now: fixedNow, drafts: drafts).settled(in: content.site.timeZone)
            let derived = SiteDeriver(options: options, kinds: kinds.published).derive(validated)
            var problems = Diagnostics()
            let plan = SitePlan(derived: derived, theme: theme, kinds: kinds)
            self.plan = plan
            routes = RouteTable(Outputs.all.flatMap { $0.routes(for: plan) }, site: derived.site, diagnostics: &problems)
            #expect(!problems.hasErrors)
            scope = BuildScope(options: options, site: derived.site)
            absent = AbsentContent(content: validated.content, kinds: kinds.published, scope: scope, routes: routes)
            self.content = validated.content
        }

        /// Every item of every kind with pages: whether the policy publishes it, whether it has a
        /// page, and the reason a link to it would be given.
        func items() -> [(file: String, published: Bool, routed: Bool, reason: AbsenceReason?)] {
            ContentKinds.builtIn.all.flatMap { items(of: $0) }
        }

        func items<K: ContentKind>(of kind: K) -> [(file: String, published: Bool, routed: Bool, reason: AbsenceReason?)] {
            guard !kind.ownRoutes(slug: "x").isEmpty else { return [] }
            return content[kind].map { item in
                (item.at.file.path, kind.publication(of: item, in: scope).isPublished,
                 routes.route(forSource: item.at.file.path) != nil, absent.reason(forSource: item.at.file.path))
            }
        }
    }

    @Test(arguments: [(Audience.public, false), (.members, false), (.members, true)])
    func whatThePolicyPublishesHasAPageAndWhatItDoesNotHasItsReason(audience: Audience, drafts: Bool) throws {
        let routed = try Routed(audience, drafts: drafts)
        let items = routed.items()
        #expect(items.count > 40, "the example portal has items of every kind")
        #expect(items.contains { !$0.published }, "some items are not in this build")
        for item in items {
            #expect(item.published == item.routed, "\(item.file): published \(item.published), page \(item.routed)")
            #expect((item.reason == nil) == item.published, "\(item.file): \(item.reason?.english ?? "no reason")")
        }
    }

    @Test func everyPlannedPageIsRoutedOnceAndRendersItsOwnTemplate() throws {
        let routed = try Routed(.members)
        let pages = routed.plan.pages
        #expect(Set(pages.map(\.route.file)).count == pages.count, "one page per file")
        let templates = Set(pages.map(\.template))
        #expect(templates.isSubset(of: Set(Theme.requiredTemplates(.builtIn))), "\(templates)")
        // The portal's order: the home page first, the 404 page last, free pages after the portal's own.
        #expect(pages.first?.route.target == .home && pages.last?.route.target == .notFound)
        let search = try #require(pages.firstIndex { $0.route.target == .search })
        #expect(pages.indices.filter { pages[$0].template == "page" }.allSatisfy { $0 > search })
    }

    @Test func anOutputCannotWriteAFileItDidNotDeclare() throws {
        struct Stray: OutputGenerator {
            func routes(for plan: SitePlan) -> [Route] { [Route(.page("declared"), format: .file, language: plan.language)] }
            func write(_ site: RenderedSite, into sink: any OutputSink) throws {
                try sink.write(OutputFile(.page("declared"), contents: .bytes(Data("ok".utf8))))
                try sink.write(OutputFile(.page("stray"), contents: .bytes(Data("no".utf8))))
            }
        }
        let work = try TemporaryDirectory()
        var settings = settings(output: work.path + "/site")
        settings.outputs = Outputs.all + [Stray()]
        #expect(performing: { try Build(settings).run() }, throws: { error in
            String(describing: error) == "Stray wrote stray/index.html, which none of its routes declares"
        })
        #expect(!FileManager.default.fileExists(atPath: work.path + "/site"), "a failed build writes nothing")
    }
}
