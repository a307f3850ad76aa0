import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kizuna import profiles`: a sign-up form's export into `content/alumni/`, one profile per
/// person (docs/CONTENT.md, "Importing sign-ups"). `plan` reads everything and decides every
/// file's new text, or reports every problem; `write` writes the plan. Nothing is written when
/// the plan has an error.
public struct ProfileImport: Sendable {
    public enum Outcome: Sendable, Equatable {
        case created
        /// The dotted keys that changed.
        case updated([String])
        case unchanged
    }

    public struct Change: Sendable {
        /// The profile's path, under the content folder as the command line named it.
        public var path: String
        /// Relative to the content folder (`alumni/m-….yaml`).
        public var relative: String
        public var outcome: Outcome
        /// The file's new text (nil when unchanged).
        public var text: String?
        /// Lines ended with CRLF, as the file was.
        var crlf = false
    }

    public var changes: [Change] = []
    public var diagnostics = Diagnostics()
    /// The export as text (whatever its encoding), for showing a problem's line.
    public var exportText: String?

    /// Where a new profile goes: its address's SHA-256, so the file name is stable and tells
    /// nothing about the address (the address itself is inside the file, as `email:`).
    public static func slug(forEmail email: String) -> String {
        "m-" + SHA256.hex(email.lowercased()).prefix(12)
    }

    /// The comment a new profile starts with.
    static let header = """
        # 登録フォームの回答から `kizuna import profiles` が作ったファイルです。フォームの項目は取り込むたびに書き換わります。
        # それ以外の項目やコメントは書き足しても消えません。
        # Written by `kizuna import profiles` from the sign-up form: the form's fields are rewritten by each import;
        # fields and comments you add are kept.

        """

    public static func plan(export csvPath: String, mapping mappingPath: String, contentDirectory: String) -> ProfileImport {
        var result = ProfileImport()
        // The export holds every answer, consented or not: never where a build could publish it
        // (content/static/) or an editor would commit it with the content.
        if BuiltSite.isInside(ContentLoader.resolved(csvPath), ContentLoader.resolved(contentDirectory)) {
            result.diagnostics.error(.whole(csvPath), ImportMessage.exportInsideContent(content: contentDirectory))
            return result
        }
        guard let mapping = ImportMapping.read(mappingPath, diagnostics: &result.diagnostics) else { return result }
        var d = Diagnostics()
        guard let data = SourceFile.readBytes(csvPath, maxBytes: 64 << 20, diagnostics: &d) else {
            result.diagnostics.append(contentsOf: d)
            return result
        }
        guard let (text, encoding) = CSVTable.decode(data, as: mapping.encoding) else {
            result.diagnostics.error(.whole(csvPath), ImportMessage.notText(encoding: mapping.encoding.rawValue))
            return result
        }
        result.exportText = text
        guard let table = CSVTable.parse(text, path: csvPath, encoding: encoding, diagnostics: &d) else {
            result.diagnostics.append(contentsOf: d)
            return result
        }
        result.diagnostics.append(contentsOf: d)
        var importer = Importer(mapping: mapping, table: table, contentDirectory: contentDirectory, mappingPath: mappingPath)
        importer.run()
        result.diagnostics.append(contentsOf: importer.diagnostics)
        result.changes = importer.changes
        return result
    }

    /// Writes every created and updated profile: a new file never replaces one, an updated file
    /// is replaced whole in one rename, and nothing leaves the content folder.
    public func write(contentDirectory: String) throws(ScaffoldWriter.Failure) {
        for change in changes {
            guard var text = change.text else { continue }
            if change.crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            switch change.outcome {
            case .created: _ = try ScaffoldWriter.write(text, to: change.relative, contentDirectory: contentDirectory)
            case .updated: try Self.replace(text, relative: change.relative, path: change.path, contentDirectory: contentDirectory)
            case .unchanged: continue
            }
        }
    }

    static func replace(_ text: String, relative: String, path: String, contentDirectory: String) throws(ScaffoldWriter.Failure) {
        let (folder, fileName) = try ScaffoldWriter.openFolder(of: relative, path: path, contentDirectory: contentDirectory)
        defer { close(folder) }
        let temporary = ".\(fileName).import-\(getpid())"
        try ScaffoldWriter.createFile(temporary, in: folder, text: text, path: path, exists: nil)
        guard renameat(folder, temporary, folder, fileName) == 0 else {
            let code = errno
            unlinkat(folder, temporary, 0)
            throw .cannotWrite(path, .system(code: code, text: String(cString: strerror(code))))
        }
    }
}

/// One run of the import: rows to people, people to profile texts.
struct Importer {
    let mapping: ImportMapping
    let table: CSVTable
    let contentDirectory: String
    let mappingPath: String
    var diagnostics = Diagnostics()
    var changes: [ProfileImport.Change] = []
    /// Each mapped column's index in the export.
    var indices: [String: Int] = [:]

    init(mapping: ImportMapping, table: CSVTable, contentDirectory: String, mappingPath: String) {
        self.mapping = mapping
        self.table = table
        self.contentDirectory = contentDirectory
        self.mappingPath = mappingPath
    }

    var alumniFolder: String { (contentDirectory as NSString).appendingPathComponent("alumni") }

    func location(_ cell: CSVTable.Cell) -> SourceLocation { SourceLocation(path: table.path, line: cell.line, column: cell.column) }

    func header(_ index: Int) -> String { table.header.cell(index).text.trimmed }

    mutating func run() {
        let headers = table.header.cells.map { $0.text.trimmed }
        var columns: [(String, ImportMapping.Column)] = [("email", mapping.email)]
        if let timestamp = mapping.timestamp { columns.append(("timestamp", timestamp)) }
        columns += mapping.fields.map { ($0.key, $0.column) } + mapping.consent.map { ("consent." + $0.key, $0.column) }
        for (key, column) in columns {
            let found = headers.indices.filter { column.headers.contains(headers[$0]) }
            if found.isEmpty {
                diagnostics.error(column.location, ImportMessage.noSuchColumn(column.headers, file: table.path, available: headers.filter { !$0.isEmpty }))
            } else if found.count > 1 {
                diagnostics.error(column.location, ImportMessage.columnTwice(found.map { headers[$0] }, columns: found.map { $0 + 1 }))
            } else {
                indices[key] = found[0]
            }
        }
        guard !diagnostics.hasErrors else { return }

        // People by address; the newest answer of each wins.
        var latest: [String: (row: CSVTable.Row, moment: [Int]?)] = [:]
        var order: [String] = []
        for row in table.rows {
            let cell = row.cell(indices["email"]!)
            let address = cell.text.trimmed
            if address.isEmpty {
                diagnostics.error(location(cell), ImportMessage.noAddress(header: header(indices["email"]!)))
                continue
            }
            if !Self.isAddress(address) {
                diagnostics.error(location(cell), ImportMessage.badAddress(address, header: header(indices["email"]!)))
                continue
            }
            var moment: [Int]?
            if let index = indices["timestamp"] {
                let stamp = row.cell(index)
                moment = Self.moment(stamp.text)
                if moment == nil {
                    diagnostics.error(location(stamp), ImportMessage.badTimestamp(stamp.text.trimmed, header: header(index)))
                    continue
                }
            }
            let key = address.lowercased()
            if let earlier = latest[key] {
                let newer = moment.map { m in earlier.moment.map { m.lexicographicallyPrecedes($0) == false } ?? true } ?? true
                let (kept, dropped) = newer ? (row, earlier.row) : (earlier.row, row)
                diagnostics.warning(SourceLocation(path: table.path, line: dropped.line, column: 1),
                                    ImportMessage.duplicate(keptLine: kept.line, droppedLine: dropped.line, byTimestamp: moment != nil))
                if newer { latest[key] = (row, moment) }
            } else {
                latest[key] = (row, moment)
                order.append(key)
            }
        }

        let existing = existingProfiles()
        for key in order {
            guard let (row, _) = latest[key] else { continue }
            person(row, address: row.cell(indices["email"]!).text.trimmed, existing: existing[key])
        }
        changes.sort { $0.relative < $1.relative }
    }

    /// Every profile's address (lower-cased) and file, so a hand-written profile of a member is
    /// updated rather than doubled.
    mutating func existingProfiles() -> [String: (relative: String, text: String, crlf: Bool)] {
        var found: [String: (relative: String, text: String, crlf: Bool)] = [:]
        var firstPath: [String: String] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: alumniFolder)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
            let path = (alumniFolder as NSString).appendingPathComponent(name)
            var d = Diagnostics()
            guard let data = SourceFile.readBytes(path, diagnostics: &d), let file = SourceFile.decode(data, path: path, diagnostics: &d) else {
                diagnostics.append(contentsOf: d)
                continue
            }
            let parsed = YAMLParser().parse(file.text, path: path)
            if parsed.diagnostics.hasErrors {
                diagnostics.append(contentsOf: parsed.diagnostics)
                continue
            }
            guard case .mapping(let pairs)? = parsed.root?.kind,
                  let email = pairs.first(where: { $0.key.scalar == "email" })?.value.scalar?.trimmed.lowercased(), !email.isEmpty else { continue }
            if let other = firstPath[email] {
                diagnostics.error(SourceLocation(path: path), ImportMessage.addressInTwoProfiles(other: other))
                continue
            }
            firstPath[email] = path
            found[email] = ("alumni/" + name, file.text, data.contains(0x0D))
        }
        return found
    }

    /// One person's answers into their profile's new text.
    mutating func person(_ row: CSVTable.Row, address: String, existing: (relative: String, text: String, crlf: Bool)?) {
        let before = diagnostics.errors.count
        var entries: [YAMLTextEdit.Entry] = []
        var links: [YAMLTextEdit.Entry] = []
        for target in mapping.fields {
            let value = self.value(row, key: target.key, target.column, shape: target.shape)
            if target.key.hasPrefix("links.") {
                links.append(.init(String(target.key.dropFirst(6)), value))
            } else {
                entries.append(.init(target.key, value))
            }
        }
        if !links.isEmpty { entries.append(.init("links", .mapping(links))) }
        entries.append(.init("email", .text(address.lowercased())))
        if !mapping.consent.isEmpty {
            var consent: [YAMLTextEdit.Entry] = []
            for target in mapping.consent {
                var value = self.value(row, key: "consent." + target.key, target.column, shape: target.shape)
                // An empty answer to a consent question is no consent.
                if value == .absent { value = target.key == "fields" ? .list([]) : .flag(false) }
                consent.append(.init(target.key, value))
            }
            entries.append(.init("consent", .mapping(consent)))
        }
        guard diagnostics.errors.count == before else { return }

        let relative: String
        let newText: String
        let outcome: ProfileImport.Outcome
        if let existing {
            relative = existing.relative
            let parsed = YAMLParser().parse(existing.text, path: relative)
            guard let root = parsed.root, let edited = YAMLTextEdit.apply(entries, to: existing.text, root: root) else {
                diagnostics.error(SourceLocation(path: table.path, line: row.line, column: 1), ImportMessage.cannotEdit(path: path(relative)))
                return
            }
            newText = edited.text
            outcome = edited.changed.isEmpty ? .unchanged : .updated(edited.changed)
        } else {
            relative = "alumni/" + ProfileImport.slug(forEmail: address) + ".yaml"
            if FileManager.default.fileExists(atPath: path(relative)) {
                diagnostics.error(SourceLocation(path: table.path, line: row.line, column: 1), ImportMessage.fileTaken(path: path(relative)))
                return
            }
            newText = YAMLTextEdit.render(entries, header: ProfileImport.header)
            outcome = .created
        }
        if outcome != .unchanged {
            // The profile must load as the build reads it; its problems are the row's.
            for problem in Self.problems(ofProfile: newText, path: path(relative)) {
                diagnostics.error(SourceLocation(path: table.path, line: row.line, column: 1),
                                  ImportMessage.profileWouldBreak(path: path(relative), line: problem.location.line, problem.text))
            }
            if !Self.holds(entries, newText, path: relative) {
                diagnostics.error(SourceLocation(path: table.path, line: row.line, column: 1), ImportMessage.cannotEdit(path: path(relative)))
            }
        }
        changes.append(ProfileImport.Change(path: path(relative), relative: relative, outcome: outcome,
                                            text: outcome == .unchanged ? nil : newText, crlf: existing?.crlf ?? false))
    }

    func path(_ relative: String) -> String { (contentDirectory as NSString).appendingPathComponent(relative) }

    /// The profile's problems as a build reports them.
    static func problems(ofProfile text: String, path: String) -> [Diagnostic] {
        let parsed = YAMLParser().parse(text, path: path)
        guard let root = parsed.root, !parsed.diagnostics.hasErrors else { return parsed.diagnostics.errors }
        let reader = FieldReader(root, zone: utc)
        _ = Slug.read(reader, fileName: ((path as NSString).lastPathComponent as NSString).deletingPathExtension, file: SourceLocation(path: path))
        _ = reader.extra()
        _ = Profile.read(reader, slug: "")
        return reader.finish().errors
    }

    /// The edited text, read again, holds every value set (a safety net for in-place edits).
    static func holds(_ entries: [YAMLTextEdit.Entry], _ text: String, path: String) -> Bool {
        guard let root = YAMLParser().parse(text, path: path).root else { return false }
        return YAMLTextEdit.matchesDeep(root, .mapping(entries))
    }

    // MARK: Answers

    /// A cell's answer as the field's value, or `.absent` (and an error when it cannot be read).
    mutating func value(_ row: CSVTable.Row, key: String, _ column: ImportMapping.Column, shape: ImportMapping.Shape) -> YAMLTextEdit.Value {
        guard let index = indices[key] else { return .absent }
        let cell = row.cell(index)
        let answer = shape == .markdown ? Self.cleanMultiline(cell.text) : cell.text.trimmed
        guard !answer.isEmpty else {
            if key == "name" || key == "joined" { diagnostics.error(location(cell), ImportMessage.noAnswer(header: header(index), field: key)) }
            return .absent
        }
        if shape == .list {
            let separator = column.separator ?? mapping.separator
            let parts = separator.isEmpty ? [answer] : answer.components(separatedBy: separator.trimmed.isEmpty ? separator : separator.trimmed)
            var items: [String] = []
            for part in parts.map({ $0.trimmed }).filter({ !$0.isEmpty }) {
                guard let mapped = mapped(part, column, cell, index) else { continue }
                for item in mapped where !items.contains(item) { items.append(item) }
            }
            return items.isEmpty ? .absent : .list(items)
        }
        guard let mapped = mapped(answer, column, cell, index) else { return .absent }
        guard let text = mapped.first else { return .absent }
        switch shape {
        case .text, .markdown, .list:
            return .text(text)
        case .year:
            guard let year = Self.year(text) else {
                diagnostics.error(location(cell), ImportMessage.notAYear(text, header: header(index)))
                return .absent
            }
            return .number(year)
        case .flag:
            guard let flag = Self.flag(text) else {
                diagnostics.error(location(cell), ImportMessage.notYesOrNo(text, header: header(index)))
                return .absent
            }
            return .flag(flag)
        }
    }

    /// The value(s) an answer maps to; nil after an error.
    mutating func mapped(_ answer: String, _ column: ImportMapping.Column, _ cell: CSVTable.Cell, _ index: Int) -> [String]? {
        guard let values = column.values else { return [answer] }
        if let value = values[answer] { return value }
        if column.keepOtherAnswers { return [answer] }
        diagnostics.error(location(cell), ImportMessage.unknownAnswer(answer, header: header(index), known: values.keys.sorted(),
                                                                      meant: Suggestion.nearest(to: answer, in: values.keys.sorted())))
        return nil
    }

    static func cleanMultiline(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingTrailingSpaces }
            .joined(separator: "\n").trimmed
    }

    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" })
    }

    /// `2008`, `2008年`, `２００８`.
    static func year(_ text: String) -> Int? {
        var digits = halfWidth(text).trimmed
        if digits.hasSuffix("年") { digits.removeLast() }
        guard let year = Int(digits.trimmed), (1900...2200).contains(year) else { return nil }
        return year
    }

    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "y", "はい", "同意する", "同意します": return true
        case "false", "no", "n", "いいえ", "同意しない", "同意しません": return false
        default: return nil
        }
    }

    static func halfWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { c in
            (0xFF10...0xFF19).contains(c.value) ? Unicode.Scalar(c.value - 0xFF10 + 0x30)! : c
        }))
    }

    /// A form's timestamp as [year, month, day, hour, minute, second]: Google Forms
    /// (`2026/11/03 14:22:05`), ISO 8601, Microsoft Forms (`11/3/2026 2:22:05 PM`, `11/3/26 14:22`).
    static func moment(_ text: String) -> [Int]? {
        let t = halfWidth(text)
        var groups: [(value: Int, digits: Int)] = []
        var current = ""
        for c in t + " " {
            if c.isASCII && c.isNumber { current.append(c) } else if !current.isEmpty {
                groups.append((Int(current) ?? 0, current.count))
                current = ""
            }
        }
        guard groups.count >= 3 else { return nil }
        var values = groups.map(\.value)
        if groups[0].digits == 4 {
            // year first
        } else if groups[2].digits == 4 || groups[2].digits == 2 {
            let year = groups[2].digits == 2 ? 2000 + values[2] : values[2]
            values = [year, values[0], values[1]] + values.dropFirst(3)
        } else {
            return nil
        }
        while values.count < 6 { values.append(0) }
        let lower = t.lowercased()
        if (lower.contains("pm") || t.contains("午後")) && values[3] < 12 { values[3] += 12 }
        if (lower.contains("am") || t.contains("午前")) && values[3] == 12 { values[3] = 0 }
        guard (1...12).contains(values[1]), (1...31).contains(values[2]), values[3] < 24, values[4] < 60, values[5] < 61 else { return nil }
        return Array(values.prefix(6))
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\u{3000}" { s = s.dropLast() }
        return String(s)
    }
}
