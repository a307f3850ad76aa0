import Foundation
import KizunaContent

/// The members' allowlist: every registered member's address (`email:` of `content/alumni/`),
/// lower-cased, sorted, once each, one per line. A members build writes it beside the project,
/// never inside the published folder, for the login in front of the members build to read
/// (oauth2-proxy's `--authenticated-emails-file`, or a sync to Cloudflare Access).
public enum Allowlist {
    /// Where the allowlist goes: from site.yaml (`members.allowlist`, else the default), or a path
    /// given on the command line (relative to the working folder).
    public enum Location: Sendable, Equatable {
        case site
        case path(String)
    }

    /// What was written, for the build's summary.
    public struct Written: Sendable, Equatable {
        public var path: String
        public var addresses: Int
        /// Profiles without `email:`: those members cannot sign in.
        public var withoutEmail: Int
        /// Of the file's bytes, as `sha256sum` prints it.
        public var sha256: String
    }

    /// `auth/allowlist.txt` in the project folder (the content folder's parent).
    public static let defaultPath = "auth/allowlist.txt"

    /// The file's text: one address a line, each line ending in a line feed (empty with no address).
    public static func text(of profiles: [Profile]) -> (text: String, addresses: Int, withoutEmail: Int) {
        let addresses = Set(profiles.compactMap { $0.email }.filter { EmailAddress.problem($0) == nil }.map(EmailAddress.normalized))
        let sorted = addresses.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return (sorted.map { $0 + "\n" }.joined(), sorted.count, profiles.filter { $0.email == nil }.count)
    }

    /// The path to write, and where to point at when it is refused: site.yaml's `members.allowlist`
    /// is relative to the project folder, `--allowlist` to the working folder.
    static func resolve(_ location: Location, site: SiteConfig?, contentDirectory: String) -> (path: String, at: SourceLocation) {
        switch location {
        case .path(let path):
            return (path, .whole(path))
        case .site:
            let project = URL(fileURLWithPath: contentDirectory).standardizedFileURL.deletingLastPathComponent()
            let written = site?.members?.allowlist ?? defaultPath
            let at = site?.members?.allowlist != nil ? site!.at["members.allowlist"] : .whole(written)
            let url = written.hasPrefix("/") ? URL(fileURLWithPath: written) : project.appendingPathComponent(written)
            return (shown(url.standardizedFileURL.path), at)
        }
    }

    /// Refuses a path inside the output folder (it would be published) or the content folder (it
    /// would be read as content, and static files are copied into the site), or an existing folder.
    static func check(_ path: String, at: SourceLocation, output: String, content: String) throws(BuildFailure) {
        let target = resolved(path)
        if target == resolved(output) || OutputWriter.isInside(target, resolved(output)) {
            throw BuildFailure([.error(at, MembersMessage.allowlistInsideOutput(allowlist: path, output: output))])
        }
        if target == resolved(content) || OutputWriter.isInside(target, resolved(content)) {
            throw BuildFailure([.error(at, MembersMessage.allowlistInsideContent(allowlist: path, content: content))])
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            throw BuildFailure([.error(at, MembersMessage.allowlistNotWritten(allowlist: path, .system(code: EISDIR, text: String(cString: strerror(EISDIR)))))])
        }
    }

    /// Writes `text` atomically: into a new file beside the target, flushed, then renamed over it,
    /// so a login service rereading the file sees the old list or the new one, never half of one.
    /// The file is readable by its owner and group only (0640): it is personal data.
    static func write(_ text: String, to path: String, at: SourceLocation) throws(BuildFailure) {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        func fail(_ code: Int32) -> BuildFailure {
            try? fm.removeItem(atPath: temporary)
            return BuildFailure([.error(at, MembersMessage.allowlistNotWritten(allowlist: path, .system(code: code, text: String(cString: strerror(code)))))])
        }
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { Int32($0.code) } ?? EACCES
            throw fail(code)
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o640)
        guard fd >= 0 else { throw fail(errno) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Platform.write(fd, $0.baseAddress, $0.count) }
            if n < 0 { let code = errno; close(fd); throw fail(code) }
            offset += n
        }
        if fsync(fd) != 0 { let code = errno; close(fd); throw fail(code) }
        close(fd)
        if rename(temporary, path) != 0 { throw fail(errno) }
    }

    /// Checks, makes and writes the allowlist of the content's profiles.
    static func make(_ path: String, at: SourceLocation, site: SiteFile, contentDirectory: String) throws(BuildFailure) -> Written {
        let (content, diagnostics) = ContentLoader(contentDirectory: contentDirectory, kinds: [ProfileKind()]).load(site)
        var problems = diagnostics
        ProfileKind().check(content[ProfileKind()], in: content, &problems)
        guard !problems.hasErrors else { throw BuildFailure(problems.sorted) }
        let (text, count, withoutEmail) = text(of: content[ProfileKind()])
        try write(text, to: path, at: at)
        return Written(path: path, addresses: count, withoutEmail: withoutEmail, sha256: SHA256.hex(text))
    }

    /// A path as the editor reads it: relative to the working folder when inside it.
    static func shown(_ path: String) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        return OutputWriter.isInside(path, cwd) ? String(path.dropFirst(cwd.count + (cwd == "/" ? 0 : 1))) : path
    }

    /// Symbolic links resolved in the part of the path that exists (the file itself may not yet).
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: url.path) && url.path != "/" {
            rest.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var base = url.resolvingSymlinksInPath().path
        for part in rest { base = base == "/" ? "/" + part : base + "/" + part }
        return base
    }
}
