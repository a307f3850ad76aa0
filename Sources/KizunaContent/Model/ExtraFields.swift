/// An editor's own data on an item (`extra:`): a mapping of texts, lists and mappings that
/// Kizuna does not interpret and hands to the theme's templates as written (`{{extra.room}}`).
/// A field Kizuna does not know is an error everywhere else, so a misspelling never passes
/// silently; this is the one place for data of the editors' own.
public struct ExtraFields: Sendable, Hashable {
    public indirect enum Value: Sendable, Hashable {
        case text(String)
        case list([Value])
        case map([Entry])
    }

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: Value
    }

    public var entries: [Entry] = []
    public var isEmpty: Bool { entries.isEmpty }

    public init(entries: [Entry] = []) { self.entries = entries }

    /// Link schemes that run code or read the reader's files: a template may well put an extra
    /// value in an `href`, so these are refused like any other link from YAML.
    static let refusedSchemes = ["javascript:", "vbscript:", "data:", "file:"]

    /// The `extra:` mapping, every problem located: keys are names, values anything but a link
    /// that would run code.
    static func read(_ node: YAMLNode, field: String, _ diagnostics: inout Diagnostics) -> ExtraFields {
        guard case .mapping = node.kind else {
            diagnostics.error(node.location, FieldMessage.extraNotMapping(field: field, node.shape))
            return ExtraFields()
        }
        guard case .map(let entries)? = value(node, field: field, &diagnostics) else { return ExtraFields() }
        return ExtraFields(entries: entries)
    }

    static func value(_ node: YAMLNode, field: String, _ diagnostics: inout Diagnostics) -> Value? {
        switch node.kind {
        case .scalar(let text, _):
            let lowered = text.trimmed.lowercased().filter { !$0.isWhitespace }
            if let scheme = refusedSchemes.first(where: { lowered.hasPrefix($0) }) {
                diagnostics.error(node.location, FieldMessage.extraRefusedLink(field: field, scheme: String(scheme.dropLast())))
                return nil
            }
            return .text(node.isNull ? "" : text)
        case .sequence(let items):
            return .list(items.enumerated().compactMap { value($1, field: "\(field).\($0)", &diagnostics) })
        case .mapping(let pairs):
            var entries: [Entry] = []
            for (key, item) in pairs {
                guard let name = key.scalar, !key.isNull else {
                    diagnostics.error(key.location, FieldMessage.keyNotPlain(key.shape))
                    continue
                }
                if let value = value(item, field: "\(field).\(name)", &diagnostics) { entries.append(Entry(key: name, value: value)) }
            }
            return .map(entries)
        }
    }
}
