import Foundation

/// UI strings of a theme in one language (`i18n/ja.yaml`): nested keys flatten to
/// `section.key`, and lists (weekday names) stay lists. Missing keys fall back to English.
public struct Strings: Sendable {
    public var language: String
    var values: [String: String] = [:]
    var lists: [String: [String]] = [:]

    public subscript(_ key: String) -> String { values[key] ?? key }

    public func list(_ key: String) -> [String] { lists[key] ?? [] }

    /// Replaces `{name}` placeholders: `format("news.page_of", ["n": "2"])`.
    public func format(_ key: String, _ arguments: [String: String]) -> String {
        // One pass over the pattern; unknown placeholders stay as written.
        let pattern = self[key]
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

    /// The nested dictionary templates read as `{{t.section.key}}`.
    public var templateDictionary: [String: Any] {
        var root: [String: Any] = [:]
        for (key, value) in values {
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

    static func load(themeDirectory: String, language: String, diagnostics: inout Diagnostics) -> Strings {
        var strings = Strings(language: language)
        // English first, then the site's language over it: a missing key shows English, not a key name.
        for lang in language == "en" ? ["en"] : ["en", language] {
            let path = themeDirectory + "/i18n/\(lang).yaml"
            guard FileManager.default.fileExists(atPath: path) else {
                if lang == language { diagnostics.error(SourceLocation(path: path), "the theme has no UI strings for language '\(lang)'") }
                continue
            }
            guard let file = SourceFile.read(path, diagnostics: &diagnostics) else { continue }
            let result = YAMLParser().parse(file.text, path: path)
            diagnostics.append(contentsOf: result.diagnostics)
            guard let root = result.root else { continue }
            strings.flatten(root, prefix: "", diagnostics: &diagnostics)
        }
        return strings
    }

    mutating func flatten(_ node: YAMLNode, prefix: String, diagnostics: inout Diagnostics) {
        switch node.kind {
        case .mapping(let pairs):
            for (key, value) in pairs {
                guard let name = key.scalar else { continue }
                flatten(value, prefix: prefix.isEmpty ? name : prefix + "." + name, diagnostics: &diagnostics)
            }
        case .sequence(let items):
            lists[prefix] = items.compactMap(\.scalar)
        case .scalar(let text, _):
            values[prefix] = text
        }
    }
}
