import KizunaContent
import KizunaSite

/// The sink an output writes through: it passes on only the files the output declared as
/// routes, so a file no route declared (a path spelled by hand, a page the plan does not have)
/// fails where it is written, named, instead of slipping past the route table's checks.
struct DeclaredFiles: OutputSink {
    struct Undeclared: CatalogueError, CustomStringConvertible {
        var path: String
        var output: String
        var text: LocalizedText { OutputMessage.undeclaredFile(output: output, path: path).text }
        var description: String { text.en }
    }

    let files: Set<String>
    let output: String
    let sink: any OutputSink

    init(_ routes: [Route], output: any OutputGenerator, into sink: any OutputSink) {
        files = Set(routes.map(\.file))
        self.output = String(describing: type(of: output))
        self.sink = sink
    }

    func write(_ file: OutputFile) throws {
        guard files.contains(file.path) else { throw Undeclared(path: file.path, output: output) }
        try sink.write(file)
    }
}

extension DeclaredFiles {
    /// The sink underneath that can take pages unchanged from the previous build, if it can.
    static func pageReuse(of sink: any OutputSink) -> (any PageReuse)? {
        let inner = (sink as? DeclaredFiles)?.sink ?? sink
        if let language = inner as? LanguageFolderSink {
            return language.pages.map { LanguageFolderReuse(folder: language.folder, reuse: $0) }
        }
        return inner as? any PageReuse
    }
}
