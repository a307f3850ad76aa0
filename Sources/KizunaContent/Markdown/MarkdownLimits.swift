/// Bounds on Markdown structure that keep cmark-gfm 0.29.0.gfm.6 (Debian's) in linear time.
///
/// That version predates the fixes for several published denial-of-service bugs: on 500 KB it
/// takes from 13 s to minutes for runs of `<?`, `<!A`, `<![CDATA[` (CVE-2023-22484/22486),
/// emphasis like `*a ` … `_a*_` (cmark #389), `![[]()` repeated, blank or lazy lines under lists
/// or quotes nested thousands deep (CVE-2023-24824), and tables whose header is far wider than
/// their rows (every row is padded to the header: 1,000 columns turn 2 bytes into 10 KB of HTML).
/// Footnote definitions (`[^1]: `) open containers like list items, so nesting them on one line
/// over blank lines is quadratic too (`[^0]: [^1]: …` 16,000 deep over as many blank lines,
/// 165 KB: 12.5 s in cmark-gfm alone; 340 KB: 48 s).
/// Footnote references are linear in cmark-gfm, but each writes about 250 bytes of HTML (and
/// three times its label), and a body is written into its page and every feed: 140,000
/// references in 1 MB made 195 MB of site.
/// Measured with `scripts/pathological-markdown.py`; see docs/CONTENT.md "Limits and safety".
///
/// The quadratic costs are per inline "subject" (a paragraph, heading or table row) or per
/// level of block nesting, so bounding those keeps a whole file linear: with the limits below a
/// hostile 1 MB file parses in under a second, where ordinary prose takes 0.04 s. No real post
/// comes near them. One linear pass over the text finds every excess, with its line.
public enum MarkdownLimits {
    /// Quote and list markers opening a line, plus its indentation in steps of two columns.
    public static let maxNesting = 32
    /// `<` in one paragraph (each may start an HTML scan to the end of the paragraph).
    public static let maxAngleBrackets = 2_000
    /// `*` and `_` in one paragraph (emphasis delimiters).
    public static let maxEmphasisMarks = 2_000
    /// `[` and `]` in one paragraph (link and image brackets).
    public static let maxBrackets = 2_000
    /// Columns of one table.
    public static let maxTableColumns = 100
    /// `[^` in one text: footnote references (a definition's own `[^label]:` is not counted).
    public static let maxFootnoteReferences = 1_000

    public struct Problem: Equatable, Sendable {
        /// 1-based, within the Markdown text.
        public var line: Int
        public var column: Int
        public var message: MarkdownLimitMessage
    }

    public static func check(_ text: String) -> [Problem] {
        var scanner = Scanner()
        let bytes = Array(text.utf8)
        var lineNumber = 0
        var start = 0
        var i = 0
        // Lines end at LF, CRLF or a lone CR, as cmark reads them.
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A || bytes[i] == 0x0D {
                lineNumber += 1
                scanner.take(bytes[start..<i], number: lineNumber)
                if i < bytes.count, bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        scanner.endSubject()
        scanner.endTable()
        if let excess = scanner.firstExcessFootnote {
            scanner.problems.append(Problem(line: excess.line, column: excess.column,
                                            message: .footnoteReferences(count: scanner.footnoteReferences, limit: maxFootnoteReferences)))
        }
        return scanner.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// One pass, line by line. Code blocks are counted like everything else: telling them apart
    /// exactly would mean parsing as cmark does (an HTML block can hide a fence), and a guess
    /// that skipped text cmark parses would let a hostile file through.
    struct Scanner {
        var problems: [Problem] = []
        // The current inline subject.
        var subjectLine = 0
        var angles = 0, emphasis = 0, brackets = 0
        // The current table.
        var tableLine = 0
        var tableColumns = 0
        var tableRows = 0
        var tableBytes = 0
        var previousLine: ArraySlice<UInt8>?
        // Footnote references in the whole text, and where the first one too many is.
        var footnoteReferences = 0
        var firstExcessFootnote: (line: Int, column: Int)?

        mutating func take(_ bytes: ArraySlice<UInt8>, number: Int) {
            defer { previousLine = bytes }
            let prefix = containerPrefix(bytes)
            let rest = bytes[prefix.end...]

            // Only a line with a quote or list marker opens containers; a deeper one cannot exist
            // without such a line, so indentation alone (code, lazy lines) is not counted. A line
            // of `- - -` or `* * *` alone is a thematic break, not nesting.
            let isBreak = prefix.markers >= 3 && rest.allSatisfy(isSpace)
                && Set(bytes.filter { !isSpace($0) }).count == 1
            if prefix.markers > 0 && !isBreak && prefix.nesting > maxNesting {
                problems.append(Problem(line: number, column: 1, message: .nesting(levels: prefix.nesting, limit: maxNesting)))
            }
            let blank = rest.allSatisfy(isSpace)
            if blank {
                endSubject()
                endTable()
                return
            }
            if tableColumns > 0 {
                // Each row of a table is parsed on its own: count it as its own subject.
                tableRows += 1
                tableBytes += bytes.count
                endSubject()
                count(rest, line: number, in: bytes)
                endSubject()
                return
            }
            if let columns = delimiterRowColumns(rest), let header = previousLine, !header.isEmpty {
                endSubject()
                tableLine = number - 1
                tableColumns = columns
                tableRows = 1
                tableBytes = header.count + bytes.count
                if columns > maxTableColumns {
                    problems.append(Problem(line: number, column: 1, message: .tableColumns(columns, limit: maxTableColumns)))
                }
                return
            }
            // A quote or list marker, or a heading, starts a new paragraph.
            if prefix.markers > 0 || rest.first == UInt8(ascii: "#") { endSubject() }
            count(rest, line: number, in: bytes)
        }

        mutating func count(_ rest: ArraySlice<UInt8>, line: Int, in wholeLine: ArraySlice<UInt8>) {
            if subjectLine == 0 { subjectLine = line }
            for i in rest.indices {
                switch rest[i] {
                case UInt8(ascii: "<"): angles += 1
                case UInt8(ascii: "*"), UInt8(ascii: "_"): emphasis += 1
                case UInt8(ascii: "]"): brackets += 1
                case UInt8(ascii: "["):
                    brackets += 1
                    guard i + 1 < rest.endIndex, rest[i + 1] == UInt8(ascii: "^") else { break }
                    footnoteReferences += 1
                    if footnoteReferences == maxFootnoteReferences + 1 {
                        let column = String(decoding: wholeLine[wholeLine.startIndex..<i], as: UTF8.self).count + 1
                        firstExcessFootnote = (line, column)
                    }
                default: break
                }
            }
        }

        mutating func endSubject() {
            defer { subjectLine = 0; angles = 0; emphasis = 0; brackets = 0 }
            guard subjectLine > 0 else { return }
            if angles > maxAngleBrackets {
                problems.append(Problem(line: subjectLine, column: 1, message: .angleBrackets(angles, limit: maxAngleBrackets)))
            }
            if emphasis > maxEmphasisMarks {
                problems.append(Problem(line: subjectLine, column: 1, message: .emphasisMarks(emphasis, limit: maxEmphasisMarks)))
            }
            if brackets > maxBrackets {
                problems.append(Problem(line: subjectLine, column: 1, message: .brackets(brackets, limit: maxBrackets)))
            }
        }

        /// Every row is padded to the header's width: the cells must stay in proportion to the text.
        mutating func endTable() {
            defer { tableColumns = 0; tableRows = 0; tableBytes = 0 }
            guard tableColumns > 0 else { return }
            let cells = tableColumns * tableRows
            if cells > tableBytes + 10_000 {
                problems.append(Problem(line: tableLine, column: 1, message: .sparseTable(rows: tableRows, columns: tableColumns, bytes: tableBytes)))
            }
        }
    }

    /// The quote, list and footnote definition markers and indentation that open a line (cmark's
    /// containers).
    static func containerPrefix(_ line: ArraySlice<UInt8>) -> (end: Int, markers: Int, nesting: Int) {
        var i = line.startIndex
        var markers = 0
        var columns = 0
        while i < line.endIndex {
            let c = line[i]
            if c == 0x20 {
                columns += 1
                i += 1
            } else if c == 0x09 {
                columns += 4 - columns % 4
                i += 1
            } else if c == UInt8(ascii: ">") {
                markers += 1
                i += 1
            } else if (c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "*")),
                      i + 1 < line.endIndex, line[i + 1] == 0x20 || line[i + 1] == 0x09 {
                markers += 1
                i += 1
            } else if (0x30...0x39).contains(c) {
                var j = i
                while j < line.endIndex, j - i < 9, (0x30...0x39).contains(line[j]) { j += 1 }
                guard j < line.endIndex, line[j] == UInt8(ascii: ".") || line[j] == UInt8(ascii: ")"),
                      j + 1 == line.endIndex || line[j + 1] == 0x20 || line[j + 1] == 0x09 else { break }
                markers += 1
                i = j + 1
            } else if let end = footnoteDefinitionEnd(line, at: i) {
                markers += 1
                i = end
            } else {
                break
            }
        }
        // The space after each marker belongs to it; further indentation nests by two columns.
        return (i, markers, markers + max(0, columns - markers) / 2)
    }

    /// The end of a footnote definition's marker `[^label]:` starting at `i`, or nil. As cmark-gfm
    /// scans it: a label of at least one byte that is not `]`, space, tab, line end or NUL.
    static func footnoteDefinitionEnd(_ line: ArraySlice<UInt8>, at i: Int) -> Int? {
        guard line[i] == UInt8(ascii: "["), i + 1 < line.endIndex, line[i + 1] == UInt8(ascii: "^") else { return nil }
        var j = i + 2
        labelBytes: while j < line.endIndex {
            switch line[j] {
            case UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D, 0x00: break labelBytes
            default: j += 1
            }
        }
        guard j > i + 2, j + 1 < line.endIndex, line[j] == UInt8(ascii: "]"), line[j + 1] == UInt8(ascii: ":") else { return nil }
        return j + 2
    }

    /// White space as cmark-gfm's table extension reads it (vertical tab and form feed included).
    static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C || c == 0x0D
    }

    /// The number of columns of a GFM table delimiter row (`|---|:-:|`), or nil.
    static func delimiterRowColumns(_ rest: ArraySlice<UInt8>) -> Int? {
        var trimmed = rest
        while let last = trimmed.last, isSpace(last) { trimmed = trimmed.dropLast() }
        guard trimmed.contains(UInt8(ascii: "-")) else { return nil }
        var inner = trimmed
        if inner.first == UInt8(ascii: "|") { inner = inner.dropFirst() }
        if inner.last == UInt8(ascii: "|") { inner = inner.dropLast() }
        var columns = 0
        for cell in inner.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            let body = cell.filter { !isSpace($0) }
            guard !body.isEmpty else { return nil }
            var core = body[...]
            if core.first == UInt8(ascii: ":") { core = core.dropFirst() }
            if core.last == UInt8(ascii: ":") { core = core.dropLast() }
            guard !core.isEmpty, core.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            columns += 1
        }
        // A lone `---` is a thematic break or setext underline, not a table.
        guard columns > 1 || trimmed.contains(UInt8(ascii: "|")) else { return nil }
        return columns
    }
}
