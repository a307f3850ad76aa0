import Foundation
import KizunaContent

/// Where outputs put the files they make: the staging folder of a build being written
/// (`StagedSite`), or memory (`CollectedFiles`, for `Build.renderedFiles()`). Several threads
/// write at once, each a different file.
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile) throws
}

/// The staging folder of a build being written, beside the output. Files are written as they
/// are rendered, so the site is never held in memory whole.
public final class StagedSite: OutputSink, @unchecked Sendable {
    let root: URL
    let output: URL
    let shownOutput: String
    // Guards `seen` and `createdDirectories`; file contents are written outside it.
    private let lock = NSLock()
    private var seen: Set<String> = []
    private var createdDirectories: Set<String>

    init(root: URL, output: URL, shownOutput: String) {
        self.root = root
        self.output = output
        self.shownOutput = shownOutput
        createdDirectories = [root.path]
    }

    /// Messages show the output folder, not the staging folder the files go to first.
    func shown(_ path: String) -> String {
        path == root.path || path.hasPrefix(root.path + "/") ? shownOutput + path.dropFirst(root.path.count) : path
    }

    public func write(_ file: OutputFile) throws {
        try writeFile(file)
    }

    func writeFile(_ file: OutputFile) throws(OutputWriter.WriteError) {
        let relative = try OutputWriter.checkedPath(file.path)
        let destination = root.appendingPathComponent(relative)
        let directory = destination.deletingLastPathComponent()
        let (fresh, needsDirectory) = lock.withLock {
            (seen.insert(relative).inserted, !createdDirectories.contains(directory.path))
        }
        guard fresh else { throw OutputWriter.WriteError(description: "two outputs want the same file '\(relative)'") }
        if needsDirectory {
            // Two threads may create the same folder at once: with intermediate folders on,
            // an existing folder is not an error.
            try OutputWriter.attempt("cannot create the folder \(shown(directory.path))", folder: directory, shown: shown) {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
            _ = lock.withLock { createdDirectories.insert(directory.path) }
        }
        switch file.contents {
        case .bytes(let data):
            try OutputWriter.attempt("cannot write \(shownOutput)/\(relative)", shown: shown) { try data.write(to: destination) }
        case .copy(let source):
            try OutputWriter.attempt("cannot copy \(source) to \(shownOutput)/\(relative)", shown: shown) {
                try FileManager.default.copyItem(atPath: source, toPath: destination.path)
            }
        }
    }
}

/// Files kept in memory instead of written: what `Build.renderedFiles()` returns.
final class CollectedFiles: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [OutputFile] = []

    func write(_ file: OutputFile) throws {
        lock.withLock { files.append(file) }
    }

    /// By path, whatever order the threads finished in.
    var sorted: [OutputFile] { lock.withLock { files.sorted { $0.path < $1.path } } }
}
