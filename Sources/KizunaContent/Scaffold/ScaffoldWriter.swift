import Foundation

/// Writes a `Scaffold` into the content folder without ever replacing a file.
public enum ScaffoldWriter {
    public enum Failure: Error, CustomStringConvertible {
        case badSlug(String, String)
        case exists(String)
        case siteUnreadable([Diagnostic])
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .badSlug(let slug, let problem): "slug '\(Slug.shortened(slug))' \(problem)"
            case .exists(let path): "\(path) already exists; choose another slug or edit that file"
            case .siteUnreadable: "site.yaml could not be read; fix it first"
            case .cannotWrite(let path, let why): "cannot write \(path): \(why)"
            }
        }
    }

    /// Creates `<content>/<folder>/<slug>.<ext>` and returns its path. Today and the zone come
    /// from `now` and site.yaml, so the dates it writes are the site's.
    public static func create(_ kind: ContentKind, slug: String, contentDirectory: String, now: Date) throws(Failure) -> String {
        if let problem = Slug.problem(slug) { throw .badSlug(slug, problem) }
        var diagnostics = Diagnostics()
        let sitePath = (contentDirectory as NSString).appendingPathComponent("site.yaml")
        guard let site = ContentLoader(contentDirectory: contentDirectory).loadSite(sitePath, &diagnostics), !diagnostics.hasErrors else {
            throw .siteUnreadable(diagnostics.sorted)
        }
        let scaffold = Scaffold(today: LocalDate(now, zone: site.timeZone), zone: site.timeZone, segments: site.segments.map(\.slug))
        let path = (contentDirectory as NSString).appendingPathComponent(kind.relativePath(slug: slug))
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(folder, "\(error.localizedDescription)")
        }
        // O_EXCL: the check and the creation are one step, so nothing is ever overwritten.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .exists(path) }
            throw .cannotWrite(path, String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(scaffold.text(kind, slug: slug).utf8))
            try handle.close()
        } catch {
            throw .cannotWrite(path, "\(error.localizedDescription)")
        }
        return path
    }
}
