import Foundation

/// The regular files below a folder, as relative paths sorted so order never depends on the disk,
/// and what was left out and why. System, version-control and editor litter (`IgnoredFiles`) is
/// skipped silently, and so are hidden files and folders unless `hidden` is true (static files
/// are copied verbatim, dotfiles included, and what they are made from is fingerprinted and
/// watched the same way; a theme's templates, strings and assets keep out hidden files). Symbolic links
/// are skipped with a reason: they could point anywhere on the machine, and nothing outside the
/// content or theme belongs in the site. So is a folder Kizuna built (it holds `.kizuna-site`):
/// an output placed inside the content by mistake must never be published again inside itself.
package struct FolderListing {
    package var files: [String] = []
    package var skipped: [(path: String, reason: LoadMessage)] = []
}

package func regularFiles(under directory: String, hidden: Bool = false) -> FolderListing {
    var listing = FolderListing()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return listing }
    collectRegularFiles(directory, relative: "", hidden: hidden, into: &listing)
    listing.files.sort()
    return listing
}

private func collectRegularFiles(_ root: String, relative: String, hidden: Bool, into listing: inout FolderListing) {
    let folder = relative.isEmpty ? root : root + "/" + relative
    for (name, type) in directoryEntries(folder) where (hidden || !name.hasPrefix(".")) && !IgnoredFiles.contains(name) {
        let path = relative.isEmpty ? name : relative + "/" + name
        let full = root + "/" + path
        switch type {
        case .regular:
            listing.files.append(path)
        case .directory:
            if BuiltSite.isBuilt(full) {
                listing.skipped.append((full, .builtSiteSkipped))
            } else {
                collectRegularFiles(root, relative: path, hidden: hidden, into: &listing)
            }
        case .symbolicLink:
            listing.skipped.append((full, .linkSkipped))
        case .other:
            continue
        }
    }
}

package enum EntryType { case regular, directory, symbolicLink, other }

/// A file's type and size from one `lstat` (or `stat`, following a symbolic link): FileManager's
/// `attributesOfItem` also looks up the owner's name, which cost more than the rest of reading a
/// small content file.
package struct FileStatus {
    package var type: EntryType
    package var size: Int

    package static func of(_ path: String, followingLinks: Bool = false) -> FileStatus? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        let type: EntryType = switch info.st_mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        default: .other
        }
        return FileStatus(type: type, size: Int(info.st_size))
    }
}

/// A folder's entries, sorted by name, with their types as `readdir` reports them (`lstat` only
/// where the file system does not say): FileManager's `attributesOfItem` also looks up the
/// owner's name, and on a large content folder that was most of the listing's time.
package func directoryEntries(_ folder: String) -> [(name: String, type: EntryType)] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var entries: [(name: String, type: EntryType)] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        guard name != ".", name != ".." else { continue }
        var type: EntryType
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_REG): type = .regular
        case Int32(DT_DIR): type = .directory
        case Int32(DT_LNK): type = .symbolicLink
        case Int32(DT_UNKNOWN): type = FileStatus.of(folder + "/" + name)?.type ?? .other
        default: type = .other
        }
        entries.append((name, type))
    }
    return entries.sorted { $0.name < $1.name }
}

