/// Everything loaded from a content folder: the output of the Load stage.
public struct Content: Sendable {
    /// A file of a kind's folder that could not be loaded. Its slug is still known (from the
    /// file name, or its `slug:` when that field was readable), so duplicate slugs and references
    /// to it are checked in the same run instead of hiding behind its first error.
    public struct FailedItem: Sendable {
        /// The kind's folder: `news`, `alumni` …
        public var folder: String
        public var slug: String?
        public var fileName: String
        public var location: SourceLocation
    }

    /// When site.yaml itself failed, a stand-in so every other file is still loaded and checked;
    /// the build fails on site.yaml's errors either way.
    public var site: SiteConfig
    public var siteLoaded = true
    public var news: [NewsPost] = []
    public var events: [Event] = []
    public var opportunities: [Opportunity] = []
    public var profiles: [Profile] = []
    public var surveys: [Survey] = []
    public var asks: [Ask] = []
    public var pages: [Page] = []
    /// `stats/*.yaml`, oldest first: the network's counts as published over time.
    public var snapshots: [StatsSnapshot] = []
    public var staticFiles: [StaticFile] = []
    public var failedItems: [FailedItem] = []

    public func failed(in folder: String) -> [FailedItem] { failedItems.filter { $0.folder == folder } }
}
