import Foundation
import Testing
@testable import KizunaContent

/// The export reader: RFC 4180 (quoted cells, doubled quotes, line breaks in quotes, CRLF or LF),
/// where each cell starts as a text editor shows it, and the encodings the forms and Excel write.
@Suite struct CSVTableTests {
    func parse(_ text: String) -> (table: CSVTable?, problems: [String]) {
        var d = Diagnostics()
        let table = CSVTable.parse(text, path: "e.csv", diagnostics: &d)
        return (table, d.sorted.map(\.description))
    }

    @Test func quotedCellsDoubledQuotesAndLineBreaks() throws {
        let (table, problems) = parse("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n\"\",,last\n")
        #expect(problems.isEmpty)
        let rows = try #require(table?.rows)
        #expect(table?.header.cells.map(\.text) == ["a", "b", "c"])
        #expect(rows.map { $0.cells.map(\.text) } == [["1", "x, \"y\"", "two\nlines"], ["", "", "last"]])
        // The second record starts on line 4: the first holds a line break.
        #expect(rows.map(\.line) == [2, 4])
        #expect(rows[0].cells.map { [$0.line, $0.column] } == [[2, 1], [2, 3], [2, 14]])
        #expect(rows[1].cells.map { [$0.line, $0.column] } == [[4, 1], [4, 4], [4, 5]])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let (table, _) = parse("名前,年\n山田 花子,二千八\n")
        #expect(table?.rows.first?.cells.map(\.column) == [1, 7])
    }

    @Test func wrongCellCountAndBlankLines() {
        let (table, problems) = parse("a,b\n1,2\n\n3\n,\n4,5,6\n")
        #expect(problems == [
            "e.csv:4:1: error: this row has 1 cell but the header has 2; a cell holding a comma or a line break must be in double quotes",
            "e.csv:6:1: error: this row has 3 cells but the header has 2; a cell holding a comma or a line break must be in double quotes",
        ])
        #expect(table?.rows.map(\.line) == [2])
    }

    @Test func unterminatedQuote() {
        let (table, problems) = parse("a,b\n1,\"open\n2,3\n")
        #expect(table == nil)
        #expect(problems == ["e.csv:2:3: error: this quoted cell is never closed: the file ends inside it; add the closing '\"' (a '\"' inside a cell is written twice: \"\")"])
    }

    @Test func encodings() throws {
        let text = "名前,入社年\n髙橋 進,1998\n"
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        #expect(CSVTable.decode(bom, as: .auto)?.text == text)
        #expect(CSVTable.decode(bom, as: .auto)?.encoding == .utf8)
        let utf16 = try #require(text.data(using: .utf16LittleEndian))
        #expect(CSVTable.decode(Data([0xFF, 0xFE]) + utf16, as: .auto)?.text == text)
        #expect(CSVTable.decode(Data([0xFF, 0xFE]) + utf16, as: .auto)?.encoding == .utf16)
        // cp932 bytes of 髙橋 (髙 is one of Windows' own characters) are no UTF-8.
        let sjis = Data([0xEE, 0xE0, 0x8B, 0xB4])
        #expect(CSVTable.decode(sjis, as: .auto)?.text == "髙橋")
        #expect(CSVTable.decode(sjis, as: .utf8) == nil)
        #expect(CSVTable.decode(Data([0x82, 0xA0, 0x81]), as: .auto) == nil)
    }

    /// Excel's "Unicode text": UTF-16 with a BOM, cells separated by tabs.
    @Test func excelUnicodeTextIsTabSeparated() throws {
        let text = "名前\t関心\r\n髙橋 進\t\"交流会, 勉強会\"\r\n"
        let data = Data([0xFF, 0xFE]) + (try #require(text.data(using: .utf16LittleEndian)))
        let decoded = try #require(CSVTable.decode(data, as: .auto))
        let (table, problems) = parse(decoded.text)
        #expect(problems.isEmpty)
        #expect(table?.rows.map { $0.cells.map(\.text) } == [["髙橋 進", "交流会, 勉強会"]])
        #expect(parse("a,b\tc\n1,2\t3\n").table?.rows.first?.cells.map(\.text) == ["1", "2\t3"])
    }

    /// Random tables written as RFC 4180 says (CRLF or LF, cells quoted when they must be) read
    /// back cell for cell, each record on the line it starts.
    @Test func randomTablesReadBack() {
        var random = SeededRandom(state: 19)
        let pieces = ["a", "髙", ",", "\"", "\n", "\r\n", " ", "x y", "①"]
        for _ in 0..<300 {
            let columns = 1 + random.below(4)
            let rows = (0..<(1 + random.below(5))).map { _ in
                (0..<columns).map { _ in (0..<random.below(5)).map { _ in pieces[random.below(pieces.count)] }.joined() }
            }
            let header = (0..<columns).map { "h\($0)" }
            let breakText = random.below(2) == 0 ? "\r\n" : "\n"
            var text = header.joined(separator: ",") + breakText
            var lines: [Int] = []
            var line = 2
            for row in rows {
                lines.append(line)
                let written = row.map { cell in
                    cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" }) || cell.isEmpty && columns == 1
                        ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
                }
                text += written.joined(separator: ",") + breakText
                line += 1 + row.joined().filter { $0 == "\n" || $0 == "\r\n" }.count
            }
            let (table, problems) = parse(text)
            // Rows of empty cells are no answers.
            let expected = zip(rows, lines).filter { row, _ in !row.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
            #expect(problems.isEmpty, "\(text.debugDescription)")
            #expect(table?.rows.map { $0.cells.map(\.text) } == expected.map { $0.0.map { $0.replacingOccurrences(of: "\r\n", with: "\n") } },
                    "\(text.debugDescription)")
            #expect(table?.rows.map(\.line) == expected.map(\.1), "\(text.debugDescription)")
        }
    }
}
