import Foundation

/// A sign-up form's CSV export, read as RFC 4180 says (quoted cells, doubled quotes, line breaks
/// inside quotes, CRLF or LF; tab-separated when the header line has tabs and no comma, as Excel's
/// "Unicode text" is), with where each cell starts in the file as a text editor shows it.
public struct CSVTable: Sendable {
    /// One cell: its text and where it starts (line and character column, 1-based).
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// One record: its cells, and the line it starts on.
    public struct Row: Sendable {
        public var cells: [Cell]
        public var line: Int
        /// The cell of `index`, or an empty one at the row's start when the row is short.
        public func cell(_ index: Int) -> Cell {
            index < cells.count ? cells[index] : Cell(text: "", line: line, column: 1)
        }
    }

    /// The text encodings an export comes in (`encoding:` in the mapping; `auto` tells them apart).
    public enum Encoding: String, Sendable, CaseIterable {
        case auto
        case utf8 = "utf-8"
        case utf16 = "utf-16"
        case shiftJIS = "shift_jis"
    }

    public var path: String
    public var header: Row
    public var rows: [Row]
    /// The encoding the file was read in.
    public var encoding: Encoding

    /// Bytes as text: a UTF-8 BOM is dropped; UTF-16 is recognised by its BOM; bytes that are not
    /// UTF-8 are read as Shift_JIS (Windows code page 932, as Excel writes it in Japan).
    public static func decode(_ data: Data, as encoding: Encoding) -> (text: String, encoding: Encoding)? {
        let bytes = [UInt8](data)
        func utf16() -> String? { String(data: data, encoding: .utf16) }
        func shiftJIS() -> String? { String(data: data, encoding: .shiftJIS) }
        func utf8() -> String? {
            String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        }
        switch encoding {
        case .utf8: return utf8().map { ($0, .utf8) }
        case .utf16: return utf16().map { (dropBOM($0), .utf16) }
        case .shiftJIS: return shiftJIS().map { ($0, .shiftJIS) }
        case .auto:
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return utf16().map { (dropBOM($0), .utf16) } }
            if let text = utf8() { return (text, .utf8) }
            return shiftJIS().map { ($0, .shiftJIS) }
        }
    }

    static func dropBOM(_ text: String) -> String { text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text }

    /// Reads `text`; every record with a different number of cells than the header is an error,
    /// and an unterminated quote stops the reading (nothing after it can be told apart).
    public static func parse(_ text: String, path: String, encoding: Encoding = .utf8, diagnostics: inout Diagnostics) -> CSVTable? {
        var records: [Row] = []
        var cells: [Cell] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var cellLine = 1, cellColumn = 1, rowLine = 1
        var quoted = false, inQuotes = false
        var quoteLine = 1, quoteColumn = 1
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var index = scalars.startIndex
        // Excel's "Unicode text" (UTF-16) separates cells with tabs: a header line with tabs and
        // no comma is read that way.
        let firstLine = scalars.prefix { $0 != "\n" && $0 != "\r" }
        let separator: Unicode.Scalar = firstLine.contains("\t") && !firstLine.contains(",") ? "\t" : ","

        func endCell() {
            cells.append(Cell(text: String(field), line: cellLine, column: cellColumn))
            field = String.UnicodeScalarView()
            quoted = false
        }
        func endRow() {
            endCell()
            // A blank line (one empty cell) is no record.
            if !(cells.count == 1 && cells[0].text.isEmpty) { records.append(Row(cells: cells, line: rowLine)) }
            cells = []
        }

        while index < scalars.endIndex {
            let c = scalars[index]
            index += 1
            if inQuotes {
                if c == "\"" {
                    if index < scalars.endIndex && scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 2
                        continue
                    }
                    inQuotes = false
                    column += 1
                    continue
                }
                if c == "\r" && index < scalars.endIndex && scalars[index] == "\n" {
                    field.append("\n")
                    index += 1
                    line += 1
                    column = 1
                    continue
                }
                field.append(c)
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch c {
            case separator:
                endCell()
                column += 1
                cellLine = line
                cellColumn = column
            case "\r", "\n":
                if c == "\r" && index < scalars.endIndex && scalars[index] == "\n" { index += 1 }
                endRow()
                line += 1
                column = 1
                cellLine = line
                cellColumn = 1
                rowLine = line
            case "\"" where field.isEmpty && !quoted:
                quoted = true
                inQuotes = true
                quoteLine = line
                quoteColumn = column
                column += 1
            default:
                // Text after a closing quote (`"a"b`) is kept, as spreadsheets do.
                field.append(c)
                column += 1
            }
        }
        if inQuotes {
            diagnostics.error(SourceLocation(path: path, line: quoteLine, column: quoteColumn), ImportMessage.unterminatedQuote)
            return nil
        }
        if !field.isEmpty || quoted || !cells.isEmpty { endRow() }
        guard let header = records.first else {
            diagnostics.error(SourceLocation(path: path), ImportMessage.emptyExport)
            return nil
        }
        var rows: [Row] = []
        for row in records.dropFirst() {
            if row.cells.count != header.cells.count {
                diagnostics.error(SourceLocation(path: path, line: row.line, column: 1),
                                  ImportMessage.wrongCellCount(cells: row.cells.count, expected: header.cells.count))
                continue
            }
            // A row of empty cells (a spreadsheet's trailing rows) is no answer.
            if row.cells.allSatisfy({ $0.text.trimmed.isEmpty }) { continue }
            rows.append(row)
        }
        return CSVTable(path: path, header: header, rows: rows, encoding: encoding)
    }
}
