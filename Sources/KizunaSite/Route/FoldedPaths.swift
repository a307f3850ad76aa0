import Foundation

/// The output's paths as a case-insensitive disk or host sees them (macOS and Windows by default,
/// a checkout or an upload there, many web hosts): `static/A.txt` and `static/a.txt` are one
/// file, and `static/Docs/` and `static/docs/` one folder, so one would silently replace or swallow
/// the other. Each path and each of its folders is keyed by a fingerprint of its case-folded,
/// NFC-normalised bytes, so `é` as one code point and `e` + U+0301 (which normalising disks such
/// as APFS take as one name) meet too. Most paths are lower-case ASCII and cost one pass.
struct FoldedPaths {
    struct Clash {
        /// The path (a file, or a folder ending in `/`) that clashes, and the earlier one it meets.
        var path: String
        var earlier: String
        /// The earlier path's route, as its index in the table.
        var earlierRoute: Int
    }

    struct Key: Hashable {
        let a: UInt64, b: UInt64
    }

    /// A path recorded: its route's file and how many of its bytes it is.
    private var seen: [Key: (file: String, length: Int, route: Int)] = [:]
    /// The current path's keys and lengths, reused from path to path.
    private var pending: [(key: Key, length: Int)] = []

    /// Records `file` (and its folders) for the route numbered `route`, or returns the first
    /// earlier path it clashes with: the same once folded, not the same bytes. Nothing is
    /// recorded for a path that clashes.
    mutating func add(_ file: String, route: Int) -> Clash? {
        pending.removeAll(keepingCapacity: true)
        var bytes = file
        let ascii = bytes.withUTF8 { fingerprints(folded: $0, ends: nil) }
        if !ascii {
            // Folding keeps every `/`, so the n-th folder of the folded path is the n-th of the file.
            var ends = file.utf8.enumerated().filter { $0.element == UInt8(ascii: "/") }.map { $0.offset + 1 }
            ends.append(file.utf8.count)
            var folded = Self.folded(file)
            pending.removeAll(keepingCapacity: true)
            _ = folded.withUTF8 { fingerprints(folded: $0, ends: ends) }
        }
        for (key, length) in pending {
            guard let earlier = seen[key] else { continue }
            let mine = file.utf8.prefix(length), theirs = earlier.file.utf8.prefix(earlier.length)
            guard !mine.elementsEqual(theirs) else { continue }
            let path = String(decoding: mine, as: UTF8.self), other = String(decoding: theirs, as: UTF8.self)
            // A fingerprint shared by two other names is no clash.
            guard Self.folded(path) == Self.folded(other) else { continue }
            return Clash(path: path, earlier: other, earlierRoute: earlier.route)
        }
        for (key, length) in pending where seen[key] == nil { seen[key] = (file, length, route) }
        return nil
    }

    /// Two FNV-1a lanes over the bytes, ASCII upper case folded, read off at every `/` and at the
    /// end into `pending`, with the length of the file's path there (`ends`, when the bytes are
    /// not the file's own). False, and unfinished, when the bytes are not all ASCII and `ends`
    /// is nil: the path needs Unicode folding first.
    private mutating func fingerprints(folded bytes: UnsafeBufferPointer<UInt8>, ends: [Int]?) -> Bool {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        var folder = 0
        for (offset, byte) in bytes.enumerated() {
            if byte >= 0x80 && ends == nil { return false }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            a = (a ^ UInt64(lower)) &* 0x100_0000_01b3
            b = (b ^ UInt64(lower)) &* 0x0000_0100_0000_0129 &+ 0x9e37
            if byte == UInt8(ascii: "/") {
                pending.append((Key(a: a, b: b), ends.map { $0[min(folder, $0.count - 1)] } ?? offset + 1))
                folder += 1
            }
        }
        pending.append((Key(a: a, b: b), ends?.last ?? bytes.count))
        return true
    }

    static func folded(_ path: String) -> String {
        path.folding(options: .caseInsensitive, locale: nil).precomposedStringWithCanonicalMapping
    }
}
