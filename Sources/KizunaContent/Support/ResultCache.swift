import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Results of an earlier build kept on disk, so a rebuild does not make them again: one file
/// per kind of result (`.kizuna-cache/markdown`), each entry under a fingerprint of everything
/// it was made from. The file also names the engine that wrote it; another `kizuna` starts
/// from nothing. A missing, unreadable or damaged file is an empty cache, never an error:
/// the cache only ever saves time.
///
/// A build appends only what it made, so editing one post writes one entry, not the whole
/// file; when more than half of the file is entries no longer used, it is written afresh with
/// only the used ones. Every entry carries a checksum: a build killed while appending, or two
/// builds appending at once, lose entries but never read wrong ones. Lookups and insertions
/// come from every core.
///
/// The checksum is public (`Hash128`), so it says nothing about who wrote an entry: anyone who
/// can write the file can write an entry that passes it. A result that reaches a page is
/// therefore either checked again when read (Markdown bodies: `RenderedHTMLRules`) or kept in a
/// cache made with a key (`authenticatedBy`), whose checksum is a SipHash only the key's holder
/// can compute; an entry written under another key reads as damage.
package final class ResultCache: @unchecked Sendable {
    package struct Key: Hashable, Sendable {
        let a: UInt64, b: UInt64
        package init(_ hash: Hash128) { (a, b) = hash.words }
    }

    /// The folder beside the content that holds the cache files.
    package static let folderName = ".kizuna-cache"

    let file: String?
    let header: [UInt8]
    /// The checksum's key, when entries must be authenticated; nil: the public checksum.
    let authenticator: SipHash?
    // Guards `previous`, `used` and `made`.
    private let lock = NSLock()
    private var previous: [Key: ArraySlice<UInt8>] = [:]
    /// The file as read: its size, and whether every byte of it was a sound entry.
    private var fileSize = 0
    private var fileIsSound = false
    private var used: Set<Key> = []
    /// What this build made, encoded only when saved: the results themselves are alive anyway
    /// (the derived site holds every rendered body), so holding their bytes too would double
    /// the memory a large build needs.
    private var made: [Key: @Sendable () -> [UInt8]] = [:]

    /// - Parameters:
    ///   - folder: where the cache files are; nil keeps results in memory only (nothing is saved).
    ///   - name: the file for this kind of result.
    ///   - engine: the engine's identity; entries written by another are not read.
    ///   - reading: false starts empty (`--no-cache`), but `save` still writes what this build made.
    ///   - authenticatedBy: a key; every entry's checksum is then a SipHash under it.
    package init(folder: String?, name: String, engine: String, reading: Bool = true, authenticatedBy key: SipHash? = nil) {
        file = folder.map { $0 + "/" + name }
        authenticator = key
        // The header says whether entries are keyed, so a keyed cache never reads a keyless file.
        header = Array("kizuna-cache 2 \(name)\(key == nil ? "" : " keyed") \(engine.replacingOccurrences(of: "\n", with: " "))\n".utf8)
        if reading, let file, let data = FileManager.default.contents(atPath: file) {
            let bytes = [UInt8](data)
            let read = Self.entries(of: bytes, header: header, authenticator: key)
            previous = read.entries
            fileSize = bytes.count
            fileIsSound = read.sound
        }
    }

    /// Entries found, and used or made, by this build (for tests and `--timings`).
    package var counts: (read: Int, used: Int, made: Int) { lock.withLock { (previous.count, used.count, made.count) } }

    /// The bytes stored under `key`, which this build then keeps.
    package func value(for key: Key) -> ArraySlice<UInt8>? {
        let found: (bytes: ArraySlice<UInt8>?, encode: (@Sendable () -> [UInt8])?) = lock.withLock {
            if let bytes = previous[key] {
                used.insert(key)
                return (bytes, nil)
            }
            return (nil, made[key])
        }
        return found.bytes ?? found.encode.map { $0()[...] }
    }

    /// Forgets an entry read from the file that turned out unusable (it failed the checks a
    /// result must pass), so this build's own result replaces it when the cache is saved.
    package func discard(_ key: Key) {
        lock.withLock {
            previous[key] = nil
            used.remove(key)
        }
    }

    package func insert(_ bytes: [UInt8], for key: Key) {
        insert(for: key) { bytes }
    }

    /// A result made by this build, to be encoded by `encode` when the cache is saved.
    package func insert(for key: Key, _ encode: @escaping @Sendable () -> [UInt8]) {
        lock.withLock { made[key] = encode }
    }

    /// Adds what this build made to the file, or writes it afresh when most of it is unused.
    /// Entries are encoded and written a megabyte at a time. Failing to write (a read-only
    /// checkout, a full disk) only costs the next build time.
    package func save() {
        guard let file else { return }
        let (kept, fresh, rewrite) = lock.withLock { () -> ([(Key, ArraySlice<UInt8>)], [(Key, @Sendable () -> [UInt8])], Bool) in
            let fresh = made.filter { previous[$0.key] == nil }.map { ($0.key, $0.value) }
            let kept = used.compactMap { key in previous[key].map { (key, $0) } }
            let live = header.count + kept.reduce(0) { $0 + Self.overhead + $1.1.count }
            // Appending keeps the file only when it is sound and at most half of it is dead.
            let rewrite = !fileIsSound || fileSize - live > live
            return (rewrite ? kept : [], fresh, rewrite)
        }
        if !rewrite && fresh.isEmpty { return }
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = file + ".new-\(getpid())"
        let path = rewrite ? temporary : file
        // O_APPEND: entries of two builds appending at once go one after the other.
        let fd = open(path, rewrite ? O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC : O_WRONLY | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var failed = false
        var buffer: [UInt8] = rewrite ? header : []
        func flush(atLeast limit: Int) {
            guard !failed, buffer.count >= limit else { return }
            failed = (try? FileBytes.write(buffer, to: fd)) == nil
            buffer.removeAll(keepingCapacity: true)
        }
        for (key, bytes) in kept.sorted(by: { ($0.0.a, $0.0.b) < ($1.0.a, $1.0.b) }) {
            Self.append(key, bytes, to: &buffer, authenticator: authenticator)
            flush(atLeast: 1 << 20)
        }
        for (key, encode) in fresh.sorted(by: { ($0.0.a, $0.0.b) < ($1.0.a, $1.0.b) }) {
            Self.append(key, encode()[...], to: &buffer, authenticator: authenticator)
            flush(atLeast: 1 << 20)
        }
        flush(atLeast: 1)
        close(fd)
        if rewrite && (failed || rename(temporary, file) != 0) { unlink(temporary) }
    }

    /// Key (16 bytes), length (4), checksum (8), then the bytes.
    static let overhead = 28

    static func checksum(_ key: Key, _ bytes: ArraySlice<UInt8>, authenticator: SipHash? = nil) -> UInt64 {
        if let authenticator {
            var message: [UInt8] = []
            message.reserveCapacity(16 + bytes.count)
            message.appendWord(key.a)
            message.appendWord(key.b)
            message.append(contentsOf: bytes)
            return authenticator.hash(message)
        }
        var hash = Hash128()
        hash.add(word: key.a)
        hash.add(word: key.b)
        bytes.withUnsafeBytes { hash.add($0) }
        return hash.words.0
    }

    static func append(_ key: Key, _ bytes: ArraySlice<UInt8>, to out: inout [UInt8], authenticator: SipHash? = nil) {
        out.appendWord(key.a)
        out.appendWord(key.b)
        out.appendWord(UInt64(bytes.count), width: 4)
        out.appendWord(checksum(key, bytes, authenticator: authenticator))
        out.append(contentsOf: bytes)
    }

    /// The entries of a cache file, up to the first damaged one; `sound` when there was none.
    static func entries(of bytes: [UInt8], header: [UInt8], authenticator: SipHash? = nil) -> (entries: [Key: ArraySlice<UInt8>], sound: Bool) {
        guard bytes.starts(with: header) else { return ([:], false) }
        var entries: [Key: ArraySlice<UInt8>] = [:]
        var offset = header.count
        while bytes.count - offset >= overhead {
            let key = Key(a: bytes.word(at: offset), b: bytes.word(at: offset + 8))
            let count = Int(bytes.word(at: offset + 16, width: 4))
            let sum = bytes.word(at: offset + 20)
            offset += overhead
            guard count <= bytes.count - offset else { return (entries, false) }
            let value = bytes[offset..<(offset + count)]
            guard checksum(key, value, authenticator: authenticator) == sum else { return (entries, false) }
            entries[key] = value
            offset += count
        }
        return (entries, offset == bytes.count)
    }
}

extension ResultCache.Key {
    init(a: UInt64, b: UInt64) {
        self.a = a
        self.b = b
    }
}

extension [UInt8] {
    /// Little-endian, `width` bytes.
    mutating func appendWord(_ value: UInt64, width: Int = 8) {
        for i in 0..<width { append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    func word(at offset: Int, width: Int = 8) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<width { value |= UInt64(self[offset + i]) << (8 * UInt64(i)) }
        return value
    }
}
