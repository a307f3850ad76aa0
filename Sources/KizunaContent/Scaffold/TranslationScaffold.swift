/// The file `kizuna new <kind> <slug> --translation <code>` writes beside an original: each text
/// field the original has (its kind's `textFields`), with the original's value for the editor to
/// overwrite in place, nested as in the original (`venue:` then `name:`; a survey's questions as a
/// list of the same length, each with only its `text` and `options`), and a Markdown kind's body
/// after the front matter. Nothing else: the rest is the original's in every language
/// (`TranslationOverlay`), so the file loads as it is, and its language's pages show the
/// original's text until it is translated.
public struct TranslationScaffold: Sendable {
    public var kind: any ItemKind
    /// The original, relative to the content folder (`events/meetup.yaml`), for the header.
    public var original: String
    /// The language's name in each language the comments are written in (英語, English).
    public var languageName: LocalizedText
    public var language: String

    public init(kind: any ItemKind, original: String, language: String, languageName: LocalizedText) {
        self.kind = kind
        self.original = original
        self.language = language
        self.languageName = languageName
    }

    /// The translation's text from the original's, or nil (the problems in `diagnostics`) when
    /// the original's YAML, front matter or body cannot be read.
    public func text(of source: SourceFile, _ diagnostics: inout Diagnostics) -> String? {
        // The loader's own reading of a file, so what is copied is what a build reads.
        guard let document = ContentLoader(contentDirectory: "", kinds: []).document(source, kind.format, &diagnostics) else { return nil }
        let overlay = TranslationOverlay(textFields: kind.textFields, original: original)
        let fields = entries(document.root, at: [], overlay)
        let lists = fields.contains { if case .items = $0.value { true } else { false } }
        let yaml = YAMLTextEdit.render(fields, header: header(lists: lists), exactBlocks: true)
        guard let body = document.body else { return yaml }
        return "---\n" + yaml + "---\n" + body.text
    }

    /// The text fields under `node` (a mapping) at `path`, in the original's order.
    func entries(_ node: YAMLNode, at path: [String], _ overlay: TranslationOverlay) -> [YAMLTextEdit.Entry] {
        guard case .mapping(let pairs) = node.kind else { return [] }
        var result: [YAMLTextEdit.Entry] = []
        for (key, value) in pairs {
            guard let name = key.scalar, !key.isNull else { continue }
            let here = path + [name]
            if overlay.isText(here) {
                if let text = Self.value(value) { result.append(.init(name, text)) }
            } else if case .mapping = value.kind, overlay.leadsToText(here) {
                let inner = entries(value, at: here, overlay)
                if !inner.isEmpty { result.append(.init(name, .mapping(inner))) }
            } else if case .sequence(let items) = value.kind, overlay.leadsToText(here + ["*"]) {
                // Every item, by position: the overlay matches a list of the same length only.
                result.append(.init(name, .items(items.map { .mapping(entries($0, at: here + ["*"], overlay)) })))
            }
        }
        return result
    }

    /// A text field's value as the original writes it; nil for nothing (`summary:` left empty,
    /// which the translation then leaves to the original too).
    static func value(_ node: YAMLNode) -> YAMLTextEdit.Value? {
        switch node.kind {
        case .scalar(let text, _):
            return node.isNull ? nil : .text(text)
        case .sequence(let items):
            let texts = items.compactMap { $0.isNull ? nil : $0.scalar }
            return texts.count == items.count ? .list(texts) : .items(items.map { value($0) ?? .text("") })
        case .mapping(let pairs):
            return .mapping(pairs.compactMap { key, item in
                guard let name = key.scalar, !key.isNull, let inner = value(item) else { return nil }
                return .init(name, inner)
            })
        }
    }

    /// What the file is and what may be changed in it, in Japanese and English, as the comments of
    /// `kizuna new`'s other files.
    func header(lists: Bool) -> String {
        let fields = kind.textFields
        var lines = [
            "# \(original) の\(languageName.ja)（\(language)）訳 / \(languageName.en) (\(language)) translation of \(original)",
            "# 元のファイルの文章が入っています。その場で訳して書き換えてください。ここに書けるのは文章の項目（\(fields.joined(separator: "、"))）だけです。",
            "# 日時、リンク、状態などほかの項目は、元のファイルのものがこの言語でも使われます。変えるときは元のファイルで変えてください。",
            "# The original's text: translate it in place. Only text fields (\(fields.joined(separator: ", "))) can be written here;",
            "# everything else (dates, links, status …) comes from \(original) in this language too: change it there.",
        ]
        if lists {
            lines += [
                "# 設問は順番で元のファイルと対応します。設問の数と順番、選択肢の数は変えないでください。",
                "# Questions are matched by position: keep their number and order, and the number of options.",
            ]
        }
        if kind.format == .markdown {
            lines += ["# 本文（下の --- より後）も訳します。/ Translate the body (below the closing ---) too."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
