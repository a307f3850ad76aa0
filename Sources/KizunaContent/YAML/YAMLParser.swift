import CYAML

/// The only code that touches libyaml: turns a document into a `YAMLNode` tree with 1-based
/// locations, reporting syntax errors, duplicate keys and alias bombs as diagnostics.
public struct YAMLParser: Sendable {
    /// Expanding aliases copies the anchored subtree; bound the total so a "billion laughs"
    /// document fails fast instead of eating memory.
    public var maxNodes = 200_000
    /// Nesting deeper than this is refused: no content needs more than a handful of levels, and
    /// every stage that walks the tree (and the tree's own deallocation) recurses once per level.
    public static let defaultMaxDepth = 64
    public var maxDepth = YAMLParser.defaultMaxDepth

    public init() {}

    public struct Result: Sendable {
        public var root: YAMLNode?
        public var diagnostics: Diagnostics
    }

    /// - Parameter lineOffset: lines before this text in the file (front matter starts after `---`).
    public func parse(_ text: String, path: String, lineOffset: Int = 0) -> Result {
        var session = Session(path: path, lineOffset: lineOffset, maxNodes: maxNodes, maxDepth: maxDepth)
        session.text = text
        (session.lineStarts, session.contentEnd, session.length) = Session.lineStarts(of: text)
        session.lineIndents = Session.lineIndents(of: text)
        let bytes = Array(text.utf8)
        let root = bytes.withUnsafeBufferPointer { buffer in session.run(buffer) }
        return Result(root: root, diagnostics: session.diagnostics)
    }
}

private struct Session {
    let path: String
    let lineOffset: Int
    let maxNodes: Int
    let maxDepth: Int
    var diagnostics = Diagnostics()
    /// Anchored nodes with their size (values, for the expansion bound) and height (levels, for the depth bound).
    var anchors: [String: (node: YAMLNode, size: Int, height: Int)] = [:]
    var nodeCount = 0
    /// Collections open around the node being built.
    var depth = 0
    /// Collection levels of the last node built (0 for a scalar): an alias brings its anchor's levels along.
    var lastHeight = 0
    var parser = yaml_parser_t()
    var failed = false

    init(path: String, lineOffset: Int, maxNodes: Int, maxDepth: Int) {
        self.path = path
        self.lineOffset = lineOffset
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    /// The document, and its characters once a value needs locating inside (`refusedCharacters`).
    var text = ""
    var characters: [Unicode.Scalar]?

    /// Character (scalar) offsets where each line starts, lines ending at LF only.
    var lineStarts: [Int] = [0]
    /// Leading spaces of each line, or nil for a blank line: where a block scalar's text starts.
    var lineIndents: [Int?] = []

    static func lineIndents(of text: String) -> [Int?] {
        Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { (line: ArraySlice<UInt8>) -> Int? in
            let spaces = line.prefix { $0 == UInt8(ascii: " ") }.count
            return line.dropFirst(spaces).allSatisfy { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") } ? nil : spaces
        }
    }
    /// Character offset just after the last character that is not white space.
    var contentEnd = 0
    /// Characters in the text.
    var length = 0

    static func lineStarts(of text: String) -> (starts: [Int], contentEnd: Int, length: Int) {
        var starts = [0]
        var index = 0
        var contentEnd = 0
        for scalar in text.unicodeScalars {
            index += 1
            if scalar == "\n" { starts.append(index) }
            if !(scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r") { contentEnd = index }
        }
        return (starts, contentEnd, index)
    }

    /// The editor's line and column of a mark. libyaml's own line count also breaks at U+0085,
    /// U+2028 and U+2029 (YAML 1.1), which editors do not, so work from its character index.
    func location(_ mark: yaml_mark_t) -> SourceLocation { location(index: Int(mark.index)) }

    func location(index: Int) -> SourceLocation {
        var index = index
        var row = line(of: index)
        // libyaml reports a problem found at the end of the stream (an unclosed quote) after the
        // final newline, on a line the editor does not have, or on a trailing blank line: place
        // it just after the last text. A mark on a character there (a stray tab) stays.
        let onLineBreak = row + 1 < lineStarts.count && lineStarts[row + 1] == index + 1
        if index >= contentEnd && (index >= length || onLineBreak) {
            index = contentEnd
            row = line(of: index)
        }
        return SourceLocation(path: path, line: row + 1 + lineOffset, column: index - lineStarts[row] + 1)
    }

    /// The 0-based line holding character `index`.
    func line(of index: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.error(SourceLocation(path: path), YAMLMessage.parserUnavailable)
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var root: YAMLNode?
        var documents = 0
        while !failed, var event = next() {
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root ?? YAMLNode(.scalar("", .plain), at: SourceLocation(path: path, line: 1 + lineOffset))
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    diagnostics.error(location(event.start_mark), YAMLMessage.secondDocument)
                    return nil
                }
                guard var first = next() else { return nil }
                defer { yaml_event_delete(&first) }
                root = node(startingWith: &first)
            default:
                continue
            }
        }
        return failed ? nil : root
    }

    /// The next event, or nil after reporting libyaml's error.
    mutating func next() -> yaml_event_t? {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            reportParserError()
            return nil
        }
        return event
    }

    mutating func reportParserError() {
        failed = true
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = parser.context.map { String(cString: $0) }
        if parser.error == YAML_READER_ERROR {
            // The reader gives a byte offset and leaves the mark at the start: locate the character,
            // and name an invisible one as the rest of Kizuna does.
            let index = String(decoding: text.utf8.prefix(max(0, Int(parser.problem_offset))), as: UTF8.self).unicodeScalars.count
            if let c = Unicode.Scalar(UInt32(truncatingIfNeeded: parser.problem_value)), ControlCharacters.isRefused(c) {
                diagnostics.error(location(index: index), ControlCharacterMessage.invisible(ControlCharacters.describe(c)))
            } else {
                diagnostics.error(location(index: index), YAMLMessage.syntax(YAMLSyntaxProblem(libyaml: problem, context: nil), context: nil, line: 0, column: 0))
            }
            return
        }
        // libyaml's English phrases are read into the catalogue's, so the message has both languages.
        let at = location(parser.context_mark)
        diagnostics.error(location(parser.problem_mark), YAMLMessage.syntax(
            YAMLSyntaxProblem(libyaml: problem, context: context), context: context.map(YAMLSyntaxContext.init(libyaml:)),
            line: at.line, column: at.column))
    }

    mutating func count(_ size: Int, at mark: yaml_mark_t) -> Bool {
        nodeCount += size
        if nodeCount > maxNodes {
            if !failed {
                diagnostics.error(location(mark), YAMLMessage.tooManyValues(limit: maxNodes))
            }
            failed = true
            return false
        }
        return true
    }

    /// Refuses a tree deeper than `maxDepth`, so nothing downstream can exhaust the stack.
    mutating func within(depth levels: Int, at mark: yaml_mark_t) -> Bool {
        guard levels > maxDepth else { return true }
        if !failed {
            diagnostics.error(location(mark), YAMLMessage.nestedTooDeep(limit: maxDepth))
        }
        failed = true
        return false
    }

    static func span(_ start: yaml_mark_t, _ end: yaml_mark_t) -> Range<Int> {
        let from = Int(start.index)
        return from..<max(from, Int(end.index))
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// Builds the node whose first event is `event`, consuming the events of its children.
    mutating func node(startingWith event: inout yaml_event_t) -> YAMLNode? {
        let at = location(event.start_mark)
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                diagnostics.error(at, YAMLMessage.unknownAlias(name))
                failed = true
                return nil
            }
            guard count(anchored.size, at: event.start_mark),
                  within(depth: depth + anchored.height, at: event.start_mark) else { return nil }
            lastHeight = anchored.height
            return anchored.node

        case YAML_SCALAR_EVENT:
            guard count(1, at: event.start_mark) else { return nil }
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: YAMLNode.ScalarStyle
            switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .quoted
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .literal
            default: style = .plain
            }
            if ControlCharacters.occur(in: text) {
                refusedCharacters(in: text, from: event.start_mark, to: event.end_mark, doubleQuoted: scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
            }
            var node = YAMLNode(.scalar(text, style), at: at, tag: Self.string(scalar.tag))
            node.span = Self.span(event.start_mark, event.end_mark)
            if style == .literal {
                // A block scalar's text starts on the next line, at the indentation of its first
                // line with text; Markdown in it is located from there.
                let next = at.line - lineOffset
                if let indent = lineIndents.dropFirst(next).lazy.compactMap({ $0 }).first {
                    node.contentStart = SourceLocation(path: path, line: at.line + 1, column: indent + 1)
                }
            }
            lastHeight = 0
            remember(Self.string(scalar.anchor), node, size: 1, height: 0)
            return node

        case YAML_SEQUENCE_START_EVENT:
            let anchor = Self.string(event.data.sequence_start.anchor)
            let before = nodeCount
            guard within(depth: depth + 1, at: event.start_mark) else { return nil }
            depth += 1
            defer { depth -= 1 }
            var items: [YAMLNode] = []
            var height = 0
            var end = event.end_mark
            while true {
                guard var child = next() else { return nil }
                defer { yaml_event_delete(&child) }
                if child.type == YAML_SEQUENCE_END_EVENT { end = child.end_mark; break }
                guard let item = node(startingWith: &child) else { return nil }
                height = max(height, lastHeight)
                items.append(item)
            }
            guard count(1, at: event.start_mark) else { return nil }
            var node = YAMLNode(.sequence(items), at: at, tag: Self.string(event.data.sequence_start.tag))
            node.span = Self.span(event.start_mark, end)
            lastHeight = height + 1
            remember(anchor, node, size: nodeCount - before, height: lastHeight)
            return node

        case YAML_MAPPING_START_EVENT:
            let anchor = Self.string(event.data.mapping_start.anchor)
            let before = nodeCount
            guard within(depth: depth + 1, at: event.start_mark) else { return nil }
            depth += 1
            defer { depth -= 1 }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: [String: SourceLocation] = [:]
            var height = 0
            var end = event.end_mark
            while true {
                guard var keyEvent = next() else { return nil }
                defer { yaml_event_delete(&keyEvent) }
                if keyEvent.type == YAML_MAPPING_END_EVENT { end = keyEvent.end_mark; break }
                guard let key = node(startingWith: &keyEvent) else { return nil }
                height = max(height, lastHeight)
                guard var valueEvent = next() else { return nil }
                defer { yaml_event_delete(&valueEvent) }
                guard let value = node(startingWith: &valueEvent) else { return nil }
                height = max(height, lastHeight)
                if let name = key.scalar {
                    if let first = seen[name] {
                        diagnostics.error(key.location, YAMLMessage.duplicateKey(name, firstLine: first.line))
                    } else {
                        seen[name] = key.location
                    }
                }
                pairs.append((key, value))
            }
            guard count(1, at: event.start_mark) else { return nil }
            var node = YAMLNode(.mapping(pairs), at: at, tag: Self.string(event.data.mapping_start.tag))
            node.span = Self.span(event.start_mark, end)
            lastHeight = height + 1
            remember(anchor, node, size: nodeCount - before, height: lastHeight)
            return node

        default:
            diagnostics.error(at, YAMLMessage.unexpectedStructure)
            failed = true
            return nil
        }
    }

    /// A value holding a control character or noncharacter is an error at the escape that wrote
    /// it (libyaml refuses them raw), or at the value when no escape can be told.
    mutating func refusedCharacters(in value: String, from start: yaml_mark_t, to end: yaml_mark_t, doubleQuoted: Bool) {
        var escapes: [YAMLEscapedControls.Found] = []
        if doubleQuoted {
            if characters == nil { characters = Array(text.unicodeScalars) }
            let all = characters!
            let from = min(Int(start.index), all.count), to = min(max(from, Int(end.index)), all.count)
            escapes = YAMLEscapedControls.find(inDoubleQuoted: Array(all[from..<to]))
            for escape in escapes {
                diagnostics.error(location(index: from + escape.offset),
                                  ControlCharacterMessage.escaped(written: escape.written, ControlCharacters.describe(escape.character)))
            }
        }
        guard escapes.isEmpty else { return }
        for character in value.unicodeScalars where ControlCharacters.isRefused(character) {
            diagnostics.error(location(start), ControlCharacterMessage.inValue(ControlCharacters.describe(character)))
        }
    }

    mutating func remember(_ anchor: String?, _ node: YAMLNode, size: Int, height: Int) {
        if let anchor { anchors[anchor] = (node, max(1, size), height) }
    }
}
