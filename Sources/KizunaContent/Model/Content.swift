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

    /// Each language's translations (`x.en.md`) by the kind's folder, read over their originals.
    private var translated: [String: [String: any Sendable]] = [:]
    /// site.yaml as each language after the first reads it (`site.en.yaml` over site.yaml).
    public var translatedSites: [String: SiteConfig] = [:]
    /// In one language's content (`inLanguage`): the source files of items shown in the
    /// language of the site root because they have no translation into this one.
    public var untranslated: Set<String> = []

    public init(site: SiteConfig) { self.site = site }

    /// The translations of a kind's items into `language` (read over their originals).
    public subscript<K: ItemKind>(_ kind: K, language: String) -> [K.Item] {
        get { translated[language]?[kind.folder] as? [K.Item] ?? [] }
        set { translated[language, default: [:]][kind.folder] = newValue }
    }

    /// The content as `language`'s pages show it: site.yaml's text and each item in that
    /// language where translated; an item that is not is shown as written, and listed in
    /// `untranslated`, or left out, as site.yaml's `untranslated:` says. Kinds without text
    /// fields (profiles, snapshots) are the same in every language.
    public func inLanguage(_ language: String, kinds: [any ItemKind]) -> Content {
        guard language != site.defaultLanguage else { return self }
        var content = self
        content.site = translatedSites[language] ?? site
        content.site.language = language
        for kind in kinds { content.localize(kind, language) }
        return content
    }

    mutating func localize<K: ItemKind>(_ kind: K, _ language: String) {
        guard !kind.textFields.isEmpty else { return }
        let translations = Dictionary(self[kind, language].map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let show = site.untranslated == .show
        self[kind] = self[kind].compactMap { item in
            if let translation = translations[item.slug] { return translation }
            guard show else { return nil }
            untranslated.insert(item.at.file.path)
            return item
        }
    }

    /// The items of a kind; none when its folder is empty or missing.
    public subscript<K: ItemKind>(_ kind: K) -> [K.Item] {
        get { items[kind.folder] as? [K.Item] ?? [] }
        set { items[kind.folder] = newValue }
    }

    public func failed(in folder: String) -> [FailedItem] { failedItems.filter { $0.folder == folder } }

    /// `/static/…` of every file under content/static/, as fields such as `image:` name them.
    public var staticSitePaths: Set<String> { Set(staticFiles.map { "/" + StaticFile.sitePath($0.path) }) }
}
