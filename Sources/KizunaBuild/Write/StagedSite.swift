import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KizunaContent

/// Where outputs put the files they make: the staging folder of a build being written
/// (`StagedSite`), or memory (`CollectedFiles`, for `Build.renderedFiles()`). Several threads
/// write at once, each a different file.
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile) throws
}

/// A sink that can take a page unchanged from the previous build instead of having it rendered
/// again: the previous output's file is linked into the new site when the page's fingerprint
/// (its context, the templates and the engine) is the one recorded for it last time.
protocol PageReuse: Sendable {
    func reuse(_ path: String, fingerprint: String) -> Bool
    func record(_ path: String, fingerprint: String)
}

/// The staging folder of a build being written, beside the output. Files are written as they
/// are rendered, so the site is never held in memory whole.
public final class StagedSite: OutputSink, PageReuse, @unchecked Sendable {
    let root: URL
    let output: URL
    let shownOutput: String
    // Guards `seen` and `createdDirectories`; file contents are written outside it.
    private let lock = NSLock()
    private var seen: Set<String> = []
    private var createdDirectories: Set<String>

    /// Fingerprints of the previous build's pages (read from its `.kizuna-pages`), and this one's.
    private let previous: [String: String]
    private var recorded: [String: String] = [:]
    static let fingerprintsName = BuiltSite.pagesName
    /// Told of every file made, for a progress display.
    var progress: BuildProgress?

    init(root: URL, output: URL, shownOutput: String, previous: [String: String] = [:]) {
        self.root = root
        self.output = output
        self.shownOutput = shownOutput
        self.previous = previous
        createdDirectories = [root.path]
    }

    func reuse(_ path: String, fingerprint: String) -> Bool {
        guard previous[path] == fingerprint, let relative = try? OutputWriter.checkedPath(path) else { return false }
        let destination = root.appendingPathComponent(relative)
        do {
            try makeFolder(destination.deletingLastPathComponent().path)
        } catch {
            return false
        }
        let fresh = lock.withLock { seen.insert(relative).inserted }
        guard fresh else { return false }
        // A hard link: the previous site's file is never written again (every build writes new
        // files into a new folder), so sharing it is safe, and costs no copy.
        guard link(output.appendingPathComponent(relative).path, destination.path) == 0 else {
            _ = lock.withLock { seen.remove(relative) }
            return false
        }
        record(path, fingerprint: fingerprint)
        progress?.advance()
        return true
    }

    func record(_ path: String, fingerprint: String) {
        lock.withLock { recorded[path] = fingerprint }
    }

    /// The fingerprints of this build's pages, for the next build (written before the swap).
    func writeFingerprints() throws(OutputWriter.WriteError) {
        let lines = lock.withLock { recorded.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)\n" }.joined() }
        guard !lines.isEmpty else { return }
        try OutputWriter.attempt(.write("\(shownOutput)/\(Self.fingerprintsName)")) {
            try FileBytes.write(Data(lines.utf8), to: root.appendingPathComponent(Self.fingerprintsName).path)
        }
    }

    /// `<fingerprint> <path>` lines of a built site; empty when there are none or they are unreadable.
    static func fingerprints(of output: URL) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(fingerprintsName).path) else { return [:] }
        var map: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            map[String(line[line.index(after: space)...])] = String(line[..<space])
        }
        return map
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
        guard fresh else { throw OutputWriter.WriteError(.sameFileTwice(relative)) }
        if needsDirectory {
            try OutputWriter.attempt(.createFolder(shown(directory.path)), folder: directory, shown: shown) {
                try makeFolder(directory.path)
            }
        }
        switch file.contents {
        case .bytes(let data):
            try OutputWriter.attempt(.write("\(shownOutput)/\(relative)"), shown: shown) { try FileBytes.write(data, to: destination.path) }
        case .copy(let source):
            try OutputWriter.attempt(.copy(from: source, to: "\(shownOutput)/\(relative)"), shown: shown) {
                try FileManager.default.copyItem(atPath: source, toPath: destination.path)
            }
        }
        progress?.advance()
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
