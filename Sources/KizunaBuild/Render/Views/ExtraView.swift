import KizunaContent

/// An item's `extra:` as templates read it: keys exactly as the editor wrote them (not turned
/// into snake_case like the views' own keys), values as texts, lists and mappings.
struct ExtraView: Encodable, CachedContext, @unchecked Sendable {
    let fields: ExtraFields
    /// `[String: Any]` of strings, `[Any]` and nested dictionaries.
    let context: Any

    /// nil for an item without `extra:`, so `{{#extra}}` does not render.
    init?(_ fields: ExtraFields) {
        guard !fields.isEmpty else { return nil }
        self.fields = fields
        context = Self.context(.map(fields.entries))
    }

    static func context(_ value: ExtraFields.Value) -> Any {
        switch value {
        case .text(let text): return text
        case .list(let items): return items.map(context)
        case .map(let entries):
            return Dictionary(entries.map { ($0.key, context($0.value)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws { try Self.encode(.map(fields.entries), to: encoder) }

    static func encode(_ value: ExtraFields.Value, to encoder: any Encoder) throws {
        switch value {
        case .text(let text):
            var single = encoder.singleValueContainer()
            try single.encode(text)
        case .list(let items):
            var list = encoder.unkeyedContainer()
            for item in items { try list.encode(Nested(value: item)) }
        case .map(let entries):
            var map = encoder.container(keyedBy: Key.self)
            for entry in entries { try map.encode(Nested(value: entry.value), forKey: Key(stringValue: entry.key)) }
        }
    }

    struct Nested: Encodable {
        let value: ExtraFields.Value
        func encode(to encoder: any Encoder) throws { try ExtraView.encode(value, to: encoder) }
    }
}
