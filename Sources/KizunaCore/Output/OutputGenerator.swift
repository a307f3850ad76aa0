import KizunaContent
import KizunaSite
/// One kind of output of a build: the HTML pages, the sitemap, the copied static files …
/// An output first declares every file it will write as routes (so the route table can check
/// them against all others and answer links to them), then writes those files from the
/// rendered site. Adding an output is adding one type and listing it in `Outputs.all`.
public protocol OutputGenerator: Sendable {
    /// The files this output writes, known before anything is rendered.
    func routes(for site: DerivedSite, theme: Theme) -> [Route]
    /// The files themselves. Throws with located errors; never writes an empty file instead.
    func files(for site: RenderedSite) throws(BuildFailure) -> [OutputFile]
}

/// The outputs of every build, in the order their files are listed.
public enum Outputs {
    public static let all: [any OutputGenerator] = [
        HTMLPages(),
        SitemapFile(),
        RobotsFile(),
        StaticFiles(),
        ThemeAssets(),
    ]
}
