import KizunaContent
import KizunaSite

extension AskKind: ContentKind {
    public var templates: [String] { ["asks", "ask"] }
    public var navigation: RouteTarget? { .asks }
    public var strings: Set<String> { Set(["ask.anonymous", "ask.asker_line", "ask.expires_line", "asks.title", "search.kind.ask"] + Ask.Status.allCases.map { "ask.status.\($0.rawValue)" }) }

    public func pages(of asks: PublishedAsks, _ plan: PagePlan) -> [PlannedPage] {
        [plan.page(.asks, "asks") { c in
            PageView(title: c.strings["asks.title"], body: AsksPage(open: asks.open.map { c.views.ask($0) }, closed: asks.closed.map { c.views.ask($0) },
                                                                   membersOnly: c.views.membersOnly(.asks)))
        }] + (asks.open + asks.closed).map { a in
            plan.page(.ask(a.ask.slug), "ask", source: a.ask.at.file) { c in
                PageView(title: a.ask.title, body: AskPage(ask: c.views.ask(a, detail: true)))
            }
        }
    }

    /// Open asks only.
    public func searchEntries(of asks: PublishedAsks, _ c: PageContext) -> [SearchEntry] {
        asks.open.map { a in
            SearchEntry(kind: c.strings["search.kind.ask"], title: a.ask.title, url: c.url(.ask(a.ask.slug)), date: a.ask.posted.description,
                        text: a.ask.tags.map(c.site.site.tagName).joined(separator: " "), tags: a.ask.tags.map(c.site.site.tagName), body: a.body?.plainText ?? "")
        }
    }
}
