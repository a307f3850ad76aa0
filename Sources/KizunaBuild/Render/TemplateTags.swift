import KizunaContent
import KizunaSite
/// The tags of a Mustache template with their positions, for the checks swift-mustache does
/// not make: partials and layouts that do not exist, UI strings (`{{t.x.y}}`) that do not exist.
enum TemplateTags {
    struct Tag {
        /// `#`, `^`, `/`, `>`, `<`, `$`, `&`, `{` (triple mustache), or nil for a plain variable.
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "{", text[index...].hasPrefix("{{") {
                var nameStart = text.index(index, offsetBy: 2)
                var sigil: Character?
                if nameStart < text.endIndex, "#^/><$&{!=".contains(text[nameStart]) {
                    sigil = text[nameStart]
                    nameStart = text.index(after: nameStart)
                }
                if let close = text[nameStart...].range(of: "}}") {
                    let name = text[nameStart..<close.lowerBound].trimmed
                    if sigil != "!" && sigil != "=" {
                        tags.append(Tag(sigil: sigil, name: name, line: line, column: column))
                    }
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return tags
    }

    /// The UI string a tag reads (`t.news.title` → `news.title`), looking inside a transform
    /// such as `empty(t.x)`.
    static func stringKey(_ tag: Tag) -> String? {
        var name = Substring(tag.name)
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        guard name.hasPrefix("t.") else { return nil }
        return String(name.dropFirst(2))
    }
}
