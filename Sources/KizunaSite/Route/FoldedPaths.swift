import Foundation

/// The output's paths as a case-insensitive disk or host sees them (macOS and Windows by default,
/// a checkout or an upload there, many web hosts): `static/A.txt` and `static/a.txt` are one
/// file, and `static/Docs/` and `static/docs/` one folder, so one would silently replace or swallow
/// the other. Keys are case-folded; Swift compares strings by canonical equivalence, so `é` as one
/// code point and `e` + U+0301 (which normalising disks such as APFS also take as one) meet too.
struct FoldedPaths {
    struct Clash {
        /// The path (a file, or a folder ending in `/`) that clashes, and the earlier one it meets.
        var path: String
        var earlier: String
        /// The earlier path's route, as its index in the table.
        var earlierRoute: Int
    }

    private var seen: [String: (path: Substring, route: Int)] = [:]
    /// Folder prefixes already recorded: most routes share theirs (`news/`), so each is folded once.
    private var folders: Set<Substring> = []

    /// Records `file` (and its folders) for the route numbered `route`, or returns the first
    /// earlier path it clashes with: equal when folded, but not the same bytes.
    mutating func add(_ file: String, route: Int) -> Clash? {
        var ends = file.utf8.indices.filter { file.utf8[$0] == UInt8(ascii: "/") }.map { file.utf8.index(after: $0) }
        ends.append(file.endIndex)
        for end in ends {
            let path = file[..<end]
            let isFolder = end != file.endIndex
            if isFolder && folders.contains(path) { continue }
            let key = Self.folded(path)
            if let earlier = seen[key] {
                if !earlier.path.utf8.elementsEqual(path.utf8) {
                    return Clash(path: String(path), earlier: String(earlier.path), earlierRoute: earlier.route)
                }
            } else {
                seen[key] = (path, route)
            }
            if isFolder { folders.insert(path) }
        }
        return nil
    }

    /// ASCII is folded byte by byte; anything else through Foundation's Unicode case folding.
    static func folded(_ path: Substring) -> String {
        let utf8 = path.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(path) }
            return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return path.folding(options: .caseInsensitive, locale: nil)
    }
}
