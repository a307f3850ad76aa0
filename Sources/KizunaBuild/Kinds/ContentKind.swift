import KizunaContent
import KizunaSite

/// A kind of content, defined once: its folder and reader (`ItemKind`), its rules, its
/// publication and what it publishes (`PublishedKind`), and here its pages, its templates and
/// its search entries. The loader, the validator, the link check, the absent-content reasons,
/// the search index and the HTML pages all loop over the kinds of `ContentKinds`; adding a kind
/// is its model and reader, its views, its templates and strings, and one `register`.
public protocol ContentKind: PublishedKind {
    /// The theme templates its pages use: a theme without one fails to load, named.
    var templates: [String] { get }
    /// Its pages (lists and items), each with its route, its template and the maker of its view.
    func pages(of published: Published, _ plan: PagePlan) -> [PlannedPage]
    /// What the search page finds of it.
    func searchEntries(of published: Published, _ context: PageContext) -> [SearchEntry]
    /// Its pages' URLs sit at the site root (`/<slug>/`), where any of them could take a URL of
    /// the portal's own: they are planned after the portal's pages, so a clash is reported on
    /// the editor's file.
    var pagesAtSiteRoot: Bool { get }
    /// The page the portal's main navigation links for the kind (its section's `nav.<section>`
    /// string names it), or nil.
    var navigation: RouteTarget? { get }
    /// The UI string keys its views look up (besides those its templates name): a theme without
    /// one fails to load, named.
    var strings: Set<String> { get }
}

extension ContentKind {
    public var pagesAtSiteRoot: Bool { false }
    public var navigation: RouteTarget? { nil }
    public var strings: Set<String> { [] }
}
