/// Sets some keys of a YAML file's top-level mapping (and of mappings under it) in place: each
/// value is replaced in the text by its node's span (`YAMLNode.span`), a key the file lacks is
/// added at the end of its mapping, a key to clear is removed with its lines. Everything else of
/// the file (other keys, their order and style, comments) stays byte for byte. A value already
/// equal to the wanted one, however it is written (`[a, b]` or a block list), is left alone, so
/// editing twice changes nothing the second time.
public struct YAMLTextEdit {
    public indirect enum Value: Equatable, Sendable {
        case text(String)
        case number(Int)
        case flag(Bool)
        case list([String])
        /// A block list of values (a survey's questions, each a mapping).
        case items([Value])
        /// The key is removed (a form's empty answer).
        case absent
        case mapping([Entry])
    }

    public struct Entry: Equatable, Sendable {
        public var key: String
        public var value: Value
        public init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    let scalars: [Unicode.Scalar]
    /// Literal blocks say how their text ends (`|-` none, `|` one line break, `|+` more), so
    /// text reads back exactly; otherwise always `|`, which reads back with one line break (the
    /// importer's files, which editors read).
    var exactBlocks = false
    var edits: [(range: Range<Int>, text: String, order: Int)] = []
    /// Dotted keys whose value changed.
    public private(set) var changed: [String] = []
    var failed = false

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The text with `entries` set, and the dotted keys that changed; nil when a value cannot be
    /// edited in place (an alias, a complex key): the caller says so rather than guess.
    public static func apply(_ entries: [Entry], to text: String, root: YAMLNode) -> (text: String, changed: [String])? {
        var editor = YAMLTextEdit(text)
        if case .mapping = root.kind {
            editor.edit(root, entries, path: "")
        } else if root.isNull {
            let lines = entries.compactMap { editor.renderPair($0, indent: 0) }
            guard !lines.isEmpty else { return (text, []) }
            editor.changed = entries.filter { $0.value.isPresent }.map(\.key)
            let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
            editor.edits.append((editor.scalars.count..<editor.scalars.count, separator + lines.joined(separator: "\n") + "\n", 0))
        } else {
            return nil
        }
        guard !editor.failed else { return nil }
        var result = editor.scalars
        for edit in editor.edits.sorted(by: { ($0.range.lowerBound, $0.order) > ($1.range.lowerBound, $1.order) }) {
            result.replaceSubrange(edit.range, with: edit.text.unicodeScalars)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        return (String(view), editor.changed)
    }

    /// A new file's text: `header` (comment lines), then each entry, in order. `exactBlocks`:
    /// every text reads back exactly as given, to the last line break (see `exactBlocks`).
    public static func render(_ entries: [Entry], header: String, exactBlocks: Bool = false) -> String {
        var editor = YAMLTextEdit("")
        editor.exactBlocks = exactBlocks
        return header + entries.compactMap { editor.renderPair($0, indent: 0) }.joined(separator: "\n") + "\n"
    }

    // MARK: Editing

    mutating func add(_ range: Range<Int>, _ text: String) { edits.append((range, text, edits.count)) }

    mutating func edit(_ mapping: YAMLNode, _ entries: [Entry], path: String) {
        guard case .mapping(let pairs) = mapping.kind, let span = mapping.span else { failed = true; return }
        if span.lowerBound < scalars.count, scalars[span.lowerBound] == "{" {
            editFlow(mapping, pairs, entries, path: path)
            return
        }
        let indent = pairs.first.map { $0.key.location.column - 1 } ?? 0
        var appended: [String] = []
        for entry in entries {
            guard let pair = pairs.first(where: { $0.key.scalar == entry.key }) else {
                guard entry.value.isPresent, let line = renderPair(entry, indent: indent) else { continue }
                appended.append(String(repeating: " ", count: indent) + line)
                changed.append(contentsOf: entry.value.presentKeys(path + entry.key))
                continue
            }
            // An alias (`*x`) stands for a node written elsewhere: editing that text would change
            // another key; an anchor (`&x`) or a tag (`!!str`) would be lost. Refused; the caller
            // says which file.
            if let keyEnd = pair.key.span?.upperBound, let valueStart = pair.value.span?.lowerBound,
               valueStart < keyEnd || (valueStart < scalars.count && (scalars[valueStart] == "&" || scalars[valueStart] == "!")) {
                failed = true
                continue
            }
            switch entry.value {
            case .absent:
                guard !pair.value.isNull else { continue }
                removeLines(of: pair)
                changed.append(path + entry.key)
            case .mapping(let sub):
                if case .mapping = pair.value.kind {
                    edit(pair.value, sub, path: path + entry.key + ".")
                } else {
                    guard let from = afterColon(pair.key), let rendered = renderValue(entry.value, indent: indent) else { failed = true; continue }
                    add(from..<max(from, contentEnd(pair.value)), rendered)
                    changed.append(contentsOf: entry.value.presentKeys(path + entry.key))
                }
            default:
                guard !Self.matches(pair.value, entry.value) else { continue }
                guard let from = afterColon(pair.key), let rendered = renderValue(entry.value, indent: indent) else { failed = true; continue }
                add(from..<max(from, contentEnd(pair.value)), rendered)
                changed.append(path + entry.key)
            }
        }
        guard !appended.isEmpty else { return }
        let end = pairs.map { max($0.key.span?.upperBound ?? 0, contentEnd($0.value)) }.max() ?? span.lowerBound
        var at = end
        while at < scalars.count && scalars[at] != "\n" { at += 1 }
        if at < scalars.count {
            add(at + 1..<at + 1, appended.map { $0 + "\n" }.joined())
        } else {
            add(at..<at, appended.map { "\n" + $0 }.joined())
        }
    }

    /// A mapping written `{a: 1, b: 2}`: written again in that style, each value kept as its
    /// source text unless it is one to set.
    mutating func editFlow(_ mapping: YAMLNode, _ pairs: [(key: YAMLNode, value: YAMLNode)], _ entries: [Entry], path: String) {
        guard let span = mapping.span else { failed = true; return }
        var parts: [String] = []
        let before = changed.count
        for pair in pairs {
            guard let keySpan = pair.key.span else { failed = true; return }
            let keyText = source(keySpan)
            guard let entry = entries.first(where: { $0.key == pair.key.scalar }) else {
                parts.append(keyText + ": " + (pair.value.isNull ? "" : pair.value.span.map(source) ?? ""))
                continue
            }
            if entry.value == .absent {
                if !pair.value.isNull { changed.append(path + entry.key) }
                continue
            }
            if case .mapping = entry.value {
                // Nested settings inside a flow mapping are written whole.
                if !Self.matchesDeep(pair.value, entry.value) { changed.append(contentsOf: entry.value.presentKeys(path + entry.key)) }
                parts.append(keyText + ": " + flow(entry.value))
            } else if Self.matches(pair.value, entry.value) {
                parts.append(keyText + ": " + (pair.value.span.map(source) ?? ""))
            } else {
                changed.append(path + entry.key)
                parts.append(keyText + ": " + flow(entry.value))
            }
        }
        for entry in entries where entry.value.isPresent && !pairs.contains(where: { $0.key.scalar == entry.key }) {
            parts.append(Self.scalar(entry.key, inFlow: true) + ": " + flow(entry.value))
            changed.append(contentsOf: entry.value.presentKeys(path + entry.key))
        }
        if changed.count > before { add(span, "{" + parts.joined(separator: ", ") + "}") }
    }

    /// Removes a pair's lines, from the start of the key's line to the end of the value's.
    mutating func removeLines(of pair: (key: YAMLNode, value: YAMLNode)) {
        guard let keySpan = pair.key.span else { failed = true; return }
        var start = keySpan.lowerBound
        while start > 0 && scalars[start - 1] != "\n" { start -= 1 }
        var end = max(keySpan.upperBound, contentEnd(pair.value))
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        if end < scalars.count {
            add(start..<end + 1, "")
        } else {
            add(max(0, start - 1)..<end, "")
        }
    }

    func source(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)])
        return String(view)
    }

    /// Just after the `:` that follows a key.
    func afterColon(_ key: YAMLNode) -> Int? {
        guard var at = key.span?.upperBound else { return nil }
        while at < scalars.count && (scalars[at] == " " || scalars[at] == "\t") { at += 1 }
        guard at < scalars.count, scalars[at] == ":" else { return nil }
        return at + 1
    }

    /// Just after a value's last character: a block value's span runs on to the next token, so
    /// it ends at its last item's text; a block scalar's at its last character that is not white space.
    func contentEnd(_ node: YAMLNode) -> Int {
        guard let span = node.span else { return 0 }
        let flow = span.lowerBound < scalars.count && (scalars[span.lowerBound] == "[" || scalars[span.lowerBound] == "{")
        switch node.kind {
        case .scalar(_, .literal):
            var end = min(span.upperBound, scalars.count)
            while end > span.lowerBound && [" ", "\t", "\n", "\r"].contains(scalars[end - 1]) { end -= 1 }
            return end
        case .scalar:
            return node.isNull && span.isEmpty ? span.lowerBound : span.upperBound
        case .sequence(let items):
            return flow ? span.upperBound : (items.map(contentEnd).max() ?? span.lowerBound)
        case .mapping(let pairs):
            return flow ? span.upperBound : (pairs.map { max($0.key.span?.upperBound ?? 0, contentEnd($0.value)) }.max() ?? span.lowerBound)
        }
    }

    // MARK: Comparing

    /// Whether a node already holds `value`, whatever its style.
    static func matches(_ node: YAMLNode, _ value: Value) -> Bool {
        switch value {
        case .absent: return node.isNull
        case .text(let text):
            guard let written = node.scalar, !node.isNull else { return false }
            switch node.kind {
            case .scalar(_, .plain): return written.trimmed == text
            case .scalar(_, .literal): return trimmedBreaks(written) == text
            default: return written == text
            }
        case .number(let number):
            guard node.isPlainScalar, let text = node.scalar else { return false }
            return Int(text) == number
        case .flag(let flag):
            guard node.isPlainScalar, let text = node.scalar else { return false }
            return FieldReader.bool(text) == flag
        case .list(let items):
            switch node.kind {
            case .sequence(let nodes): return nodes.map { $0.scalar?.trimmed } == items.map { Optional($0) }
            case .scalar(let text, _): return !node.isNull && [text.trimmed] == items
            case .mapping: return false
            }
        case .items(let values):
            guard case .sequence(let nodes) = node.kind, nodes.count == values.count else { return false }
            return zip(nodes, values).allSatisfy { matchesDeep($0, $1) }
        case .mapping:
            return matchesDeep(node, value)
        }
    }

    static func matchesDeep(_ node: YAMLNode, _ value: Value) -> Bool {
        guard case .mapping(let entries) = value else { return matches(node, value) }
        guard case .mapping(let pairs) = node.kind else { return false }
        return entries.allSatisfy { entry in
            guard let pair = pairs.first(where: { $0.key.scalar == entry.key }) else { return !entry.value.isPresent }
            return matchesDeep(pair.value, entry.value)
        }
    }

    static func trimmedBreaks(_ text: String) -> String {
        var text = Substring(text)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }

    // MARK: Writing

    /// `key: value`, or `key:` and the nested lines, at `indent`; nil for a key to leave out.
    func renderPair(_ entry: Entry, indent: Int) -> String? {
        guard entry.value.isPresent, let value = renderValue(entry.value, indent: indent) else { return nil }
        return Self.scalar(entry.key, inFlow: false) + ":" + value
    }

    /// What follows a key's colon: ` value`, ` |` and indented lines, or a nested block mapping.
    func renderValue(_ value: Value, indent: Int) -> String? {
        let inner = String(repeating: " ", count: indent + 2)
        switch value {
        case .absent: return nil
        case .text(let text) where text.contains("\n") && Self.fitsBlock(text):
            guard exactBlocks else {
                return " |\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : inner + $0 }.joined(separator: "\n")
            }
            // The last line break ends the block's last line; the chomping indicator says how many
            // line breaks end the text (none, one, or the empty lines after it too).
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let breaks = lines.reversed().prefix { $0.isEmpty }.count
            if breaks > 0 { lines.removeLast() }
            let indicator = breaks == 0 ? "|-" : breaks == 1 ? "|" : "|+"
            return " " + indicator + "\n" + lines.map { $0.isEmpty ? "" : inner + $0 }.joined(separator: "\n")
        case .items(let values) where values.isEmpty:
            return " []"
        case .items(let values):
            // `- ` at two spaces in, an item's mapping keys two further.
            return "\n" + values.map { item in
                guard case .mapping(let entries) = item else { return inner + "-" + (renderValue(item, indent: indent + 2) ?? " ~") }
                let pairs = entries.compactMap { renderPair($0, indent: indent + 4) }
                return inner + "- " + (pairs.isEmpty ? "{}" : pairs.joined(separator: "\n" + inner + "  "))
            }.joined(separator: "\n")
        case .mapping(let entries):
            let lines = entries.compactMap { renderPair($0, indent: indent + 2) }
            return "\n" + lines.map { inner + $0 }.joined(separator: "\n")
        default:
            return " " + flow(value)
        }
    }

    /// A value on one line, as a flow value.
    func flow(_ value: Value) -> String {
        switch value {
        case .text(let text): return Self.scalar(text, inFlow: true)
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map { Self.scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
        case .items(let values): return "[" + values.map(flow).joined(separator: ", ") + "]"
        case .absent: return "~"
        case .mapping(let entries):
            return "{" + entries.filter { $0.value.isPresent }.map { Self.scalar($0.key, inFlow: true) + ": " + flow($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// A literal block keeps the text as is when its first line that is not empty is not
    /// indented (a block takes its indentation from that line) and it holds no character a block
    /// cannot (a control character, a line break other than LF).
    static func fitsBlock(_ text: String) -> Bool {
        guard let line = text.split(separator: "\n").first, let first = line.unicodeScalars.first, first != " ", first != "\t" else { return false }
        return !text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && needsEscape($0) }
    }

    static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c == "\u{2028}" || c == "\u{2029}" || c == "\u{FEFF}"
    }

    /// Text as a scalar that reads back as the same text: plain when nothing in it could be read
    /// otherwise (a number, `true`, a comment, a flow sign), else double-quoted.
    public static func scalar(_ text: String, inFlow: Bool) -> String {
        plainIsSafe(text, inFlow: inFlow) ? text : doubleQuoted(text)
    }

    static func plainIsSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" || "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.unicodeScalars.contains(where: { needsEscape($0) || $0 == "\t" }) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        if inFlow && text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        let reserved: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"]
        if reserved.contains(text.lowercased()) { return false }
        if "0123456789+.".unicodeScalars.contains(first) && text.unicodeScalars.allSatisfy({ "0123456789.:_+-eExXoObBaAcCdDfF".unicodeScalars.contains($0) }) { return false }
        if text.hasPrefix(".") { return false }
        return true
    }

    /// A YAML double-quoted scalar that reads back as `text` (quote, backslash, controls and line
    /// separators escaped): also what `kizuna init` and the stats snapshots write.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if needsEscape(c) {
                    out += c.value <= 0xFF ? "\\x" + hex(c.value, 2) : "\\u" + hex(c.value, 4)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    static func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension YAMLTextEdit.Value {
    /// Whether the key is written at all.
    var isPresent: Bool {
        switch self {
        case .absent: return false
        case .mapping(let entries): return entries.contains { $0.value.isPresent }
        default: return true
        }
    }

    /// The dotted keys a value names, for saying what changed.
    func presentKeys(_ path: String) -> [String] {
        if case .mapping(let entries) = self {
            return entries.filter { $0.value.isPresent }.flatMap { $0.value.presentKeys(path + "." + $0.key) }
        }
        return isPresent ? [path] : []
    }
}
