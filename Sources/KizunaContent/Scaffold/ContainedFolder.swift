import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder below the content folder, opened one name at a time from the content folder's own
/// descriptor with `O_NOFOLLOW`, so what `kizuna new` writes stays inside the content folder even
/// if a folder on the way is swapped for a symbolic link between a check and the write.
///
/// A symbolic link on the way is followed only when it resolves inside the content folder (as
/// the loader follows it, so the file written is one the build reads): its resolved path is
/// walked again from the content folder, every name again with `O_NOFOLLOW`. A link that leaves
/// the content folder is refused.
enum ContainedFolder {
    enum Failure: Error {
        /// `link` (as the user would write it) resolves to `target`, outside the content folder.
        case leavesContent(link: String, target: String)
        /// The folder and the POSIX error.
        case cannotOpen(String, Int32)
    }

    /// Links followed on one walk before giving up (as the kernel's own limit of 40).
    static let maxLinks = 40

    /// An open descriptor of `root/names…`, each missing folder created; the caller closes it.
    static func open(_ names: [String], in root: String) throws(Failure) -> Int32 {
        let rootFD = Platform.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootFD >= 0 else { throw .cannotOpen(root, errno) }
        defer { close(rootFD) }
        let rootReal = realPath(root) ?? root
        var pending = names
        var index = 0
        var links = 0
        var shown = root
        var folder = dup(rootFD)
        while index < pending.count {
            let name = pending[index]
            var next = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT {
                // EEXIST: another process made it in between; it is opened (and checked) below.
                if mkdirat(folder, name, 0o755) != 0 && errno != EEXIST {
                    let why = errno
                    close(folder)
                    throw .cannotOpen(shown + "/" + name, why)
                }
                next = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            if next >= 0 {
                close(folder)
                folder = next
                shown += "/" + name
                index += 1
                continue
            }
            let why = errno
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFLNK else {
                close(folder)
                throw .cannotOpen(shown + "/" + name, why)
            }
            close(folder)
            let link = shown + "/" + name
            guard let target = realPath(link) else { throw .cannotOpen(link, ENOENT) }
            guard target == rootReal || BuiltSite.isInside(target, rootReal) else { throw .leavesContent(link: link, target: target) }
            links += 1
            guard links <= maxLinks else { throw .cannotOpen(link, ELOOP) }
            // Walk the resolved path again from the content folder: it holds no link now, and a
            // link swapped in meanwhile is met (and checked) like this one.
            let inside = target == rootReal ? [] : target.dropFirst(rootReal.count + 1).split(separator: "/").map(String.init)
            pending = inside + pending[(index + 1)...]
            index = 0
            shown = root
            folder = dup(rootFD)
        }
        return folder
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

}
