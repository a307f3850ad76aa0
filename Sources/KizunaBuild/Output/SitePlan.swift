import KizunaContent
import KizunaSite

/// What the outputs declare their routes from, before anything is rendered: the derived site,
/// the theme, the build's content kinds and the planned pages.
public struct SitePlan: Sendable {
    public let derived: DerivedSite
    public let theme: Theme
    public let kinds: ContentKinds
    /// Every HTML page of the plan's language (`PagePlan`); each language has its plan.
    public let pages: [PlannedPage]

    init(derived: DerivedSite, theme: Theme, kinds: ContentKinds) {
        self.derived = derived
        self.theme = theme
        self.kinds = kinds
        var pages = PagePlan.pages(of: derived, kinds: kinds, language: derived.site.language)
        // A page shown untranslated repeats the root language's page: the sitemap lists that one.
        if !derived.untranslated.isEmpty {
            for index in pages.indices where pages[index].route.source.map({ derived.untranslated.contains($0.path) }) == true {
                pages[index].route.inSitemap = false
            }
        }
        self.pages = pages
    }

    /// The language of the plan's pages.
    public var language: String { derived.site.language }
}
