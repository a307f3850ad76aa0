import Foundation
#if canImport(Glibc)
import Glibc
#endif
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

    /// mkdir for `path` and any parent not made yet. One system call per new folder: the
    /// staging folder starts empty, so only folders this build made can exist in it. Two threads
    /// may make the same folder at once; the second finds it there.
    private func makeFolder(_ path: String) throws {
        if lock.withLock({ createdDirectories.contains(path) }) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if parent.count >= root.path.count { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0 {
            let code = errno
            var isDirectory: ObjCBool = false
            // Made by another thread a moment ago is fine; a file of that name is not.
            guard code == EEXIST, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        }
        _ = lock.withLock { createdDirectories.insert(path) }
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
            try OutputWriter.attempt("cannot create the folder \(shown(directory.path))", folder: directory, shown: shown) {
                try makeFolder(directory.path)
            }
        }
        switch file.contents {
        case .bytes(let data):
            try OutputWriter.attempt("cannot write \(shownOutput)/\(relative)", shown: shown) { try FileBytes.write(data, to: destination.path) }
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
