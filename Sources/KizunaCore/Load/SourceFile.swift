import Foundation

/// A content file read from disk as text: UTF-8 checked, BOM dropped, CRLF turned into LF
/// (line numbers stay the same, so locations still match what the editor sees).
public struct SourceFile: Sendable {
    public var path: String
    public var text: String

    public static func read(_ path: String, diagnostics: inout Diagnostics) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error(SourceLocation(path: path), "cannot read file")
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.error(SourceLocation(path: path), "file is not valid UTF-8 text")
            return nil
        }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return SourceFile(path: path, text: text)
    }
}
