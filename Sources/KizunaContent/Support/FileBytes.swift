import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file with plain POSIX calls. Foundation's `Data.write(to:)` fsyncs every file on
/// Linux. Like Hugo and Zola, Kizuna leaves flushing to the system: the swap keeps readers and a
/// failed or killed build safe; after a power cut a build may have to run again. (One `syncfs`
/// of the staged site before the swap was measured too: on 10,000 posts it cost 3 s more than
/// per-file fsync, and 4 s more than none; see docs/performance.md.)
package enum FileBytes {
    package static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write($0, to: path) }
    }

    /// - Parameter flags: `O_WRONLY | O_APPEND` adds to an existing file in one `write` where the
    ///   kernel allows.
    package static func write(_ bytes: [UInt8], to path: String, flags: Int32) throws {
        try bytes.withUnsafeBytes { try write($0, to: path, flags: flags) }
    }

    static func write(_ buffer: UnsafeRawBufferPointer, to path: String, flags: Int32 = O_WRONLY | O_CREAT | O_TRUNC) throws {
        let fd = open(path, flags | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try write(buffer, to: fd)
    }

    /// All of `bytes` to an open file.
    package static func write(_ bytes: [UInt8], to fd: Int32) throws {
        try bytes.withUnsafeBytes { try write($0, to: fd) }
    }

    static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Platform.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }
}
