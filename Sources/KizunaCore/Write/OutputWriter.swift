import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Write stage: the whole site goes into a fresh folder beside the output, then takes the
/// output's place in one step. Readers and a failed build never see a half-written site, and
/// a build that fails before the swap leaves the previous output exactly as it was.
public struct OutputWriter: Sendable {
    public var outputDirectory: String
    /// Folders the swap must never replace or sit above: the content and the theme.
    public var protectedDirectories: [String]

    public init(outputDirectory: String, protecting protectedDirectories: [String] = []) {
        self.outputDirectory = outputDirectory
        self.protectedDirectories = protectedDirectories
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public func write(_ files: [OutputFile]) throws {
        let fm = FileManager.default
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        try checkOutputIsReplaceable(output)
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(name).kizuna-new-\(getpid())")
        if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try writeAll(files, into: staging)
            try swap(staging, into: output)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    func writeAll(_ files: [OutputFile], into root: URL) throws {
        let fm = FileManager.default
        var seen: Set<String> = []
        var createdDirectories: Set<String> = [root.path]
        for file in files {
            let relative = try Self.checkedPath(file.path)
            guard seen.insert(relative).inserted else {
                throw WriteError(description: "two outputs want the same file '\(relative)'")
            }
            let destination = root.appendingPathComponent(relative)
            let directory = destination.deletingLastPathComponent()
            if !createdDirectories.contains(directory.path) {
                try fm.createDirectory(at: directory, withIntermediateDirectories: true)
                createdDirectories.insert(directory.path)
            }
            switch file.contents {
            case .bytes(let data):
                try data.write(to: destination)
            case .copy(let source):
                try fm.copyItem(atPath: source, toPath: destination.path)
            }
        }
    }

    /// The swap replaces the output folder as a whole, so refuse one that holds other things:
    /// the content, the theme, the working directory, or a folder that is not a built site.
    func checkOutputIsReplaceable(_ output: URL) throws {
        let fm = FileManager.default
        let target = output.resolvingSymlinksInPath().path
        var guarded = protectedDirectories.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        guarded.append(URL(fileURLWithPath: fm.currentDirectoryPath).resolvingSymlinksInPath().path)
        if let home = ProcessInfo.processInfo.environment["HOME"] { guarded.append(home) }
        for path in guarded where target == "/" || path == target || path.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
            throw WriteError(description: "refusing to use \(outputDirectory) as the output folder: it would replace \(path)")
        }
        if let entries = try? fm.contentsOfDirectory(atPath: target), !entries.isEmpty,
           !entries.contains("index.html"), !entries.contains("404.html") {
            throw WriteError(description: "refusing to replace \(outputDirectory): it is not empty and does not look like a site Kizuna built; remove it or choose another --output")
        }
    }

    /// A relative path that stays inside the output folder: no `..`, no absolute paths.
    static func checkedPath(_ path: String) throws -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else {
            throw WriteError(description: "refusing to write '\(path)' outside the output folder")
        }
        return parts.joined(separator: "/")
    }

    /// Exchanges the new folder with the old one atomically (renameat2 RENAME_EXCHANGE) where
    /// the kernel allows it; otherwise two renames with the old folder kept until the new is in place.
    func swap(_ staging: URL, into output: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw WriteError(description: "output path \(output.path) exists and is not a folder")
        }
        guard exists else {
            try fm.moveItem(at: staging, to: output)
            return
        }
        #if os(Linux)
        if Self.exchange(staging.path, output.path) {
            try fm.removeItem(at: staging)  // now holds the previous site
            return
        }
        #endif
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).kizuna-old-\(getpid())")
        if fm.fileExists(atPath: old.path) { try fm.removeItem(at: old) }
        try fm.moveItem(at: output, to: old)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: old, to: output)
            throw error
        }
        try? fm.removeItem(at: old)
    }

    #if os(Linux)
    /// renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE). glibc ≥ 2.28 has it, but Swift's
    /// Glibc module does not declare it (it needs _GNU_SOURCE), so look it up at run time.
    static func exchange(_ a: String, _ b: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atFDCWD: Int32 = -100
        let renameExchange: UInt32 = 1 << 1
        return a.withCString { pa in b.withCString { pb in renameat2(atFDCWD, pa, atFDCWD, pb, renameExchange) } } == 0
    }
    #endif
}
