import Foundation

/// Regular files below a folder, relative paths sorted so order never depends on the disk.
/// Hidden files and folders are skipped, and so are symbolic links: they could point anywhere
/// on the machine, and nothing outside the content or theme belongs in the site.
func regularFiles(under directory: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var result: [String] = []
    for case let relative as String in enumerator {
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + relative),
              attributes[.type] as? FileAttributeType == .typeRegular else { continue }
        result.append(relative)
    }
    return result.sorted()
}
