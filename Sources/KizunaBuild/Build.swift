import Foundation
import KizunaContent
import KizunaSite

/// One build: load → validate → derive → route → render → write. Each stage is a value-in,
/// value-out step in its own folder; this is the whole pipeline.
public struct Build: Sendable {
    public struct Settings: Sendable {
        public var contentDirectory: String
        /// nil: site.yaml's `theme`, found as `ThemeLocator` describes.
        public var themeDirectory: String?
        public var outputDirectory: String
        public var options: BuildOptions
        public var outputs: [any OutputGenerator]
        /// The content kinds read (`ContentKinds.builtIn`, and any registered).
        public var kinds: ContentKinds = .builtIn
        /// Skip the build when the output was built from exactly these inputs, and take pages whose
        /// fingerprint is unchanged from the previous output (`--no-cache` turns both off).
        public var useCache: Bool
        /// Where rendered Markdown and news cards are kept for the next build (`.kizuna-cache/`
        /// beside the content, for the command line); nil keeps nothing. Read only with `useCache`.
        public var cacheDirectory: String?
        /// Authenticates cached news cards (`CacheSecret`); without it cards are not cached.
        public var cacheSecret: [UInt8]?
        /// Also report the loose ends only `kizuna check` shows (`EditorCheck`).
        public var editorWarnings = false
        /// Updated as the build goes, for a progress display; nil when nobody watches.
        public var progress: BuildProgress?
        /// Also write the members' allowlist (`Allowlist`), outside the output; nil: none (the
        /// command sets it for `--audience members`).
        public var allowlist: Allowlist.Location?

        public init(contentDirectory: String = "content", themeDirectory: String? = nil,
                    outputDirectory: String = "site", options: BuildOptions, outputs: [any OutputGenerator] = Outputs.all,
                    kinds: ContentKinds = .builtIn, useCache: Bool = true, cacheDirectory: String? = nil) {
            self.kinds = kinds
            self.cacheDirectory = cacheDirectory
            self.contentDirectory = contentDirectory
            self.themeDirectory = themeDirectory
            self.outputDirectory = outputDirectory
            self.options = options
            self.outputs = outputs
            self.useCache = useCache
        }

        /// `.kizuna-cache/` beside the content folder, so every output and audience of one
        /// project share it, and it stays out of the content and the site.
        public static func cacheDirectory(forContent content: String) -> String {
            URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent()
                .appendingPathComponent(ResultCache.folderName).path
        }
    }

    public struct Report: Sendable {
        public var pages: Int
        public var files: Int
        public var warnings: [Diagnostic]
        /// Pages by part of the portal ("news", "events" …), in the order the portal lists them.
        public var pagesBySection: [(section: String, pages: Int)] = []
        /// The output was already built from exactly these inputs: nothing was read or written.
        public var unchanged = false
        /// Wall time of each stage.
        public var timings = StageTimings()
        /// The members' allowlist written beside the site, when the settings asked for one.
        public var allowlist: Allowlist.Written?
    }

    public var settings: Settings

    public init(_ settings: Settings) { self.settings = settings }

    /// Everything up to the files to write, without touching the output folder (`check` uses
    /// this). Route collisions and broken links are reported here, before anything is rendered.
    public func renderedFiles() throws(BuildFailure) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let prepared = try prepare(siteFile())
        let files = CollectedFiles()
        do {
            try write(prepared, into: files)
        } catch let failure as BuildFailure {
            throw failure
        } catch {
            // Memory does not fail to take a file; an output may still write one it did not declare.
            throw BuildFailure([Diagnostic(.error, SourceLocation(path: settings.outputDirectory), .describing(error))])
        }
        return (files.sorted, prepared.warnings)
    }

    /// Everything before the first file is made: the site, its routes and links checked.
    struct Prepared {
        /// Each language of the portal, the one at the site root first.
        var languages: [LanguageBuild]
        var warnings: [Diagnostic]
        /// The theme's folder and those of the themes it extends (`ThemeChain`).
        var themeDirectories: [String]
        var timings: StageTimings
        var caches: BuildCaches?

        /// The site root's language (the only one of a one-language portal).
        var site: RenderedSite { languages[0].site }
        /// Every route of the build, each language's under its folder.
        var routeCount: (pages: Int, files: Int) {
            languages.reduce((0, 0)) { sum, language in
                let routes = language.site.routes.routes
                return (sum.0 + routes.filter { $0.file.hasSuffix(".html") }.count, sum.1 + routes.count)
            }
        }
    }

    /// One language's site and what its outputs declared. The root language's outputs are all
    /// of the build's; another language's are those made per language (`OutputGenerator.perLanguage`).
    struct LanguageBuild {
        var site: RenderedSite
        /// The outputs this language writes, each with its declared routes.
        var outputs: [(output: any OutputGenerator, routes: [Route])]
    }

    /// site.yaml, read once per build (`SiteFile`): the theme, the fingerprint and the loader
    /// take this one reading.
    /// `--base-url` takes base_url's place here, so every stage after it sees one address.
    func siteFile() -> SiteFile {
        var file = ContentLoader(contentDirectory: settings.contentDirectory, kinds: []).readSite()
        if let base = settings.options.baseURL { file.config?.base = base }
        return file
    }

    func prepare(_ site: SiteFile, _ timings: StageTimings = StageTimings()) throws(BuildFailure) -> Prepared {
        var timings = timings
        let (loaded, loadDiagnostics) = ContentLoader(contentDirectory: settings.contentDirectory, kinds: settings.kinds.items).load(site)
        timings.lap("load")
        settings.progress?.begin("validate")
        var problems = loadDiagnostics
        // Cross-file rules run even when some files failed to load, so one run reports everything.
        let (validated, validation) = SiteValidator(kinds: settings.kinds.items).check(loaded)
        validation.forEach { problems.append($0) }
        timings.lap("validate")
        settings.progress?.begin("theme")
        // Check the theme even when content failed, so one run reports both.
        var theme: Theme?
        let themeDirectory = settings.themeDirectory ?? locateTheme(loaded, &problems)
        if let folder = themeDirectory {
            let (loadedTheme, themeDiagnostics) = Theme.load(from: folder, languages: loaded.site.languages, kinds: settings.kinds,
                                                                 contentDirectory: settings.contentDirectory)
            problems.append(contentsOf: themeDiagnostics)
            theme = loadedTheme
        }
        timings.lap("theme")
        settings.progress?.begin("derive")
        // With errors in some files, the others are still derived, routed and their links checked,
        // so a dead link comes in the same run as a field error elsewhere; nothing is rendered.
        guard let validated, let theme else { throw BuildFailure(problems.sorted) }

        let options = settings.options.settled(in: validated.content.site.timeZone)
        let caches = settings.cacheDirectory.flatMap { BuildCaches(folder: $0, reading: settings.useCache, secret: settings.cacheSecret) }
        let deriver = SiteDeriver(options: options, kinds: settings.kinds.published, markdownCache: caches?.markdown)
        let languages = validated.content.site.languages
        // Each language is derived, planned and routed like a one-language site: the root one
        // first (its table answers for what another language leaves out), then the others
        // under their folders, sharing the root's static files and assets.
        var plans: [(content: Content, derived: DerivedSite, plan: SitePlan, outputs: [(any OutputGenerator, [Route])], routes: RouteTable)] = []
        for language in languages {
            let content = validated.content.inLanguage(language, kinds: settings.kinds.items)
            let localTheme = theme.inLanguage(language)
            let derived = deriver.derive(validated.in(content))
            if plans.isEmpty {
                problems.append(contentsOf: DeadlineCheck.warnings(derived))
                if settings.editorWarnings { problems.append(contentsOf: EditorCheck.warnings(derived, profiles: validated.content[ProfileKind()])) }
            }
            let plan = SitePlan(derived: derived, theme: localTheme, kinds: settings.kinds)
            let root = plans.first
            let outputs = settings.outputs.filter { root == nil || $0.perLanguage }.map { ($0, $0.routes(for: plan)) }
            let own = outputs.flatMap(\.1)
            let routes: RouteTable
            if let root {
                let shared = root.outputs.filter { !$0.0.perLanguage }.flatMap(\.1)
                routes = RouteTable(own, site: derived.site, folder: language + "/", shared: shared, fallback: root.routes, diagnostics: &problems)
            } else {
                routes = RouteTable(own, site: derived.site, diagnostics: &problems)
            }
            plans.append((content, derived, plan, outputs, routes))
        }
        LanguageFolders.check(plans[0].routes, languages: languages, site: validated.content.site, &problems)
        timings.lap("derive")
        settings.progress?.begin("routes")
        var links: [LinkResolver] = []
        for entry in plans {
            let absent = AbsentContent(content: entry.content, broken: validated.broken, kinds: settings.kinds.published,
                                       scope: BuildScope(options: options, site: entry.derived.site), routes: entry.routes)
            let resolver = LinkResolver(routes: entry.routes, absent: absent, kinds: settings.kinds.published, contentDirectory: settings.contentDirectory)
            problems.append(contentsOf: resolver.check(entry.derived))
            links.append(resolver)
        }
        guard !problems.hasErrors else { throw BuildFailure(problems.sorted) }
        timings.lap("routes")
        settings.progress?.begin("views")

        let translations = SiteLanguages(plans.map { SiteLanguages.Language(code: $0.derived.site.language, routes: $0.routes, untranslated: $0.content.untranslated) })
        let built = zip(plans, links).map { entry, resolver in
            LanguageBuild(site: RenderedSite(plan: entry.plan, routes: entry.routes, links: resolver, languages: translations, cardCache: caches.flatMap(\.cards)),
                          outputs: entry.outputs)
        }
        timings.lap("views")
        let warnings = Diagnostics.sorting(problems.warnings)
        return Prepared(languages: built, warnings: warnings, themeDirectories: theme.chain.roots, timings: timings, caches: caches)
    }

    /// Every output makes its files into `sink`, only those it declared; located problems of all
    /// outputs are reported together.
    /// Writes every language's outputs; returns the wall time of the search index's (what search
    /// adds to a build, for `--timings` and the search benchmark).
    @discardableResult
    func write(_ prepared: Prepared, into sink: any OutputSink) throws -> Double {
        var problems = Diagnostics()
        var search = 0.0
        for language in prepared.languages {
            // Another language's files go under its folder (`en/`); its outputs name them as the root's do.
            let folder = language.site.routes.folder
            let target = folder.isEmpty ? sink : LanguageFolderSink(folder: folder, sink: sink)
            for (output, routes) in language.outputs {
                let start = DispatchTime.now().uptimeNanoseconds
                do {
                    try output.write(language.site, into: DeclaredFiles(routes, output: output, into: target))
                } catch let failure as BuildFailure {
                    failure.diagnostics.forEach { problems.append($0) }
                }
                if output is SearchShardFiles { search += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
            }
        }
        if problems.hasErrors { throw BuildFailure(problems.sorted) }
        return search
    }

    /// The fingerprint of this build's inputs, or nil when they cannot be told (site.yaml or the
    /// theme not found: the build then runs and reports why).
    func inputFingerprint(_ site: SiteFile) -> String? {
        guard let themes = themeFolders(site) else { return nil }
        return InputFingerprint.of(content: settings.contentDirectory, themes: themes, options: settings.options, site: site)
    }

    /// The theme folder and those of the themes it extends, or nil when one cannot be found (the
    /// build then reports why). A change in any of them changes the site: `kizuna serve` watches them all.
    public func themeFolders() -> [String]? { themeFolders(siteFile()) }

    func themeFolders(_ site: SiteFile) -> [String]? {
        themeFolder(site).flatMap { ThemeChain.resolve($0, contentDirectory: settings.contentDirectory).chain?.roots }
    }

    /// The theme folder this build uses, or nil when site.yaml or the theme cannot be found
    /// (the build then reports why). `kizuna serve` watches it: outside a build, this reads
    /// site.yaml for itself.
    public func themeFolder() -> String? { themeFolder(siteFile()) }

    func themeFolder(_ site: SiteFile) -> String? {
        if let folder = settings.themeDirectory { return folder }
        guard let config = site.config,
              case .success(let folder) = ThemeLocator.locate(config, contentDirectory: settings.contentDirectory) else { return nil }
        return folder
    }

    func locateTheme(_ content: Content, _ problems: inout Diagnostics) -> String? {
        // Without a readable site.yaml the theme's name is unknown: its errors are reported already.
        guard content.siteLoaded else { return nil }
        switch ThemeLocator.locate(content.site, contentDirectory: settings.contentDirectory) {
        case .success(let folder): return folder
        case .failure(let failure):
            failure.diagnostics.forEach { problems.append($0) }
            return nil
        }
    }

    @discardableResult
    public func run() throws -> Report {
        // Fingerprinted before anything but site.yaml is read, and site.yaml from the bytes the
        // build reads: a file edited during the build makes the next build see other inputs and run again.
        var timings = StageTimings()
        let site = siteFile()
        let inputs = inputFingerprint(site)
        timings.lap("fingerprint")
        // Refused before anything is built: an allowlist inside the output would be published.
        let allowlist = settings.allowlist.map { Allowlist.resolve($0, site: site.config, contentDirectory: settings.contentDirectory) }
        if let allowlist {
            try Allowlist.check(allowlist.path, at: allowlist.at, output: settings.outputDirectory, content: settings.contentDirectory)
        }
        // Written even when the site is unchanged: the file may have been removed or edited since.
        func writeAllowlist() throws(BuildFailure) -> Allowlist.Written? {
            guard let allowlist else { return nil }
            return try Allowlist.make(allowlist.path, at: allowlist.at, site: site, contentDirectory: settings.contentDirectory)
        }
        if settings.useCache, let inputs, let recorded = BuiltSite.record(of: settings.outputDirectory), recorded.inputs == inputs {
            var report = Report(pages: recorded.pages, files: recorded.files, warnings: [], unchanged: true, timings: timings)
            report.allowlist = try writeAllowlist()
            return report
        }
        let prepared = try prepare(site, timings)
        timings = prepared.timings
        let (pages, files) = prepared.routeCount
        settings.progress?.begin("render", total: files)
        let routes = prepared.languages.flatMap(\.site.routes.routes)
        let writer = OutputWriter(outputDirectory: settings.outputDirectory,
                                  protecting: [settings.contentDirectory] + prepared.themeDirectories,
                                  record: inputs.map { BuiltSite.Record(inputs: $0, pages: pages, files: files) },
                                  reusePages: settings.useCache)
        // Pages go into the staging folder as they are rendered; the swap happens only when
        // every output succeeded, so a failure leaves the previous output as it was.
        // Everything cached is made by now (bodies in derive, cards in views): save it while the
        // pages render. Entries are filed by their inputs, so they are right even if the build fails.
        let saving = DispatchGroup()
        if let caches = prepared.caches {
            DispatchQueue.global().async(group: saving) { caches.save() }
        }
        defer { saving.wait() }
        let staged = try writer.begin()
        staged.progress = settings.progress
        var written: Allowlist.Written?
        do {
            let search = try write(prepared, into: staged)
            timings.lap("render+write")
            timings.part(of: "render+write", "search index", seconds: search)
            // Before the swap: if it cannot be written, the build fails and the site stays as it was.
            written = try writeAllowlist()
            settings.progress?.begin("swap")
            try writer.commit(staged)
            timings.lap("swap")
        } catch {
            writer.abandon(staged)
            throw error
        }
        var report = Report(pages: pages, files: files, warnings: prepared.warnings, timings: timings)
        report.allowlist = written
        // In the order the routes come (the portal's order), "other" last.
        var counts: [String: Int] = [:], order: [String] = []
        for route in routes where route.file.hasSuffix(".html") {
            let section = route.target.summary
            if counts[section] == nil { order.append(section) }
            counts[section, default: 0] += 1
        }
        order.sort { ($0 == "other" ? 1 : 0) < ($1 == "other" ? 1 : 0) }
        report.pagesBySection = order.map { ($0, counts[$0]!) }
        return report
    }
}

extension Diagnostics {
    static func sorting(_ list: [Diagnostic]) -> [Diagnostic] {
        var d = Diagnostics()
        var seen = Set<Diagnostic>()
        for item in list where seen.insert(item).inserted { d.append(item) }
        return d.sorted
    }
}
