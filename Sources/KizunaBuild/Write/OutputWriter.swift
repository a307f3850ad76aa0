import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KizunaContent
import KizunaSite

/// Write stage: the whole site goes into a fresh folder beside the output, then takes the
/// output's place in one step. Readers and a failed build never see a half-written site, and
/// a build that fails before the swap leaves the previous output exactly as it was.
public struct OutputWriter: Sendable {
    public var outputDirectory: String
    /// Folders the swap must never replace or sit above: the content and the theme.
    public var protectedDirectories: [String]

    /// What the marker records of this build, so a later build with the same inputs can skip.
    public var record: BuiltSite.Record?
    /// Pages whose fingerprint matches the previous build's are linked from it instead of rendered.
    public var reusePages: Bool

    public init(outputDirectory: String, protecting protectedDirectories: [String] = [], record: BuiltSite.Record? = nil,
                reusePages: Bool = false) {
        self.outputDirectory = outputDirectory
        self.protectedDirectories = protectedDirectories
        self.record = record
        self.reusePages = reusePages
    }

    public struct WriteError: CatalogueError, CustomStringConvertible {
        public var message: OutputMessage
        public init(_ message: OutputMessage) { self.message = message }
        public var text: LocalizedText { message.text }
        public var description: String { message.english }
    }

    /// Every folder Kizuna builds carries this file; only a folder with it (or an empty one) is
    /// ever replaced, and the content and theme walkers never copy a folder that has it.
    public static let markerName = BuiltSite.markerName
    static var markerContents: String { BuiltSite.markerContents }

    /// Checks the output may be replaced and opens a staging folder beside it, which outputs then
    /// write into as they render (from several threads). `commit` swaps it in; `abandon` removes it.
    public func begin() throws(WriteError) -> StagedSite {
        let fm = FileManager.default
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        try checkOutputIsReplaceable(output)
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        try Self.attempt(.createOutput(shownOutput), folder: parent) {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        Self.removeAbandonedFolders(in: parent, of: name)
        let staging = parent.appendingPathComponent(".\(name).kizuna-new-\(getpid())")
        if fm.fileExists(atPath: staging.path) {
            try Self.attempt(.removeUnfinished(staging.path)) { try fm.removeItem(at: staging) }
        }
        try Self.attempt(.createOutput(shownOutput), folder: staging) {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        }
        // Pages of the previous build can be reused only from a site Kizuna built.
        let previous = reusePages && BuiltSite.isBuilt(output.path) ? StagedSite.fingerprints(of: output) : [:]
        let staged = StagedSite(root: staging, output: output, shownOutput: shownOutput, previous: previous)
        do throws(WriteError) {
            // The marker goes in first, so even a folder abandoned half-written is recognisable.
            try Self.attempt(.write("\(shownOutput)/\(Self.markerName)")) {
                try Data(BuiltSite.markerContents(recording: record).utf8).write(to: staging.appendingPathComponent(Self.markerName))
            }
        } catch {
            abandon(staged)
            throw error
        }
        return staged
    }

    /// The staged site takes the output's place in one step.
    public func commit(_ staged: StagedSite) throws(WriteError) {
        do throws(WriteError) {
            try staged.writeFingerprints()
            try swap(staged.root, into: staged.output)
        } catch {
            abandon(staged)
            throw error
        }
    }

    /// A failed build: the staging folder goes, the previous output stays as it was.
    public func abandon(_ staged: StagedSite) {
        try? FileManager.default.removeItem(at: staged.root)
    }

    /// The output folder as the user gave it, for messages.
    var shownOutput: String {
        var path = outputDirectory
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// A build killed mid-way (SIGKILL, a CI timeout) leaves its staging folder, or the previous
    /// site it was deleting, beside the output. Remove those of processes that no longer run;
    /// a live pid may be another build writing right now, so its folders are left alone.
    static func removeAbandonedFolders(in parent: URL, of name: String) {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            guard let pid = abandonedPID(entry, of: name), pid != getpid(), !isRunning(pid) else { continue }
            let path = parent.appendingPathComponent(entry).path
            guard let attributes = try? fm.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeDirectory else { continue }
            try? fm.removeItem(atPath: path)
        }
    }

    /// The pid in `.site.kizuna-new-123` or `.site.kizuna-old-123`, for the output named `site`.
    static func abandonedPID(_ entry: String, of name: String) -> pid_t? {
        for kind in ["new", "old"] {
            let prefix = ".\(name).kizuna-\(kind)-"
            guard entry.hasPrefix(prefix) else { continue }
            let digits = entry.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return pid_t(digits)
        }
        return nil
    }

    static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno != ESRCH)
    }

    /// The swap replaces the output folder as a whole, so refuse one that holds other things:
    /// the content, the theme, the working directory, a folder inside the content or theme
    /// (the next build would publish the site inside itself), or a folder Kizuna did not build.
    func checkOutputIsReplaceable(_ output: URL) throws(WriteError) {
        let fm = FileManager.default
        let target = Self.resolved(output)
        var above = protectedDirectories.map { Self.resolved(URL(fileURLWithPath: $0)) }
        above.append(Self.resolved(URL(fileURLWithPath: fm.currentDirectoryPath)))
        if let home = ProcessInfo.processInfo.environment["HOME"] { above.append(Self.resolved(URL(fileURLWithPath: home))) }
        for path in above where target == "/" || path == target || Self.isInside(path, target) {
            throw WriteError(.wouldReplace(output: outputDirectory, path: path))
        }
        for path in protectedDirectories.map({ Self.resolved(URL(fileURLWithPath: $0)) }) where Self.isInside(target, path) {
            throw WriteError(.insideProtected(output: outputDirectory, path: path))
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: target, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw WriteError(.outputIsAFile(outputDirectory))
        }
        let entries = (try? fm.contentsOfDirectory(atPath: target)) ?? []
        if !entries.isEmpty && !Self.isBuiltSite(target) {
            throw WriteError(.notBuiltByKizuna(output: outputDirectory, marker: Self.markerName))
        }
    }

    /// A folder Kizuna wrote (see `BuiltSite`).
    public static func isBuiltSite(_ directory: String) -> Bool { BuiltSite.isBuilt(directory) }

    static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func isInside(_ path: String, _ folder: String) -> Bool { BuiltSite.isInside(path, folder) }

    /// A relative path that stays inside the output folder: no `..`, no absolute paths.
    static func checkedPath(_ path: String) throws(WriteError) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else {
            throw WriteError(.outsideOutput(path))
        }
        return parts.joined(separator: "/")
    }

    /// Exchanges the new folder with the old one atomically (`Platform.exchange`: renameat2
    /// RENAME_EXCHANGE on Linux, renamex_np RENAME_SWAP on macOS) where the system allows it;
    /// otherwise two renames with the old folder kept until the new is in place.
    func swap(_ staging: URL, into output: URL) throws(WriteError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw WriteError(.outputPathNotAFolder(output.path))
        }
        guard exists else {
            try Self.attempt(.moveIntoPlace(shownOutput)) { try fm.moveItem(at: staging, to: output) }
            return
        }
        if Platform.exchange(staging.path, output.path) {
            // The staging name now holds the previous site. Rename it before deleting, so a kill
            // during the deletion leaves a folder the next build knows to clean up.
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).kizuna-old-\(getpid())")
            if fm.fileExists(atPath: old.path) { try? fm.removeItem(at: old) }
            FolderRemoval.remove((try? fm.moveItem(at: staging, to: old)) != nil ? old : staging)
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).kizuna-old-\(getpid())")
        if fm.fileExists(atPath: old.path) {
            try Self.attempt(.removeLeftover(old.path)) { try fm.removeItem(at: old) }
        }
        try Self.attempt(.moveAside(shownOutput)) { try fm.moveItem(at: output, to: old) }
        do throws(WriteError) {
            try Self.attempt(.moveIntoPlace(shownOutput)) { try fm.moveItem(at: staging, to: output) }
        } catch {
            try? fm.moveItem(at: old, to: output)
            throw error
        }
        FolderRemoval.remove(old)
    }
}
