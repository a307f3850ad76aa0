#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few places where Linux's C library (Glibc) and macOS's (Darwin) differ, so the rest of
/// the code calls the same names on both: a call qualified by its module (`Glibc.write`, needed
/// where a type has a method of the same name), the modification time's field of `stat`, and
/// the atomic exchange of two folders. Everything else Kizuna calls (open, openat, mkdirat,
/// renameat, fstatat, readdir, realpath, sigwait …) has the same name and types on both, with
/// `mode_t` literals only (16 bits on Darwin, 32 on Linux).
package enum Platform {
    /// write(2): at most `count` bytes, the number written or -1 (errno set).
    package static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    /// open(2) without a mode (no `O_CREAT`).
    package static func open(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.open(path, flags)
        #else
        Darwin.open(path, flags)
        #endif
    }

    /// exit(3), where `exit` alone would mean something else (ArgumentParser's `exit(withError:)`).
    package static func exit(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }

    /// A file's modification time from `stat`: `st_mtim` on Linux, `st_mtimespec` on Darwin.
    package static func modificationTime(_ info: stat) -> (seconds: Int, nanoseconds: Int) {
        #if canImport(Darwin)
        (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
        (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
    }

    /// Exchanges two existing paths in one step, so a reader sees either the one or the other:
    /// renameat2(RENAME_EXCHANGE) on Linux, renamex_np(RENAME_SWAP) on macOS. false when the
    /// system or the file system cannot (old kernel or glibc, a file system without it); the
    /// caller then renames twice.
    package static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        // glibc ≥ 2.28 has renameat2, but Swift's Glibc module does not declare it (it needs
        // _GNU_SOURCE), so look it up at run time.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atFDCWD: Int32 = -100
        let renameExchange: UInt32 = 1 << 1
        return a.withCString { pa in b.withCString { pb in renameat2(atFDCWD, pa, atFDCWD, pb, renameExchange) } } == 0
        #elseif canImport(Darwin)
        // macOS 10.12 and later; APFS and HFS+ support RENAME_SWAP, other file systems fail with
        // ENOTSUP.
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
