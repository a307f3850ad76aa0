import KizunaContent
import KizunaSite

/// What the outputs declare their routes from, before anything is rendered: the derived site,
/// the theme, the build's content kinds and the planned pages.
public struct SitePlan: Sendable {
    public let derived: DerivedSite
    public let theme: Theme
    public let kinds: ContentKinds
    /// Every HTML page, planned once per language (`PagePlan`).
    public let pages: [PlannedPage]

    init(derived: DerivedSite, theme: Theme, kinds: ContentKinds) {
        self.derived = derived
        self.theme = theme
        self.kinds = kinds
        // One language today; the bilingual portal plans each language in this loop.
        pages = [derived.site.language].flatMap { PagePlan.pages(of: derived, kinds: kinds, language: $0) }
    }

    /// The site's language, for files that are not per language (sitemap, robots.txt).
    public var language: String { derived.site.language }
}
