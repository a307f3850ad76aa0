import Foundation

/// One build: load → validate → derive → render → write. Each stage is a value-in, value-out
/// step in its own folder; this is the whole pipeline.
public struct Build: Sendable {
    public struct Settings: Sendable {
        public var contentDirectory: String
        public var themeDirectory: String
        public var outputDirectory: String
        public var options: BuildOptions

        public init(contentDirectory: String = "content", themeDirectory: String = "themes/default",
                    outputDirectory: String = "site", options: BuildOptions) {
            self.contentDirectory = contentDirectory
            self.themeDirectory = themeDirectory
            self.outputDirectory = outputDirectory
            self.options = options
        }
    }

    public struct Report: Sendable {
        public var pages: Int
        public var files: Int
        public var warnings: [Diagnostic]
    }

    public var settings: Settings

    public init(_ settings: Settings) { self.settings = settings }

    /// Everything up to the files to write, without touching the output folder (`check` uses this).
    public func renderedFiles() throws(BuildFailure) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let (loaded, loadDiagnostics) = ContentLoader(contentDirectory: settings.contentDirectory).load()
        var problems = loadDiagnostics
        var validated: ValidatedSite?
        // Cross-file rules run even when some files failed to load, so one run reports everything.
        switch SiteValidator().validate(loaded) {
        case .success(let site): validated = site
        case .failure(let failure): failure.diagnostics.forEach { problems.append($0) }
        }
        // Check the theme even when content failed, so one run reports both.
        let language = loaded.site.language
        var theme: Theme?
        switch Theme.load(from: settings.themeDirectory, language: language) {
        case .success(let t): theme = t
        case .failure(let failure): failure.diagnostics.forEach { problems.append($0) }
        }
        guard !problems.hasErrors, let validated, let theme else { throw BuildFailure(problems.sorted) }

        let labels = MarkdownRenderer.Labels(footnotes: theme.strings["markdown.footnotes"], backToContent: theme.strings["markdown.back_to_content"])
        let options = settings.options.settled(in: validated.content.site.timeZone)
        let derived = SiteDeriver(options: options, markdownLabels: labels).derive(validated)
        let files = SiteRenderer(theme: theme).render(derived)
        let warnings = (problems.all + validated.warnings).filter { $0.severity == .warning }
        return (files, Diagnostics.sorting(warnings))
    }

    @discardableResult
    public func run() throws -> Report {
        let (files, warnings) = try renderedFiles()
        try OutputWriter(outputDirectory: settings.outputDirectory,
                         protecting: [settings.contentDirectory, settings.themeDirectory]).write(files)
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        return Report(pages: pages, files: files.count, warnings: warnings)
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
