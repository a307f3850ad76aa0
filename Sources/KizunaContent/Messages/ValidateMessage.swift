/// Rules across files, checked after every file has loaded: slugs unique within a kind, site
/// paths that name a file of the site, tags with display names.
public enum ValidateMessage: Hashable, Sendable, CatalogueMessage {
    /// Two items of one kind (`kind`, named in both languages) with one slug; `path` is the other file.
    case duplicateSlug(kind: LocalizedText, slug: String, path: String)
    case notPlainSitePath(field: String, path: String)
    /// A `/static/…` path with no file under content/static/.
    case missingStaticFile(field: String, path: String)
    case notSitePathOrLink(field: String, path: String, LinkProblem)
    /// On a Japanese site, a tag in ASCII with no display name in site.yaml's `tags:`; `slug` is its key there.
    case namelessTag(String, slug: String)
    /// A tag written in the root language's script with no name in another language of the site.
    case tagNotNamedIn(String, slug: String, language: String)

    public var english: String {
        switch self {
        case .duplicateSlug(let kind, let slug, let path):
            return "duplicate \(kind.en) slug '\(slug)': also used by \(path)"
        case .notPlainSitePath(let field, let path):
            return "'\(field)' must be a plain site path, not '\(path)'"
        case .missingStaticFile(let field, let path):
            return "'\(field)' points to \(path), but there is no content\(path)"
        case .notSitePathOrLink(let field, _, let problem):
            return "'\(field)' must be a site path such as /static/x.png or a web address; it \(problem.english)"
        case .namelessTag(let tag, let slug):
            return "the tag '\(tag)' has no display name, so pages show it as '\(tag)'; name it in site.yaml's 'tags:' (\(slug): …)"
        case .tagNotNamedIn(let tag, let slug, let language):
            return "the tag '\(tag)' has no name in '\(language)', so the \(language) pages show it as '\(tag)'; name it for \(language) under 'tags' in site.yaml: '\(slug): {\(language): …}'"
        }
    }

    public var japanese: String {
        switch self {
        case .duplicateSlug(let kind, let slug, let path):
            return "スラッグ `\(slug)` は別の\(kind.ja)（`\(path)`）でも使われています。どちらかの名前を変えてください。"
        case .notPlainSitePath(let field, let path):
            return "`\(field)` のパス `\(path)` は使えません。`/static/x.png` のように、`/` で始まるサイト内のパスを書いてください。"
        case .missingStaticFile(let field, let path):
            return "`\(field)` の `\(path)` に当たるファイル（`content\(path)`）がありません。ファイル名と置き場所を確かめてください。"
        case .notSitePathOrLink(let field, let path, _):
            return "`\(field)` の `\(path)` は、サイト内のパスとしてもウェブアドレスとしても読めません。`/static/x.png` のように `/` から書くか、`https://` から始まるアドレスを書いてください。"
        case .namelessTag(let tag, let slug):
            return "タグ `\(tag)` に表示名がありません。このままでも公開されますが、ページには `\(tag)` と表示されます。site.yaml の `tags:` に `\(slug): …` の行を書いてください。"
        case .tagNotNamedIn(let tag, let slug, let language):
            return "タグ `\(tag)` に `\(language)` の表示名がありません。このままでも公開されますが、`\(language)` のページには `\(tag)` と表示されます。site.yaml の `tags:` で `\(slug): {\(language): …}` のように名前を付けてください。"
        }
    }

    public static let examples: [ValidateMessage] = [
        .duplicateSlug(kind: LocalizedText(en: "event", ja: "イベント"), slug: "osaka-meetup", path: "content/events/osaka-meetup.yml"),
        .notPlainSitePath(field: "image", path: "//cdn.example.com/x.png"),
        .missingStaticFile(field: "image", path: "/static/missing.png"),
        .notSitePathOrLink(field: "image", path: "static/x.png", .notAbsolute(written: "static/x.png", mailto: false)),
        .namelessTag("kansai", slug: "kansai"), .tagNotNamedIn("交流会", slug: "交流会", language: "en"),
    ]
}
