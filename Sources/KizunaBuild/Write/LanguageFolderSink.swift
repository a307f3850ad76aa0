import KizunaContent
import KizunaSite

/// The sink another language's outputs write through: each file goes under the language's
/// folder (`news/x/index.html` → `en/news/x/index.html`), so outputs name files as they do at
/// the site root. A page unchanged since the last build is taken from there under its folder too.
final class LanguageFolderSink: OutputSink, @unchecked Sendable {
    let folder: String
    let sink: any OutputSink
    /// The sink's page reuse, when it has one (a staged site; not files kept in memory).
    let pages: (any PageReuse)?

    init(folder: String, sink: any OutputSink) {
        self.folder = folder
        self.sink = sink
        pages = DeclaredFiles.pageReuse(of: sink)
    }

    func write(_ file: OutputFile) throws {
        var file = file
        file.path = folder + file.path
        try sink.write(file)
    }
}

/// Pages of another language are reused as the root's are, under the language's folder.
final class LanguageFolderReuse: PageReuse, @unchecked Sendable {
    let folder: String
    let reuse: any PageReuse

    init(folder: String, reuse: any PageReuse) {
        self.folder = folder
        self.reuse = reuse
    }

    func reuse(_ path: String, fingerprint: String) -> Bool { reuse.reuse(folder + path, fingerprint: fingerprint) }
    func record(_ path: String, fingerprint: String) { reuse.record(folder + path, fingerprint: fingerprint) }
}
