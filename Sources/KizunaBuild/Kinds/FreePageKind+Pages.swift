import KizunaContent
import KizunaSite

extension FreePageKind: ContentKind {
    public var templates: [String] { ["page"] }
    public var strings: Set<String> { ["search.kind.page"] }
    /// `/<slug>/`: planned after the portal's own pages, so a page named like one (`search`)
    /// is the one reported.
    public var pagesAtSiteRoot: Bool { true }

    public func pages(of pages: [PublishedPage], _ plan: PagePlan) -> [PlannedPage] {
        pages.map { p in
            plan.page(.page(p.page.slug), "page", source: p.page.at.file) { c in
                PageView(title: p.page.title, description: p.page.description, body: FreePage(page: .init(title: p.page.title, bodyHTML: c.html(p.body), extra: ExtraView(p.page.extra))))
            }
        }
    }

    public func searchEntries(of pages: [PublishedPage], _ c: PageContext) -> [SearchEntry] {
        pages.map { p in
            SearchEntry(kind: c.strings["search.kind.page"], title: p.page.title, url: c.url(.page(p.page.slug)), text: p.page.description ?? "", body: p.body.plainText)
        }
    }
}
