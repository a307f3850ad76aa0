import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KizunaContent

/// The secret that authenticates cached news cards (see `BuildCaches`), kept outside
/// `.kizuna-cache/`: `KIZUNA_CACHE_KEY` when it is set (CI keeps it among its secrets), else a
/// random key of this user's in `$XDG_STATE_HOME/kizuna/cache-key` (by default
/// `~/.local/state/kizuna/cache-key`), made on first use and readable by the user alone. Whoever
/// can write the cache but cannot read the key (a cache committed to the repository, restored
/// from CI's cache store, or copied from elsewhere) cannot write a card a build will use.
public enum CacheSecret {
    public static let variable = "KIZUNA_CACHE_KEY"

    /// The secret, or nil when there is none to be had (no home folder, an unwritable one).
    public static func resolve(environment: [String: String]) -> [UInt8]? {
        if let given = environment[variable], !given.isEmpty { return Array(given.utf8) }
        guard let file = userKeyFile(environment) else { return nil }
        return readKey(file) ?? makeKey(file)
    }

    static func userKeyFile(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/kizuna/cache-key" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/state/kizuna/cache-key" }
        return nil
    }

    /// 32 hex digits (and a line break); anything else is not taken as a key, nor overwritten.
    static func readKey(_ file: String) -> [UInt8]? {
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(fd, &buffer, buffer.count)
        guard count >= 32 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .newlines)
        guard text.utf8.count == 32, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else { return nil }
        return Array(text.utf8)
    }

    /// A new random key, written with O_EXCL (two builds at once: the second reads the first's).
    static func makeKey(_ file: String) -> [UInt8]? {
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var generator = SystemRandomNumberGenerator()
        let hex = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return errno == EEXIST ? readKey(file) : nil }
        let line = Array((hex + "\n").utf8)
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return written == line.count ? Array(hex.utf8) : nil
    }
}
