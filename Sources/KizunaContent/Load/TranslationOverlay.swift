/// A translation laid over its original: the translation's text fields replace the original's,
/// everything else is the original's. A translation that writes any other field must write it
/// as the original does (a date or a link is the same in every language); a different value is a
/// located error, as is a field the kind does not translate that the original does not have.
/// Nodes keep their own locations, so a later error in a translated field points into the
/// translation and one in an inherited field into the original.
struct TranslationOverlay {
    /// Key paths of the kind's text fields (`venue.name`, `questions.*.text`).
    let textFields: [String]
    /// The original file, relative to the content folder, for messages (`events/x.yaml`).
    let original: String

    func merge(_ original: YAMLNode, _ translation: YAMLNode, _ d: inout Diagnostics) -> YAMLNode {
        merge(original, translation, at: [], &d)
    }

    private func merge(_ original: YAMLNode, _ translation: YAMLNode, at path: [String], _ d: inout Diagnostics) -> YAMLNode {
        let dotted = path.joined(separator: ".")
        if isText(path) {
            // A translated list (a question's options) keeps its length: counts are by position.
            if case .sequence(let before) = original.kind, case .sequence(let after) = translation.kind, before.count != after.count {
                d.error(translation.location, TranslationMessage.listLength(field: dotted, original: self.original, count: before.count))
                return original
            }
            return translation
        }
        switch (original.kind, translation.kind) {
        case (.mapping(let before), .mapping(let after)) where leadsToText(path):
            var pairs = before
            for (key, value) in after {
                guard let name = key.scalar else { continue }
                if let index = pairs.firstIndex(where: { $0.key.scalar == name }) {
                    pairs[index].value = merge(pairs[index].value, value, at: path + [name], &d)
                } else if isText(path + [name]) {
                    pairs.append((key, value))
                } else {
                    d.error(key.location, TranslationMessage.notText(field: (path + [name]).joined(separator: "."), original: self.original, textFields: textFields))
                }
            }
            var merged = original
            merged.kind = .mapping(pairs)
            return merged
        case (.sequence(let before), .sequence(let after)) where leadsToText(path + ["*"]) && before.count == after.count:
            var merged = original
            merged.kind = .sequence(zip(before, after).map { merge($0, $1, at: path + ["*"], &d) })
            return merged
        case (.sequence(let before), .sequence) where leadsToText(path + ["*"]):
            // Items with text (a question's comments) are matched by position: as many as the original's.
            d.error(translation.location, TranslationMessage.listLength(field: dotted, original: self.original, count: before.count))
            return original
        default:
            if !Self.same(original, translation) {
                d.error(translation.location, TranslationMessage.notText(field: dotted, original: self.original, textFields: textFields))
            }
            return original
        }
    }

    /// A text field, or inside one (`extra` takes everything under it).
    func isText(_ path: [String]) -> Bool {
        textFields.contains { field in
            let parts = field.split(separator: ".").map(String.init)
            return path.count >= parts.count && zip(parts, path).allSatisfy { $0 == "*" || $0 == $1 }
        }
    }

    /// Some text field lies under this path (`venue` for `venue.name`; the root for all).
    func leadsToText(_ path: [String]) -> Bool {
        textFields.contains { field in
            let parts = field.split(separator: ".").map(String.init)
            return parts.count > path.count && zip(parts, path).allSatisfy { $0 == "*" || $0 == $1 }
        }
    }

    /// The same value, whatever the layout: scalars by their text, lists and mappings item by item.
    static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a.kind, b.kind) {
        case (.scalar(let x, _), .scalar(let y, _)): return x == y && a.tag == b.tag
        case (.sequence(let x), .sequence(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return false }
            return x.allSatisfy { pair in y.contains { $0.key.scalar == pair.key.scalar && same($0.value, pair.value) } }
        default: return false
        }
    }
}
