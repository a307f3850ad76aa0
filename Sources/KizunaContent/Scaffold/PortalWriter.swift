import Foundation

/// Writes a `PortalTemplate` into a folder (`kizuna init`): only into a new or empty folder
/// (hidden files such as `.git` do not count) unless forced, and then, as everywhere Kizuna
/// writes content, never replacing a file and never through a symbolic link that leaves the
/// folder (`ScaffoldWriter.write`).
public enum PortalWriter {
    public enum Failure: CatalogueError, CustomStringConvertible {
        case notEmpty(String, entries: Int)
        case notFolder(String)
        case cannotCreateFolder(String, WriteFailure)
        case cannotWrite(ScaffoldWriter.Failure)

        public var message: InitMessage {
            switch self {
            case .notEmpty(let folder, let entries): .notEmpty(folder: folder, entries: entries)
            case .notFolder(let path): .notFolder(path: path)
            case .cannotCreateFolder(let path, let why): .cannotCreateFolder(path: path, why)
            case .cannotWrite(let failure): .cannotWrite(failure.message)
            }
        }

        public var text: LocalizedText { message.text }
        public var description: String { message.english }
    }

    /// The files written, and those kept because a file of that name was there (paths as
    /// `folder` + the file's path in the portal).
    public struct Written: Sendable, Equatable {
        public var created: [String] = []
        public var kept: [String] = []
    }

    /// The entries of `folder` that make it "not empty": all but hidden ones.
    static func visibleEntries(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
    }

    public static func create(_ template: PortalTemplate, in folder: String, force: Bool = false) throws(Failure) -> Written {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notFolder(folder) }
            let entries = visibleEntries(of: folder)
            if !entries.isEmpty && !force { throw .notEmpty(folder, entries: entries.count) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                let code = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
                throw .cannotCreateFolder(folder, .system(code: code, text: error.localizedDescription))
            }
        }
        var written = Written()
        for file in template.files {
            do {
                written.created.append(try ScaffoldWriter.write(file.text, to: file.path, contentDirectory: folder))
            } catch {
                guard case .exists(let path) = error else { throw .cannotWrite(error) }
                written.kept.append(path)
            }
        }
        return written
    }
}
