import Foundation

/// Reads typed fields out of a YAML mapping, reporting every problem with its location and
/// carrying on, so one run lists all mistakes of a file. A key never read is an error, with the
/// field it was likely meant to be: a misspelt `deadine` must not leave a posting open forever,
/// nor `drafts: true` publish a draft.
public final class FieldReader {
    public private(set) var diagnostics = Diagnostics()
    public let node: YAMLNode
    /// Where to point when a required key is missing: the mapping itself.
    public let location: SourceLocation
    let zone: TimeZone
    private var values: [String: YAMLNode] = [:]
    private var keyOrder: [(String, SourceLocation)] = []
    private var used: Set<String> = []
    private let prefix: String

    /// - Parameter prefix: dotted path of this mapping inside the document, for messages (`venue.`).
    public init(_ node: YAMLNode, zone: TimeZone, prefix: String = "") {
        self.node = node
        self.location = node.location
        self.zone = zone
        self.prefix = prefix
        switch node.kind {
        case .mapping(let pairs):
            for (key, value) in pairs {
                guard let name = key.scalar else {
                    diagnostics.error(key.location, FieldMessage.keyNotPlain(key.shape))
                    continue
                }
                if values[name] == nil {
                    values[name] = value
                    keyOrder.append((name, key.location))
                }
            }
        default:
            if !node.isNull {
                diagnostics.error(node.location, FieldMessage.notMapping(node.shape))
            }
        }
    }

    /// The key as a message names it: dotted inside a nested mapping (`venue.name`).
    func name(_ key: String) -> String { prefix + key }

    /// The raw node for a key, marking it as understood.
    public func value(_ key: String) -> YAMLNode? {
        used.insert(key)
        guard let node = values[key], !node.isNull else { return nil }
        return node
    }

    public func has(_ key: String) -> Bool { value(key) != nil }

    /// Where a key's value stands (or the mapping, when the key is absent).
    public func location(of key: String) -> SourceLocation { values[key]?.location ?? location }

    public func error(_ location: SourceLocation, _ message: some CatalogueMessage) { diagnostics.error(location, message) }

    /// A required field is missing; when a key of the mapping looks like a misspelling of it,
    /// the message points there (and that key's own error points back).
    func missing(_ key: String) {
        let written = keyOrder.first { $0.0 != key && values[key] == nil && Suggestion.nearest(to: $0.0, in: [key]) != nil }
        if let (misspelt, at) = written {
            diagnostics.error(location, FieldMessage.missing(field: name(key), misspelt: name(misspelt), line: at.line))
        } else {
            diagnostics.error(location, FieldMessage.missing(field: name(key), misspelt: nil, line: 0))
        }
    }

    /// Every key the model does not know is an error, with the known field it is nearest to;
    /// call after reading every field (the fields read are the ones known).
    public func finish() -> Diagnostics {
        let known = Set(used)
        for (key, at) in keyOrder where !used.contains(key) {
            let meant = Suggestion.nearest(to: key, in: known.sorted())
            diagnostics.error(at, FieldMessage.unknown(field: name(key), meant: meant.map(name), known: known.sorted().map(name)))
        }
        return diagnostics
    }

    // MARK: Scalars

    public func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar else {
            diagnostics.error(node.location, FieldMessage.notText(field: name(key), node.shape))
            return nil
        }
        let trimmed = text.trimmed
        if required && trimmed.isEmpty {
            diagnostics.error(node.location, FieldMessage.empty(field: name(key)))
            return nil
        }
        return node.isPlainScalar || node.tag != nil ? trimmed : text
    }

    public func int(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar, node.isPlainScalar, let number = Int(text) else {
            let quoted = node.scalar.flatMap { Int($0) } != nil
            diagnostics.error(node.location, FieldMessage.notWholeNumber(field: name(key), node.written, quoted: quoted))
            return nil
        }
        if let range, !range.contains(number) {
            diagnostics.error(node.location, FieldMessage.outOfRange(field: name(key), lowest: range.lowerBound, highest: range.upperBound, value: number))
            return nil
        }
        return number
    }

    public func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar, node.isPlainScalar, let value = Self.bool(text) else {
            let quoted = node.scalar.flatMap(Self.bool) != nil
            diagnostics.error(node.location, FieldMessage.notTrueOrFalse(field: name(key), node.written, quoted: quoted))
            return nil
        }
        return value
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// One of the enum's raw values; the message lists what is allowed.
    public func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, required: Bool = false) -> T? where T.RawValue == String {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar, let value = T(rawValue: text.trimmed) else {
            let allowed = T.allCases.map(\.rawValue)
            let meant = node.scalar.flatMap { Suggestion.nearest(to: $0.trimmed, in: allowed) }
            diagnostics.error(node.location, FieldMessage.notOneOf(field: name(key), allowed: allowed, node.written, meant: meant))
            return nil
        }
        return value
    }

    public func date(_ key: String, required: Bool = false) -> LocalDate? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar, let date = LocalDate(iso: Substring(text.trimmed)) else {
            diagnostics.error(node.location, FieldMessage.notDate(field: name(key), node.written))
            return nil
        }
        return date
    }

    public func timestamp(_ key: String, required: Bool = false) -> Timestamp? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar, let stamp = Timestamp(iso: text.trimmed, zone: zone) else {
            diagnostics.error(node.location, FieldMessage.notDateOrDateTime(field: name(key), node.written))
            return nil
        }
        return stamp
    }

    public func yearMonth(_ key: String, required: Bool = false) -> YearMonth? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar, let value = YearMonth(iso: Substring(text.trimmed)) else {
            diagnostics.error(node.location, FieldMessage.notYearMonth(field: name(key), node.written))
            return nil
        }
        return value
    }

    /// A link editors give for readers to follow: only http(s) and, where allowed, mailto.
    public func link(_ key: String, required: Bool = false, allowMailto: Bool = true) -> Link? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        return Self.link(node, name: name(key), allowMailto: allowMailto, diagnostics: &diagnostics)
    }

    static func link(_ node: YAMLNode, name: String, allowMailto: Bool, diagnostics: inout Diagnostics) -> Link? {
        guard let text = node.scalar else {
            diagnostics.error(node.location, FieldMessage.notLink(field: name, node.shape))
            return nil
        }
        switch Link.parse(text, allowMailto: allowMailto) {
        case .success(let link): return link
        case .failure(let problem):
            diagnostics.error(node.location, FieldMessage.badLink(field: name, problem))
            return nil
        }
    }

    /// A Markdown text (an event's description, a profile's bio …), checked against
    /// `MarkdownLimits` so a hostile text is a located error, not a slow build.
    public func markdown(_ key: String) -> MarkdownSource? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar else {
            diagnostics.error(node.location, FieldMessage.notMarkdown(field: name(key), node.shape))
            return nil
        }
        // A block scalar (`|`) starts on the line after its indicator.
        var isBlock = false
        if case .scalar(_, .literal) = node.kind { isBlock = true }
        var quoted = false
        if case .scalar(_, .quoted) = node.kind { quoted = true }
        for problem in MarkdownLimits.check(text) {
            let line = node.location.line + problem.line - (isBlock ? 0 : 1)
            // A block's lines are indented in the file; a flow scalar's first line starts at the
            // value (after its quote). Later lines of a flow scalar were folded: column as given.
            let column = isBlock ? problem.column + (node.contentStart?.column ?? 1) - 1
                : problem.line == 1 ? node.location.column + (quoted ? 1 : 0) + problem.column - 1 : problem.column
            diagnostics.error(SourceLocation(path: node.location.path, line: line, column: column), FieldMessage.markdownLimit(field: name(key), problem.message.text))
        }
        if isBlock, let start = node.contentStart {
            return MarkdownSource(text: text, location: start, indent: start.column - 1)
        }
        return MarkdownSource(text: text, location: node.location)
    }

    // MARK: Collections

    /// A list of texts; a single value is taken as a one-element list.
    public func strings(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        let items: [YAMLNode]
        switch node.kind {
        case .sequence(let list): items = list
        case .scalar: items = [node]
        case .mapping:
            diagnostics.error(node.location, FieldMessage.listNotMapping(field: name(key)))
            return []
        }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar, !item.isNull else {
                diagnostics.error(item.location, FieldMessage.listItemNotText(field: name(key), item.shape))
                continue
            }
            let trimmed = text.trimmed
            if trimmed.isEmpty {
                diagnostics.error(item.location, FieldMessage.listItemEmpty(field: name(key)))
            } else {
                result.append(trimmed)
            }
        }
        return result
    }

    /// The items of a list, each with its location, for lists of numbers or of mappings.
    public func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let items) = node.kind else {
            diagnostics.error(node.location, FieldMessage.notList(field: name(key), node.shape))
            return nil
        }
        return items
    }

    /// A nested mapping, read by its own reader whose messages are merged into this one's.
    public func nested<T>(_ key: String, required: Bool = false, _ read: (FieldReader) -> T?) -> T? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        let reader = FieldReader(node, zone: zone, prefix: "\(prefix)\(key).")
        guard case .mapping = node.kind else {
            diagnostics.append(contentsOf: reader.finish())
            return nil
        }
        let result = read(reader)
        diagnostics.append(contentsOf: reader.finish())
        return result
    }

    /// The editor's own fields (`extra:`), handed to templates as written.
    public func extra() -> ExtraFields {
        guard let node = value("extra") else { return ExtraFields() }
        return ExtraFields.read(node, field: name("extra"), &diagnostics)
    }

    /// Merges problems found by the caller while interpreting a value.
    public func absorb(_ other: Diagnostics) { diagnostics.append(contentsOf: other) }
}
