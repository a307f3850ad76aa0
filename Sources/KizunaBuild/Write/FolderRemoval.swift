import Foundation

/// Deletes a previous site after the swap, on every core: the user waits for it, and on a
/// large site unlinking ten thousand folders one by one was a tenth of a rebuild.
enum FolderRemoval {
    static func remove(_ folder: URL) {
        let fm = FileManager.default
        // The entries two levels down (`news/<slug>`), so one big section is shared out too.
        var pieces: [String] = []
        for entry in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let path = folder.path + "/" + entry
            // Not followed if it is a symbolic link: only what is inside the old site goes.
            guard (try? fm.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory else {
                pieces.append(path)
                continue
            }
            pieces += ((try? fm.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 }
        }
        let chunk = 64
        let all = pieces
        DispatchQueue.concurrentPerform(iterations: (pieces.count + chunk - 1) / chunk) { index in
            for path in all[(index * chunk)..<min(all.count, (index + 1) * chunk)] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        // What is left: the emptied folders, and anything that could not go above.
        try? fm.removeItem(at: folder)
    }
}
