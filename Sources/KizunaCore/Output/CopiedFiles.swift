import KizunaContent
import KizunaSite
/// `content/static/` copied byte for byte to `/static/`.
struct StaticFiles: OutputGenerator {
    func routes(for site: DerivedSite, theme: Theme) -> [Route] {
        site.staticFiles.map {
            Route(.staticFile($0.path), format: .file, language: site.site.language, source: SourceLocation(path: $0.sourcePath))
        }
    }

    func files(for site: RenderedSite) throws(BuildFailure) -> [OutputFile] {
        site.derived.staticFiles.map { OutputFile(path: RouteTarget.staticFile($0.path).file, contents: .copy(from: $0.sourcePath)) }
    }
}

/// The theme's `assets/` copied to `/assets/`.
struct ThemeAssets: OutputGenerator {
    func routes(for site: DerivedSite, theme: Theme) -> [Route] {
        theme.assets.map {
            Route(.asset($0.path), format: .file, language: site.site.language, source: SourceLocation(path: $0.sourcePath))
        }
    }

    func files(for site: RenderedSite) throws(BuildFailure) -> [OutputFile] {
        site.theme.assets.map { OutputFile(path: RouteTarget.asset($0.path).file, contents: .copy(from: $0.sourcePath)) }
    }
}
