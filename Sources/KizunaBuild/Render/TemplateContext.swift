import KizunaContent
import KizunaSite
/// The one place a view becomes what swift-mustache reads: any `Encodable` view value turns
/// into nested `[String: Any]` and `[Any]` of strings, numbers and booleans. Dictionaries, not
/// the structs themselves: swift-mustache reads them about three times faster than through
/// reflection. Property names become snake_case keys (`bodyHTML` → `body_html`), and a nil
/// optional leaves its key out, so `{{#key}}` sections simply do not render.
enum TemplateContext {
    static func make<T: Encodable>(_ value: T) -> Any {
        // Views hold only strings, numbers, booleans, arrays and views: encoding cannot fail.
        (try? encode(value)) ?? [String: Any]()
    }

    static func encode<T: Encodable>(_ value: T) throws -> Any {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let strings as [String]: return strings
        case let cached as any CachedContext: return cached.context
        default:
            let encoder = TemplateEncoder()
            try value.encode(to: encoder)
            return finalized(encoder.slot ?? DictionaryBox())
        }
    }

    /// Values are stored final as they are encoded; only containers opened with
    /// `nestedContainer` (which synthesized `Encodable` never uses) are boxes to unwrap.
    static func finalized(_ value: Any) -> Any {
        switch value {
        case let box as DictionaryBox: return box.hasBoxes ? box.values.mapValues(finalized) : box.values
        case let box as ArrayBox: return box.hasBoxes ? box.values.map(finalized) : box.values
        default: return value
        }
    }

    /// `bodyHTML` → `body_html`, `startISO` → `start_iso`, `nameEN` → `name_en`.
    static func snakeCase(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return key }
        let characters = Array(key)
        var out = ""
        for (i, c) in characters.enumerated() {
            if c.isUppercase, i > 0 {
                let previousLower = characters[i - 1].isLowercase || characters[i - 1].isNumber
                let nextLower = i + 1 < characters.count && characters[i + 1].isLowercase
                if previousLower || (characters[i - 1].isUppercase && nextLower) { out.append("_") }
            }
            out += c.lowercased()
        }
        return out
    }
}

final class DictionaryBox {
    var values: [String: Any] = [:]
    var hasBoxes = false
}

final class ArrayBox {
    var values: [Any] = []
    var hasBoxes = false
}

/// A view whose template context was made once, for a view shown on many pages (a news post's
/// card is on list, tag, home and neighbour pages). It encodes as its view for any other encoder.
protocol CachedContext: Sendable {
    var context: Any { get }
}

struct Cached<View: Encodable & Sendable>: Encodable, CachedContext, @unchecked Sendable {
    let view: View
    /// Nested dictionaries and arrays of strings, numbers and booleans, only read once made.
    private(set) var context: Any

    init(_ view: View) {
        self.view = view
        context = TemplateContext.make(view)
    }

    /// Adds the context's own fingerprint (see `ContextFingerprint.key`): call once it is complete.
    mutating func seal() {
        guard let dictionary = context as? [String: Any] else { return }
        context = ContextFingerprint.sealed(dictionary)
    }

    /// A value made from the view by rendering (the card's HTML), offered beside its keys.
    mutating func add(_ key: String, _ value: String) {
        guard var dictionary = context as? [String: Any] else { return }
        dictionary[key] = value
        context = dictionary
    }

    func encode(to encoder: any Encoder) throws { try view.encode(to: encoder) }
}

final class TemplateEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// A `DictionaryBox`, an `ArrayBox` or a single value.
    var slot: Any?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // A second request (a view encoding another into the same dictionary) shares the first.
        if let box = slot as? DictionaryBox { return KeyedEncodingContainer(KeyedContainer(box: box)) }
        let box = DictionaryBox()
        slot = box
        return KeyedEncodingContainer(KeyedContainer(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box = ArrayBox()
        slot = box
        return UnkeyedContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: DictionaryBox
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.values[TemplateContext.snakeCase(key.stringValue)] = try TemplateContext.encode(value)
        }
        // The common leaf types without a dynamic cast.
        mutating func encode(_ value: String, forKey key: Key) throws { box.values[TemplateContext.snakeCase(key.stringValue)] = value }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.values[TemplateContext.snakeCase(key.stringValue)] = value }
        mutating func encode(_ value: Int, forKey key: Key) throws { box.values[TemplateContext.snakeCase(key.stringValue)] = value }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            if let value { box.values[TemplateContext.snakeCase(key.stringValue)] = value }
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
            if let value { box.values[TemplateContext.snakeCase(key.stringValue)] = value }
        }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            if let value { box.values[TemplateContext.snakeCase(key.stringValue)] = value }
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            box.hasBoxes = true
            let nested = DictionaryBox()
            box.values[TemplateContext.snakeCase(key.stringValue)] = nested
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            box.hasBoxes = true
            let nested = ArrayBox()
            box.values[TemplateContext.snakeCase(key.stringValue)] = nested
            return UnkeyedContainer(box: nested)
        }
        mutating func superEncoder() -> any Encoder { SharedEncoder(box: box) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { SharedEncoder(box: box) }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: ArrayBox
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.values.count }

        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws { box.values.append(try TemplateContext.encode(value)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            box.hasBoxes = true
            let nested = DictionaryBox()
            box.values.append(nested)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            box.hasBoxes = true
            let nested = ArrayBox()
            box.values.append(nested)
            return UnkeyedContainer(box: nested)
        }
        mutating func superEncoder() -> any Encoder { TemplateEncoder() }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let encoder: TemplateEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.slot = try TemplateContext.encode(value) }
    }

    /// Encodes into an existing dictionary (a view flattening another into itself).
    final class SharedEncoder: Encoder {
        let box: DictionaryBox
        init(box: DictionaryBox) { self.box = box }
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> { KeyedEncodingContainer(KeyedContainer(box: box)) }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedContainer(box: ArrayBox()) }
        func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: TemplateEncoder()) }
    }
}
