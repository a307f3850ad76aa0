import Foundation

/// Load stage: reads a content folder into typed models. Problems are collected, not thrown,
/// so one run reports every mistake in every file.
public struct ContentLoader: Sendable {
    public var contentDirectory: String
    /// The kinds of content file read, each from its folder (`ContentKinds`).
    public var kinds: [any ItemKind]
    public var parser = YAMLParser()

    public init(contentDirectory: String, kinds: [any ItemKind]) {
        self.contentDirectory = contentDirectory
        self.kinds = kinds
    }

    public func load() -> (content: Content, diagnostics: Diagnostics) { load(readSite()) }

    /// The content, with site.yaml as `readSite()` read it (a build reads it once).
    public func load(_ siteFile: SiteFile) -> (content: Content, diagnostics: Diagnostics) {
        var diagnostics = siteFile.diagnostics
        if siteFile.folderMissing {
            var content = Content(site: .placeholder(file: .whole(contentDirectory)))
            content.siteLoaded = false
            return (content, diagnostics)
        }
        let root = Self.resolved(contentDirectory)
        let sitePath = siteFile.path
        let site = siteFile.config
        // Even with broken site settings, read and check everything else so one run reports every problem.
        let settings = site ?? SiteConfig.placeholder(file: SourceLocation(path: sitePath))
        var failed: [Content.FailedItem] = []

        var content = Content(site: settings)
        var loader = self
        if let site, let bytes = siteFile.bytes {
            content.translatedSites = siteTranslations(of: site, bytes: bytes, path: sitePath, &diagnostics)
            loader.siteTranslations = Set(site.languages.dropFirst().map { "site.\($0).yaml" })
        }
        loader.loadKinds(into: &content, root, settings, &failed, &diagnostics)
        loader.warnAboutUnknownEntries(&diagnostics)
        content.staticFiles = staticFiles(root, &diagnostics)
        content.siteLoaded = site != nil
        content.failedItems = failed
        return (content, diagnostics)
    }

    func loadKinds(into content: inout Content, _ root: String, _ settings: SiteConfig,
                   _ failed: inout [Content.FailedItem], _ diagnostics: inout Diagnostics) {
        for kind in kinds {
            load(kind, into: &content, root, settings, &failed, &diagnostics)
        }
    }

    /// The real path of a folder or file, symbolic links resolved.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// True (and a diagnostic) when `path` is a symbolic link to somewhere outside the content
    /// folder: a link to /etc/… or a private file must not be published. Links that stay inside
    /// the content folder are followed.
    func leavesContent(_ path: String, root: String, _ diagnostics: inout Diagnostics, severity: Diagnostic.Severity = .warning) -> Bool {
        let target = Self.resolved(path)
        guard target != root && !BuiltSite.isInside(target, root) else { return false }
        diagnostics.append(Diagnostic(severity, SourceLocation(path: path),
                                      LoadMessage.linkLeavesContent(target: target, stillBuilt: severity == .warning)))
        return true
    }

    /// What a content folder holds: site.yaml, static/ and each kind's folder.
    var knownEntries: Set<String> { Set(["site.yaml", "static"] + kinds.map(\.folder)).union(siteTranslations) }

    /// `site.en.yaml` for each language after the first: site.yaml's text in that language.
    var siteTranslations: Set<String> = []

    /// A misspelt folder (`evnets/`) would silently publish nothing; say so.
    func warnAboutUnknownEntries(_ diagnostics: inout Diagnostics) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: contentDirectory)) ?? []
        let known = knownEntries
        for name in names.sorted() where !name.hasPrefix(".") && !known.contains(name) && !name.uppercased().hasPrefix("README") {
            diagnostics.warning(SourceLocation(path: join(contentDirectory, name)), LoadMessage.unknownEntry(name, expected: known.sorted()))
        }
    }

    /// One kind's folder into `content`, each file read as the kind says.
    func load<K: ItemKind>(_ kind: K, into content: inout Content, _ root: String, _ site: SiteConfig,
                           _ failed: inout [Content.FailedItem], _ diagnostics: inout Diagnostics) {
        let zone = site.timeZone
        var translations: [TranslationFile] = []
        let items = loadEach(kind.folder, ext: kind.format.extensions, root, site, &failed, &diagnostics, translations: &translations) { file, slugName, d in
            switch kind.format {
            case .markdown: markdownItem(file, slugName, zone, &d) { reader, slug, body in withExtra(reader) { kind.read($0, slug: slug, body: body) } }
            case .yaml: yamlItem(file, slugName, zone, &d) { reader, slug in withExtra(reader) { kind.read($0, slug: slug, body: nil) } }
            }
        }
        content[kind] = kind.ordered(items)
        for file in translations {
            if let (language, item) = translation(file, of: kind, originals: items, site, &diagnostics) {
                content[kind, language].append(item)
            }
        }
    }

    /// Every kind's item takes `extra:`; the kinds' readers need not know it.
    func withExtra<T: ContentItem>(_ reader: FieldReader, _ read: (FieldReader) -> T?) -> T? {
        let extra = reader.extra()
        var item = read(reader)
        item?.extra = extra
        return item
    }

    // MARK: Files

    func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    /// Every file of a kind's folder, sorted by name so the order never depends on the disk.
    /// A file that fails to load is remembered in `failed`, with whatever slug it has. Files
    /// are read and parsed on every core; results and problems are merged in name order, so
    /// the outcome is the same as one file after the other.
    func loadEach<T: Sendable>(_ folder: String, ext: Set<String>, _ root: String, _ site: SiteConfig,
                               _ failed: inout [Content.FailedItem], _ diagnostics: inout Diagnostics,
                               translations: inout [TranslationFile],
                               _ read: @escaping @Sendable (SourceFile, String, inout Diagnostics) -> (item: T?, slug: String?)) -> [T] {
        let directory = join(contentDirectory, folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        if leavesContent(directory, root: root, &diagnostics) { return [] }
        var files: [(path: String, fileName: String)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = join(directory, name)
            // One lstat per entry; only a symbolic link costs a path resolution and a second stat.
            var type = FileStatus.of(path)?.type
            if type == .symbolicLink {
                if leavesContent(path, root: root, &diagnostics) { continue }
                type = FileStatus.of(Self.resolved(path))?.type
            }
            let fileExt = (name as NSString).pathExtension.lowercased()
            guard type != .directory, ext.contains(fileExt) else {
                diagnostics.warning(SourceLocation(path: path), LoadMessage.wrongExtension(folder: folder, extensions: ext.sorted()))
                continue
            }
            // A FIFO or device would block the read or never end; only regular files are content.
            guard type == .regular else {
                diagnostics.warning(SourceLocation(path: path), LoadMessage.notRegularFile)
                continue
            }
            let fileName = (name as NSString).deletingPathExtension
            // `welcome.en.md`: a translation, read once the originals are (`translation(_:of:)`).
            if let translation = TranslationFile(path: path, fileName: fileName, folder: folder) {
                translations.append(translation)
                continue
            }
            files.append((path, fileName))
        }

        let maxBytes = site.maxFileBytes
        let loaded = ParallelMap.map(files) { file -> (item: T?, slug: String?, diagnostics: Diagnostics) in
            var d = Diagnostics()
            var result: (item: T?, slug: String?) = (nil, nil)
            if let source = SourceFile.read(file.path, maxBytes: maxBytes, diagnostics: &d) {
                result = read(source, file.fileName, &d)
            }
            return (result.item, result.slug, d)
        }
        var items: [T] = []
        for (file, result) in zip(files, loaded) {
            diagnostics.append(contentsOf: result.diagnostics)
            if let item = result.item {
                items.append(item)
            } else {
                failed.append(Content.FailedItem(folder: folder, slug: result.slug, fileName: file.fileName, location: SourceLocation(path: file.path)))
            }
        }
        return items
    }

    func staticFiles(_ root: String, _ diagnostics: inout Diagnostics) -> [StaticFile] {
        let folder = join(contentDirectory, "static")
        if leavesContent(folder, root: root, &diagnostics) { return [] }
        // Copied verbatim, dotfiles too (`.well-known/`, `.nojekyll`); only litter is left out.
        let listing = regularFiles(under: folder, hidden: true)
        for (path, reason) in listing.skipped {
            diagnostics.warning(SourceLocation(path: path), reason)
        }
        var files: [StaticFile] = []
        for path in listing.files {
            let source = join(folder, path)
            if let reserved = path.split(separator: "/").first(where: { BuiltSite.isReserved(String($0)) }) {
                diagnostics.error(SourceLocation(path: source), LoadMessage.reservedName(String(reserved)))
                continue
            }
            files.append(StaticFile(path: path, sourcePath: source))
        }
        return files
    }

    // MARK: Documents

    /// A YAML file whose top level is the item's mapping.
    func yamlItem<T>(_ file: SourceFile, _ fileName: String, _ zone: TimeZone, _ diagnostics: inout Diagnostics,
                     _ read: (FieldReader, String) -> T?) -> (item: T?, slug: String?) {
        let result = parser.parse(file.text, path: file.path)
        diagnostics.append(contentsOf: result.diagnostics)
        guard let root = result.root, !result.diagnostics.hasErrors else { return (nil, nil) }
        let reader = FieldReader(root, zone: zone)
        let fileLocation = SourceLocation(path: file.path)
        let slug = Slug.read(reader, fileName: fileName, file: fileLocation)
        // Read the fields even when the slug is bad, so their own problems are reported too.
        let item = read(reader, slug ?? "")
        let problems = reader.finish()
        diagnostics.append(contentsOf: problems)
        return (problems.hasErrors || slug == nil ? nil : item, slug)
    }

    /// A Markdown file with YAML front matter.
    func markdownItem<T>(_ file: SourceFile, _ fileName: String, _ zone: TimeZone, _ diagnostics: inout Diagnostics,
                         _ read: (FieldReader, String, MarkdownSource) -> T?) -> (item: T?, slug: String?) {
        let fileLocation = SourceLocation(path: file.path)
        let parts: FrontMatter
        switch FrontMatter.split(file.text) {
        case .success(let split): parts = split
        case .failure(.missing):
            diagnostics.error(fileLocation, LoadMessage.missingFrontMatter)
            return (nil, nil)
        case .failure(.unterminated):
            diagnostics.error(fileLocation, LoadMessage.frontMatterNotClosed)
            return (nil, nil)
        }
        let result = parser.parse(parts.yaml, path: file.path, lineOffset: parts.yamlLineOffset)
        diagnostics.append(contentsOf: result.diagnostics)
        guard let root = result.root, !result.diagnostics.hasErrors else { return (nil, nil) }
        let reader = FieldReader(root, zone: zone)
        let slug = Slug.read(reader, fileName: fileName, file: fileLocation)
        let body = MarkdownSource(text: parts.body, location: SourceLocation(path: file.path, line: parts.bodyLine))
        for problem in MarkdownLimits.check(parts.body) {
            reader.error(SourceLocation(path: file.path, line: parts.bodyLine + problem.line - 1, column: problem.column), problem.message)
        }
        // libyaml refuses control characters in the front matter; Markdown would pass them on.
        for found in ControlCharacters.find(in: parts.body) {
            reader.error(SourceLocation(path: file.path, line: parts.bodyLine + found.line - 1, column: found.column), found.message)
        }
        let item = read(reader, slug ?? "", body)
        let problems = reader.finish()
        diagnostics.append(contentsOf: problems)
        return (problems.hasErrors || slug == nil ? nil : item, slug)
    }
}
