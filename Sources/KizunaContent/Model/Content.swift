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
    /// Each kind's items (`[K.Item]`, in the kind's order) by its folder.
    private var items: [String: any Sendable] = [:]
    public var staticFiles: [StaticFile] = []
    public var failedItems: [FailedItem] = []

    public init(site: SiteConfig) { self.site = site }

    /// The items of a kind; none when its folder is empty or missing.
    public subscript<K: ItemKind>(_ kind: K) -> [K.Item] {
        get { items[kind.folder] as? [K.Item] ?? [] }
        set { items[kind.folder] = newValue }
    }

    public func failed(in folder: String) -> [FailedItem] { failedItems.filter { $0.folder == folder } }

    /// `/static/…` of every file under content/static/, as fields such as `image:` name them.
    public var staticSitePaths: Set<String> { Set(staticFiles.map { "/" + StaticFile.sitePath($0.path) }) }
}
