/// Files that systems, version control and editors leave beside real ones: never published,
/// never fingerprinted, never watched. Everything else under `static/` is copied as it is,
/// dotfiles included.
package enum IgnoredFiles {
    /// Whole names: version-control folders and files, and the folder notes of macOS and Windows.
    static let names: Set<String> = [
        ".git", ".gitignore", ".gitattributes", ".gitkeep", ".gitmodules", ".svn", ".hg",
        ".DS_Store", "Thumbs.db", "ehthumbs.db", "desktop.ini",
    ]

    /// True for a name in `names`, an editor's swap, lock or backup file (`.x.md.swp`, `.#x.md`,
    /// `#x.md#`, `x.md~`), or macOS's resource-fork shadow of a file (`._x.png`).
    package static func contains(_ name: String) -> Bool {
        if names.contains(name) { return true }
        let utf8 = name.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if last == UInt8(ascii: "~") { return true }
        if first == UInt8(ascii: "#") && last == UInt8(ascii: "#") && utf8.count > 1 { return true }
        if first == UInt8(ascii: ".") && (name.hasPrefix(".#") || name.hasPrefix("._")) { return true }
        return name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".swx")
    }
}
