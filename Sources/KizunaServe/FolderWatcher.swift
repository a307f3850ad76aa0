import Foundation
import KizunaContent

/// Notices a change under some folders by comparing snapshots of every file's path, size and
/// modification time. Polling with stat is portable and cheap (10,000 files in a few ms) and
/// sees every editor's way of saving (in place, rename over, delete and create).
struct FolderWatcher: Sendable {
    struct Stamp: Hashable, Sendable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
    }

    var folders: [String]

    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            // Hidden files too: static/ publishes them (`.well-known/`); editors' swap files are not listed.
            for file in regularFiles(under: folder, hidden: true).files {
                let path = folder + "/" + file
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                let modified = Platform.modificationTime(info)
                stamps[path] = Stamp(size: Int(info.st_size), seconds: modified.seconds, nanoseconds: modified.nanoseconds)
            }
        }
        return stamps
    }
}
