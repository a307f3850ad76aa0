import Foundation

/// The regular files below a folder, as relative paths sorted so order never depends on the disk,
/// and what was left out and why. Hidden files and folders are skipped silently. Symbolic links
/// are skipped with a reason: they could point anywhere on the machine, and nothing outside the
/// content or theme belongs in the site. So is a folder Kizuna built (it holds `.kizuna-site`):
/// an output placed inside the content by mistake must never be published again inside itself.
package struct FolderListing {
    package var files: [String] = []
    package var skipped: [(path: String, reason: String)] = []
}

package func regularFiles(under directory: String) -> FolderListing {
    var listing = FolderListing()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return listing }
    collectRegularFiles(directory, relative: "", into: &listing)
    listing.files.sort()
    return listing
}

private func collectRegularFiles(_ root: String, relative: String, into listing: inout FolderListing) {
    let fm = FileManager.default
    let folder = relative.isEmpty ? root : root + "/" + relative
    guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
    for name in names.sorted() where !name.hasPrefix(".") {
        let path = relative.isEmpty ? name : relative + "/" + name
        let full = root + "/" + path
        guard let type = (try? fm.attributesOfItem(atPath: full))?[.type] as? FileAttributeType else { continue }
        switch type {
        case .typeRegular:
            listing.files.append(path)
        case .typeDirectory:
            if BuiltSite.isBuilt(full) {
                listing.skipped.append((full, "a site built by Kizuna is never copied into another site"))
            } else {
                collectRegularFiles(root, relative: path, into: &listing)
            }
        case .typeSymbolicLink:
            listing.skipped.append((full, "symbolic links are not followed here (the file could be anywhere on the machine); copy the file in instead"))
        default:
            continue
        }
    }
}
