import KizunaContent
import KizunaSite
/// `content/static/` copied byte for byte to `/static/`.
struct StaticFiles: OutputGenerator {
    func routes(for site: DerivedSite, theme: Theme) -> [Route] {
        site.staticFiles.map {
            Route(.staticFile($0.path), format: .file, language: site.site.language, source: SourceLocation(path: $0.sourcePath))
        }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        for file in site.derived.staticFiles {
            try sink.write(OutputFile(path: RouteTarget.staticFile(file.path).file, contents: .copy(from: file.sourcePath)))
        }
    }
}

/// The theme's `assets/` copied to `/assets/`.
struct ThemeAssets: OutputGenerator {
    func routes(for site: DerivedSite, theme: Theme) -> [Route] {
        theme.assets.map {
            Route(.asset($0.path), format: .file, language: site.site.language, source: SourceLocation(path: $0.sourcePath))
        }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        for asset in site.theme.assets {
            try sink.write(OutputFile(path: RouteTarget.asset(asset.path).file, contents: .copy(from: asset.sourcePath)))
        }
    }
}
