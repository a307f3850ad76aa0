import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a `Scaffold` into the content folder without ever replacing a file.
public enum ScaffoldWriter {
    public enum Failure: CatalogueError, CustomStringConvertible {
        case badSlug(String, SlugProblem)
        case exists(String)
        case siteUnreadable([Diagnostic])
        case cannotWrite(String, WriteFailure)
        /// A folder on the way is a symbolic link to somewhere outside the content folder.
        case leavesContent(path: String, link: String, target: String)
        /// A translation refused before anything is read or written (`createTranslation`).
        case refused(ScaffoldMessage)
        /// The original to translate cannot be read: its problems, then the message.
        case originalUnreadable(path: String, [Diagnostic])

        public var message: ScaffoldMessage {
            switch self {
            case .badSlug(let slug, let problem): .badSlug(Slug.shortened(slug), problem)
            case .exists(let path): .exists(path: path)
            case .siteUnreadable: .siteUnreadable
            case .cannotWrite(let path, let why): .cannotWrite(path: path, why)
            case .leavesContent(let path, let link, let target): .leavesContent(path: path, link: link, target: target)
            case .refused(let message): message
            case .originalUnreadable(let path, _): .originalUnreadable(path: path)
            }
        }

        public var text: LocalizedText { message.text }
        public var description: String { message.english }

        /// The located problems printed before the message (site.yaml's, the original's).
        public var diagnostics: [Diagnostic] {
            switch self {
            case .siteUnreadable(let list), .originalUnreadable(_, let list): list
            default: []
            }
        }
    }

    /// Creates `<content>/<folder>/<slug>.<ext>` and returns its path. Today and the zone come
    /// from `now` and site.yaml, so the dates it writes are the site's.
    public static func create(_ kind: NewFileKind, slug: String, contentDirectory: String, now: Date) throws(Failure) -> String {
        if let problem = SlugProblem.of(slug) { throw .badSlug(slug, problem) }
        var diagnostics = Diagnostics()
        let sitePath = (contentDirectory as NSString).appendingPathComponent("site.yaml")
        guard let site = ContentLoader(contentDirectory: contentDirectory, kinds: []).loadSite(sitePath, &diagnostics), !diagnostics.hasErrors else {
            throw .siteUnreadable(diagnostics.sorted)
        }
        let scaffold = Scaffold(today: LocalDate(now, zone: site.timeZone), zone: site.timeZone, segments: site.segments.keys)
        return try write(scaffold.text(kind, slug: slug), to: kind.relativePath(slug: slug), contentDirectory: contentDirectory)
    }

    /// The folder `relative` is in, opened name by name from the content folder and never through
    /// a link that leaves it (see `ContainedFolder`), so the checks and the write see the same
    /// folders; and the file's name in it. The caller closes the descriptor. `path` names the
    /// file in a failure.
    package static func openFolder(of relative: String, path: String, contentDirectory: String) throws(Failure) -> (folder: Int32, fileName: String) {
        var names = relative.split(separator: "/").map(String.init)
        let fileName = names.removeLast()
        do {
            return (try ContainedFolder.open(names, in: contentDirectory), fileName)
        } catch {
            switch error {
            case .leavesContent(let link, let target): throw .leavesContent(path: path, link: link, target: target)
            case .cannotOpen(let folderPath, let code): throw .cannotWrite(folderPath, .system(code: code, text: String(cString: strerror(code))))
            }
        }
    }

    /// Creates `<content>/<relative>` with `text` and returns its path: never replacing a file,
    /// never through a symbolic link that leaves the content folder. `kizuna new` and
    /// `kizuna stats snapshot` write with it.
    package static func write(_ text: String, to relative: String, contentDirectory: String) throws(Failure) -> String {
        let path = (contentDirectory as NSString).appendingPathComponent(relative)
        let (folder, fileName) = try openFolder(of: relative, path: path, contentDirectory: contentDirectory)
        defer { close(folder) }
        try createFile(fileName, in: folder, text: text, path: path, exists: .exists(path))
        return path
    }

    /// Creates `name` in the open `folder` holding `text`. O_EXCL: the check and the creation are
    /// one step, so nothing is ever overwritten (a symbolic link in the file's place counts as
    /// existing, and is never followed); `exists` is thrown then, if given. `path` names the file
    /// in a failure; a write that fails removes the file it created. The importer writes its
    /// temporary file with it too.
    package static func createFile(_ name: String, in folder: Int32, text: String, path: String, exists: Failure?) throws(Failure) {
        let descriptor = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST, let exists { throw exists }
            throw .cannotWrite(path, .system(code: code, text: String(cString: strerror(code))))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            unlinkat(folder, name, 0)  // the half-written file this call created, never another
            throw .cannotWrite(path, .system(code: (error as NSError).domain == NSPOSIXErrorDomain ? Int32((error as NSError).code) : nil, text: error.localizedDescription))
        }
    }
}
