import Foundation

/// The mark of a folder Kizuna built. Loading never copies such a folder into a site (from
/// `static/` or a theme), and writing replaces no other kind of folder; both stages share it.
public enum BuiltSite {
    /// Every folder Kizuna builds carries this file.
    public static let markerName = ".kizuna-site"
    /// The fingerprints of a built site's pages, for reusing them in the next build.
    public static let pagesName = ".kizuna-pages"

    /// Names Kizuna gives its own files and folders: the marker, the page fingerprints, the cache
    /// (`.kizuna-cache`), and the staging and old folders of a swap (`.site.kizuna-new-123`,
    /// `.site.kizuna-old-123`). A published file may not take one, or a site could carry a
    /// marker or fingerprints nobody wrote, and cleaning up could take it for Kizuna's own.
    public static func isReserved(_ name: String) -> Bool {
        name.hasPrefix(".kizuna-") || name.contains(".kizuna-new-") || name.contains(".kizuna-old-")
    }
    /// Bumped when the layout of a built site changes in a way a later build must know about.
    public static let formatVersion = 1
    package static var markerContents: String { "kizuna-site \(formatVersion)\n" }

    /// What a built site records of the build that made it: the fingerprint of its inputs and
    /// what it wrote. Read from the marker's second line (`inputs <hex> pages <n> files <n>`).
    public struct Record: Equatable, Sendable {
        public var inputs: String
        public var pages: Int
        public var files: Int

        public init(inputs: String, pages: Int, files: Int) {
            self.inputs = inputs
            self.pages = pages
            self.files = files
        }

        var line: String { "inputs \(inputs) pages \(pages) files \(files)\n" }
    }

    package static func markerContents(recording record: Record?) -> String {
        markerContents + (record?.line ?? "")
    }

    /// The record of a built site, if its marker has one (read at most 512 bytes).
    public static func record(of directory: String) -> Record? {
        guard isBuilt(directory), let handle = FileHandle(forReadingAtPath: directory + "/" + markerName) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 512) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.count >= 2 else { return nil }
        let words = lines[1].split(separator: " ")
        guard words.count == 6, words[0] == "inputs", words[2] == "pages", words[4] == "files",
              let pages = Int(words[3]), let files = Int(words[5]) else { return nil }
        return Record(inputs: String(words[1]), pages: pages, files: files)
    }

    /// A folder Kizuna wrote: it holds the marker file, a regular file with the expected first word.
    public static func isBuilt(_ directory: String) -> Bool {
        let marker = directory + "/" + markerName
        guard FileStatus.of(marker)?.type == .regular,
              let handle = FileHandle(forReadingAtPath: marker) else { return false }
        defer { try? handle.close() }
        // Only the first word matters; a marker of any size is never read whole.
        let expected = Data("kizuna-site ".utf8)
        return (try? handle.read(upToCount: expected.count)) == expected
    }

    /// True when `path` lies strictly below `folder` (both absolute and standardized).
    package static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }
}
