import Foundation

/// A content file read from disk as text: size checked, UTF-8 checked, BOM dropped, CRLF turned
/// into LF (line numbers stay the same, so locations still match what the editor sees).
public struct SourceFile: Sendable {
    public var path: String
    public var text: String

    /// - Parameter maxBytes: a larger file is refused before it is read (site.yaml `max_file_size_kb`).
    public static func read(_ path: String, maxBytes: Int = SiteConfig.defaultMaxFileBytes, diagnostics: inout Diagnostics) -> SourceFile? {
        guard let data = readBytes(path, maxBytes: maxBytes, diagnostics: &diagnostics) else { return nil }
        return decode(data, path: path, diagnostics: &diagnostics)
    }

    /// The file's bytes as they are on disk (`SiteFile` keeps site.yaml's for the build's fingerprint).
    static func readBytes(_ path: String, maxBytes: Int = SiteConfig.defaultMaxFileBytes, diagnostics: inout Diagnostics) -> Data? {
        if let size = FileStatus.of(path, followingLinks: true)?.size, size > maxBytes {
            diagnostics.error(SourceLocation(path: path), LoadMessage.fileTooLarge(kilobytes: Self.kilobytes(size), limit: Self.kilobytes(maxBytes)))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error(SourceLocation(path: path), LoadMessage.unreadable)
            return nil
        }
        // The size may have changed between the check and the read.
        guard data.count <= maxBytes else {
            diagnostics.error(SourceLocation(path: path), LoadMessage.fileGrew(limit: Self.kilobytes(maxBytes)))
            return nil
        }
        return data
    }

    /// Bytes read as text: UTF-8 checked, BOM dropped, CRLF turned into LF.
    static func decode(_ data: Data, path: String, diagnostics: inout Diagnostics) -> SourceFile? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.error(SourceLocation(path: path), LoadMessage.notUTF8)
            return nil
        }
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return SourceFile(path: path, text: text)
    }

    /// Rounded up, so a file just over the limit never reads as being at it.
    static func kilobytes(_ bytes: Int) -> Int { (bytes + 1023) / 1024 }
}
