/// Translations beside their originals (`news/x.en.md` beside `news/x.md`) and site.yaml's languages.
public enum TranslationMessage: Hashable, Sendable, CatalogueMessage {
    /// A field that is not text written differently from the original (or not in it).
    case notText(field: String, original: String, textFields: [String])
    /// A translated list (a survey question's options) with another number of items.
    case listLength(field: String, original: String, count: Int)
    /// `x.en.md` with no `x.md` (or `x.md` that failed to load: then it is checked once that loads).
    case noOriginal(expected: String)
    /// A translation in a folder whose kind is the same in every language (profiles, stats).
    case kindNotTranslated(folder: String)
    /// `x.fr.md` where site.yaml's `languages` has no `fr`.
    case languageNotListed(language: String, languages: [String])
    /// `x.ja.md` where ja is the language at the site root: the original is in it already.
    case defaultLanguage(language: String)
    /// A Markdown translation with no body, of an original that has one (the page shows none).
    case emptyBody(original: String)

    public var english: String {
        switch self {
        case .notText(let field, let original, let textFields):
            let field = field.isEmpty ? "the file" : "'\(field)'"
            return "\(field) is not text a translation may change: a translation writes only its text fields (\(textFields.joined(separator: ", "))), the rest comes from \(original); remove it here, or change it in \(original)"
        case .listLength(let field, let original, let count):
            return "'\(field)' must have \(count) items, as in \(original): items are matched by position"
        case .noOriginal(let expected):
            return "this is a translation of \(expected), which does not exist: a translation sits beside its original, with the language before the extension"
        case .kindNotTranslated(let folder):
            return "files in \(folder)/ are not translated: every language shows them as written in the original; remove this file"
        case .languageNotListed(let language, let languages):
            return "this file is a translation into '\(language)', which site.yaml's 'languages' (\(languages.joined(separator: ", "))) does not list: add it there, or rename the file"
        case .emptyBody(let original):
            return "this translation has no text after its front matter, so its page shows none; translate the body of \(original) here"
        case .defaultLanguage(let language):
            return "'\(language)' is the language at the site root: the original is already in it; put this text in the original and remove this file"
        }
    }

    public var japanese: String {
        switch self {
        case .notText(let field, let original, let textFields):
            let field = field.isEmpty ? "この書き方" : "`\(field)`"
            return "\(field) は翻訳で変えられる文章の項目ではありません。翻訳には文章の項目（\(textFields.map { "`\($0)`" }.joined(separator: "、"))）だけを書きます。ほかの項目は `\(original)` のものが使われます。ここから消すか、`\(original)` で変えてください。"
        case .listLength(let field, let original, let count):
            return "`\(field)` は、`\(original)` と同じ\(count)個にしてください。項目は順番で対応させています。"
        case .noOriginal(let expected):
            return "この翻訳の元のファイル（`\(expected)`）がありません。翻訳は、元のファイルと同じ名前の拡張子の前に言語を入れて、同じフォルダーに置きます。"
        case .kindNotTranslated(let folder):
            return "`\(folder)/` のファイルは翻訳しません。どの言語のページにも元のファイルのとおりに載ります。このファイルは消してください。"
        case .languageNotListed(let language, let languages):
            return "このファイルは `\(language)` への翻訳ですが、site.yaml の `languages`（\(languages.joined(separator: "、"))）に `\(language)` がありません。`languages` に書き足すか、ファイル名を直してください。"
        case .emptyBody(let original):
            return "この翻訳には front matter の後ろに本文がないため、ページに本文が載りません。`\(original)` の本文を訳して、ここに書いてください。"
        case .defaultLanguage(let language):
            return "`\(language)` はサイトのトップに置く言語なので、元のファイルがすでにこの言語です。この内容は元のファイルに書き、このファイルは消してください。"
        }
    }

    public static let examples: [TranslationMessage] = [
        .notText(field: "start", original: "events/meetup.yaml", textFields: ["title", "venue.name", "description"]),
        .listLength(field: "questions.options", original: "surveys/annual-2026.yaml", count: 5),
        .noOriginal(expected: "news/welcome.md"), .kindNotTranslated(folder: "alumni"),
        .languageNotListed(language: "fr", languages: ["ja", "en"]), .defaultLanguage(language: "ja"),
        .emptyBody(original: "news/welcome.md"),
    ]
}
