import KizunaContent
import KizunaSite
/// `content/static/` copied byte for byte to `/static/`.
struct StaticFiles: OutputGenerator {
    var perLanguage: Bool { false }
    func routes(for plan: SitePlan) -> [Route] {
        plan.derived.staticFiles.map {
            Route(.staticFile($0.path), format: .file, language: plan.language, source: SourceLocation(path: $0.sourcePath))
        }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        for file in site.derived.staticFiles {
            try sink.write(OutputFile(RouteTarget.staticFile(file.path), contents: .copy(from: file.sourcePath)))
        }
    }
}

/// The theme's `assets/` copied to `/assets/`.
struct ThemeAssets: OutputGenerator {
    var perLanguage: Bool { false }
    func routes(for plan: SitePlan) -> [Route] {
        plan.theme.assets.map {
            Route(.asset($0.path), format: .file, language: plan.language, source: SourceLocation(path: $0.sourcePath))
        }
    }

    func write(_ site: RenderedSite, into sink: any OutputSink) throws {
        for asset in site.theme.assets {
            try sink.write(OutputFile(RouteTarget.asset(asset.path), contents: .copy(from: asset.sourcePath)))
        }
    }
}
