/// Links into the site that lead nowhere: links in Markdown (`../events/x.yaml`, `/join/`), an
/// event's `report:`, site paths in YAML (`image: /static/x.png`), and images without alt text.
/// `shown` is the link as written, `file` the content file it names (tidied).
public enum SiteLinkMessage: Hashable, Sendable, CatalogueMessage {
    case noPath(shown: String)
    case noPageInBuild(shown: String, AbsenceReason)
    case nowhere(shown: String)
    case leavesContent(shown: String)
    case notPublished(shown: String, file: String, AbsenceReason)
    /// `items`: the kinds with pages, by their English item names ("news post"); `folders`:
    /// their folders (`news`), as typed.
    case noOwnPage(shown: String, file: String, items: [String], folders: [String])
    case missingFile(shown: String, file: String)
    /// `reason`: why the post is not in this build; nil when no post has that slug.
    case reportNotInBuild(slug: String, AbsenceReason?)
    case sitePathNotAFile(field: String, path: String)
    case imageWithoutAlt

    static let linkWhatEN = "link a content file such as ../events/x.yaml or a site path such as /join/"
    static let linkWhatJA = "`../events/x.yaml` のようなコンテンツのファイルか、`/join/` のようなサイト上のパスを書いてください。"

    public var english: String {
        switch self {
        case .noPath(let shown):
            return "link '\(shown)' has no path; \(Self.linkWhatEN)"
        case .noPageInBuild(let shown, let reason):
            return "link '\(shown)' points to a page this build does not have: \(reason.english)"
        case .nowhere(let shown):
            return "link '\(shown)' points to no page or file of this site"
        case .leavesContent(let shown):
            return "link '\(shown)' leaves the content folder; \(Self.linkWhatEN)"
        case .notPublished(let shown, let file, let reason):
            return "link '\(shown)' points to \(file), which this build does not publish: \(reason.english)"
        case .noOwnPage(let shown, let file, let items, _):
            return "link '\(shown)' points to \(file), which has no page of its own; link a \(items.joined(separator: ", ")) or a file under static/"
        case .missingFile(let shown, let file):
            return "link '\(shown)' points to \(file), which does not exist; \(Self.linkWhatEN)"
        case .reportNotInBuild(let slug, let reason?):
            return "'report' names the news post '\(slug)', which this build does not have: \(reason.english)"
        case .reportNotInBuild(let slug, nil):
            return "'report' names the news post '\(slug)', which this build does not have (it is the post's file name without .md)"
        case .sitePathNotAFile(let field, let path):
            return "'\(field)' points to \(path), which is no file of this site (files under content/static/ are at /static/…, the theme's assets at /assets/…)"
        case .imageWithoutAlt:
            return "image without alt text: say what it shows between the brackets, ![the venue of the meetup](…), so readers who cannot see it know"
        }
    }

    public var japanese: String {
        switch self {
        case .noPath(let shown):
            return "リンク `\(shown)` にパスがありません。\(Self.linkWhatJA)"
        case .noPageInBuild(let shown, let reason):
            return "リンク先 `\(shown)` は\(reason.japanese)\(reason.japaneseFix)"
        case .nowhere(let shown):
            return "リンク先 `\(shown)` に当たるページやファイルが、このサイトにはありません。パスを確かめてください。"
        case .leavesContent(let shown):
            return "リンク `\(shown)` がコンテンツのフォルダーの外を指しています。\(Self.linkWhatJA)"
        case .notPublished(_, let file, let reason):
            return "リンク先 `\(file)` は\(reason.japanese)\(reason.japaneseFix)"
        case .noOwnPage(_, let file, _, let folders):
            let listed = folders.map { "`\($0)/`" }.joined(separator: "、")
            return "リンク先 `\(file)` には、リンクできるページがありません。\(listed) のファイルか、`static/` の下のファイルにリンクしてください。"
        case .missingFile(_, let file):
            return "リンク先のファイル `\(file)` がありません。ファイル名、`../` の数、拡張子（`.md`／`.yaml`）を確かめてください。"
        case .reportNotInBuild(let slug, let reason?):
            return "`report` に書いたお知らせ `\(slug)` は\(reason.japanese)お知らせが公開されるまで、`report` の行を消しておいてください。"
        case .reportNotInBuild(let slug, nil):
            return "`report` に書いたお知らせ `\(slug)` がありません。お知らせのファイル名から `.md` を除いたものを書いてください。"
        case .sitePathNotAFile(let field, let path):
            return "`\(field)` の `\(path)` に当たるファイルが、このサイトにはありません。`content/static/` の下のファイルは `/static/…`、テーマのファイルは `/assets/…` で書いてください。"
        case .imageWithoutAlt:
            return "画像に代替テキストがありません。このままでも公開されますが、画像を見られない読者のために、`![交流会の会場の様子](…)` のように `[ ]` の中に写っているものを書いてください。"
        }
    }

    public static let examples: [SiteLinkMessage] = [
        .noPath(shown: "?page=2"), .noPageInBuild(shown: "/directory/", .directoryMembersOnly), .nowhere(shown: "/static/missing.png"),
        .leavesContent(shown: "../../README.md"), .notPublished(shown: "../events/x.yaml", file: "content/events/x.yaml", .membersOnly),
        .notPublished(shown: "../news/later.md", file: "content/news/later.md", .datedAfterNow(date: "2026-12-01")),
        .noOwnPage(shown: "../site.yaml", file: "content/site.yaml", items: ["news post", "event", "page"], folders: ["news", "events", "pages"]),
        .missingFile(shown: "../events/osaka.yaml", file: "content/events/osaka.yaml"),
        .reportNotInBuild(slug: "meetup-report", .draft), .reportNotInBuild(slug: "meetup-reprot", nil),
        .sitePathNotAFile(field: "image", path: "/static/share.png"), .imageWithoutAlt,
    ]
}
