import KizunaContent
import KizunaSite
/// One kind of output of a build: the HTML pages, the sitemap, the copied static files …
/// An output first declares every file it will write as routes (so the route table can check
/// them against all others and answer links to them), then makes those files from the
/// rendered site, handing each to the sink as soon as it is made. The sink takes only the files
/// the output declared. Adding an output is adding one type and listing it in `Outputs.all`.
public protocol OutputGenerator: Sendable {
    /// The files this output writes, known before anything is rendered.
    func routes(for plan: SitePlan) -> [Route]
    /// Makes the files into `sink` (which may be written from several threads). Throws a
    /// `BuildFailure` with located errors, or the sink's own error; never writes an empty file.
    func write(_ site: RenderedSite, into sink: any OutputSink) throws
    /// Made again for each language under its folder (`en/news/feed.xml`), or once at the site
    /// root for every language (the sitemap, robots.txt, static files, theme assets).
    var perLanguage: Bool { get }
}

extension OutputGenerator {
    public var perLanguage: Bool { true }
}

/// The outputs of every build, in the order their files are listed.
public enum Outputs {
    public static let all: [any OutputGenerator] = [
        HTMLPages(),
        NewsFeeds(),
        EventCalendars(),
        OpportunityFeeds(),
        SearchIndexFile(),
        SearchShardFiles(),
        DirectoryDataFile(),
        SurveyResultsFiles(),
        DigestTextFiles(),
        SitemapFile(),
        RobotsFile(),
        HeadersFile(),
        StaticFiles(),
        ThemeAssets(),
    ]
}
