import Foundation

/// The mark of a folder Kizuna built. Loading never copies such a folder into a site (from
/// `static/` or a theme), and writing replaces no other kind of folder; both stages share it.
public enum BuiltSite {
    /// Every folder Kizuna builds carries this file.
    public static let markerName = ".kizuna-site"
    /// Bumped when the layout of a built site changes in a way a later build must know about.
    public static let formatVersion = 1
    package static var markerContents: String { "kizuna-site \(formatVersion)\n" }

    /// A folder Kizuna wrote: it holds the marker file, a regular file with the expected first word.
    public static func isBuilt(_ directory: String) -> Bool {
        let marker = directory + "/" + markerName
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: marker),
              attributes[.type] as? FileAttributeType == .typeRegular,
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
