import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KizunaContent
import KizunaSite

/// Write-stage failures in plain words. Foundation's errors print as
/// "The operation could not be completed. (NSCocoaErrorDomain error 512.)", which names
/// neither the path nor the cause; every step of the writer goes through `attempt` instead.
extension OutputWriter {
    /// Runs one file-system step; a failure becomes a `WriteError` saying what could not be done
    /// (`step`, which names the path) and why.
    /// - Parameters:
    ///   - folder: the folder the step creates, to name a file standing in its way.
    ///   - shown: how a path found on disk is shown (the staging folder as the output folder).
    static func attempt<T>(_ step: @autoclosure () -> WriteStep, folder: URL? = nil, shown: (String) -> String = { $0 },
                           _ body: () throws -> T) throws(WriteError) -> T {
        do {
            return try body()
        } catch {
            throw WriteError(.failed(step(), reason(error, folder: folder, shown: shown)))
        }
    }

    /// Why a step failed: for a folder that cannot be made, the file in its way; otherwise the
    /// system's error ("No space left on device"), with its code for the Japanese words.
    static func reason(_ error: any Error, folder: URL? = nil, shown: (String) -> String = { $0 }) -> WriteFailure {
        let code = posixCode(of: error)
        if let folder, code == ENOTDIR || code == EEXIST, let file = fileInTheWay(of: folder) {
            return .fileInTheWay(shown(file))
        }
        if let code { return .system(code: code, text: String(cString: strerror(code))) }
        return .system(code: nil, text: (error as NSError).localizedDescription)
    }

    /// The POSIX error under a Foundation error, if there is one.
    static func posixCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
        // Foundation on Linux keeps the underlying error as a Swift POSIXError, not an NSError.
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error { return posixCode(of: underlying) }
        return nil
    }

    /// The first path on the way down to `folder` that exists but is not a folder.
    static func fileInTheWay(of folder: URL) -> String? {
        var paths: [String] = []
        var path = folder.standardizedFileURL.path
        while true {
            paths.append(path)
            let parent = (path as NSString).deletingLastPathComponent
            if parent == path || parent.isEmpty { break }
            path = parent
        }
        for path in paths.reversed() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            if !isDirectory.boolValue { return path }
        }
        return nil
    }
}
