import Foundation
import KizunaContent
import KizunaSite

/// UI strings of a theme in one language (`i18n/ja.yaml`): nested keys flatten to
/// `section.key`, lists (weekday names) stay lists, and a mapping of CLDR plural categories
/// (`{one: "{n} post", other: "{n} posts"}`) is one string with plural forms.
public struct Strings: Sendable {
    public var language: String
    var values: [String: String] = [:]
    var lists: [String: [String]] = [:]
    var plurals: [String: [String: String]] = [:]
    /// Where each key is written, in the file of `language`.
    var locations: [String: SourceLocation] = [:]

    public init(language: String) { self.language = language }

    /// Every key, whatever its kind.
    var keys: Set<String> { Set(values.keys).union(lists.keys).union(plurals.keys) }

    /// Theme loading checks that every key the build uses exists, so the key itself never shows.
    public subscript(_ key: String) -> String { values[key] ?? plurals[key]?["other"] ?? key }

    /// For keys that may be absent on purpose (labels of profile link kinds).
    public func optional(_ key: String) -> String? { values[key] }

    public func list(_ key: String) -> [String] { lists[key] ?? [] }

    /// Replaces `{name}` placeholders: `format("pagination.page_of", ["n": "2", "total": "3"])`.
    public func format(_ key: String, _ arguments: [String: String]) -> String {
        Self.fill(self[key], arguments)
    }

    /// The plural form of `key` for `count` in this language, with its placeholders filled:
    /// `count("news.posts_count", 1, ["n": "1"])` → "1 post".
    public func count(_ key: String, _ count: Int, _ arguments: [String: String]) -> String {
        guard let forms = plurals[key] else { return format(key, arguments) }
        let pattern = forms[PluralRule.category(of: count, language: language)] ?? forms["other"] ?? key
        return Self.fill(pattern, arguments)
    }

    static func fill(_ pattern: String, _ arguments: [String: String]) -> String {
        // One pass over the pattern; unknown placeholders stay as written.
        var out = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            out += arguments[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The nested dictionary templates read as `{{t.section.key}}` (plural strings in their `other` form).
    public var templateDictionary: [String: Any] {
        var root: [String: Any] = [:]
        for (key, value) in values.merging(plurals.compactMapValues { $0["other"] }, uniquingKeysWith: { a, _ in a }) {
            let parts = key.split(separator: ".").map(String.init)
            root = Self.insert(value, at: parts[...], into: root)
        }
        return root
    }

    static func insert(_ value: String, at path: ArraySlice<String>, into dictionary: [String: Any]) -> [String: Any] {
        var dictionary = dictionary
        guard let head = path.first else { return dictionary }
        if path.count == 1 {
            dictionary[head] = value
        } else {
            dictionary[head] = insert(value, at: path.dropFirst(), into: dictionary[head] as? [String: Any] ?? [:])
        }
        return dictionary
    }

    /// The strings of one `i18n/<language>.yaml`; nil when it cannot be read.
    static func load(file path: String, language: String, diagnostics: inout Diagnostics) -> Strings? {
        guard let file = SourceFile.read(path, diagnostics: &diagnostics) else { return nil }
        let result = YAMLParser().parse(file.text, path: path)
        diagnostics.append(contentsOf: result.diagnostics)
        guard let root = result.root else { return nil }
        var strings = Strings(language: language)
        strings.flatten(root, prefix: "", diagnostics: &diagnostics)
        return strings
    }

    mutating func flatten(_ node: YAMLNode, prefix: String, diagnostics: inout Diagnostics) {
        switch node.kind {
        case .mapping(let pairs):
            let names = pairs.compactMap(\.key.scalar)
            if !prefix.isEmpty, names.contains("other"), names.allSatisfy(PluralRule.categories.contains) {
                plurals[prefix] = Dictionary(pairs.compactMap { pair in pair.key.scalar.flatMap { k in pair.value.scalar.map { (k, $0) } } },
                                             uniquingKeysWith: { a, _ in a })
                locations[prefix] = node.location
                return
            }
            for (key, value) in pairs {
                guard let name = key.scalar else { continue }
                let path = prefix.isEmpty ? name : prefix + "." + name
                flatten(value, prefix: path, diagnostics: &diagnostics)
                locations[path] = locations[path] ?? key.location
            }
        case .sequence(let items):
            lists[prefix] = items.compactMap(\.scalar)
            locations[prefix] = locations[prefix] ?? node.location
        case .scalar(let text, _):
            values[prefix] = text
        }
    }

    /// This language's strings with `base`'s for keys it lacks (a theme check reports those).
    func falling(back base: Strings) -> Strings {
        // A key this language has in any form keeps that form: English plural forms must not
        // take over a Japanese key that has one form.
        var merged = self
        let own = keys
        merged.values.merge(base.values.filter { !own.contains($0.key) }) { own, _ in own }
        merged.lists.merge(base.lists.filter { !own.contains($0.key) }) { own, _ in own }
        merged.plurals.merge(base.plurals.filter { !own.contains($0.key) }) { own, _ in own }
        return merged
    }
}

/// CLDR plural categories for the languages a portal is likely written in. Japanese, Chinese
/// and Korean have one form; English and most European languages two (1 is `one`).
enum PluralRule {
    static let categories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    static func category(of n: Int, language: String) -> String {
        switch language.split(separator: "-").first.map(String.init) ?? language {
        case "ja", "zh", "ko", "th", "vi", "id": return "other"
        case "fr", "pt": return n == 0 || n == 1 ? "one" : "other"
        default: return n == 1 ? "one" : "other"
        }
    }
}
