/// Problems reading the content folder and its files before their fields: the folder itself,
/// site.yaml's presence, entries that are not content, file size and encoding, front matter,
/// slugs taken from file names or `slug:`.
public enum LoadMessage: Hashable, Sendable, CatalogueMessage {
    case contentFolderMissing
    case contentFolderIsFile
    case siteFileMissing
    /// A symbolic link to `target`, outside the content folder: skipped with a warning, or an
    /// error where the file is needed (site.yaml).
    case linkLeavesContent(target: String, stillBuilt: Bool)
    /// An entry of the content folder that no kind reads (`evnets/`); `expected` are the names that are.
    case unknownEntry(String, expected: [String])
    /// A file or folder in a kind's folder without one of its extensions.
    case wrongExtension(folder: String, extensions: [String])
    case notRegularFile
    case builtSiteSkipped
    case linkSkipped
    case reservedName(String)
    case fileTooLarge(kilobytes: Int, limit: Int)
    /// The file grew past the limit between its size check and its reading.
    case fileGrew(limit: Int)
    case unreadable
    case notUTF8
    case missingFrontMatter
    case frontMatterNotClosed
    case badSlug(String, SlugProblem)
    case fileNameNotSlug(String, SlugProblem)

    public var english: String {
        switch self {
        case .contentFolderMissing:
            return "content folder does not exist (run from the project root, or pass --content)"
        case .contentFolderIsFile:
            return "content folder is a file, not a folder (pass the folder that holds site.yaml with --content)"
        case .siteFileMissing:
            return "missing site settings: every content folder needs a site.yaml (see docs/CONTENT.md)"
        case .linkLeavesContent(let target, _):
            return "skipped: a symbolic link to \(target), outside the content folder; only files inside the content folder are published"
        case .unknownEntry(let name, let expected):
            return "'\(name)' is not part of a content folder and is ignored (expected: \(expected.joined(separator: ", ")))"
        case .wrongExtension(let folder, let extensions):
            return "ignored: \(folder)/ holds only .\(extensions.joined(separator: " and .")) files"
        case .notRegularFile:
            return "skipped: not a regular file"
        case .builtSiteSkipped:
            return "skipped: a site built by Kizuna is never copied into another site"
        case .linkSkipped:
            return "skipped: symbolic links are not followed here (the file could be anywhere on the machine); copy the file in instead"
        case .reservedName(let name):
            return "the name '\(name)' is reserved for Kizuna's own files (names starting with .kizuna-, and .kizuna-new- or .kizuna-old- in a name); rename it"
        case .fileTooLarge(let kilobytes, let limit):
            return "file is \(NumberText.grouped(kilobytes)) KB, more than the limit of \(NumberText.grouped(limit)) KB per content file; split it, or raise 'max_file_size_kb' in site.yaml"
        case .fileGrew(let limit):
            return "file is more than the limit of \(NumberText.grouped(limit)) KB per content file"
        case .unreadable:
            return "cannot read file"
        case .notUTF8:
            return "file is not valid UTF-8 text"
        case .missingFrontMatter:
            return "missing front matter: the file must start with a '---' line, the YAML fields, and another '---' line"
        case .frontMatterNotClosed:
            return "front matter is not closed: add a '---' line after the YAML fields"
        case .badSlug(let slug, let problem):
            return "slug '\(slug)' \(problem.english)"
        case .fileNameNotSlug(let name, let problem):
            return "file name '\(name)' is not a valid slug: it \(problem.english); rename the file or set 'slug:'"
        }
    }

    public var japanese: String {
        switch self {
        case .contentFolderMissing:
            return "コンテンツフォルダーが見つかりません。リポジトリの一番上のフォルダーで実行するか、`--content` で場所を指定してください。"
        case .contentFolderIsFile:
            return "コンテンツフォルダーとして指定した場所はファイルです。`--content` には site.yaml のあるフォルダーを指定してください。"
        case .siteFileMissing:
            return "サイトの設定ファイル site.yaml がありません。コンテンツフォルダーに site.yaml を置いてください（書き方は docs/CONTENT.md）。"
        case .linkLeavesContent(let target, true):
            return "このシンボリックリンクは、コンテンツフォルダーの外（`\(target)`）を指しています。このままでも公開されますが、リンク先は含まれません。ファイルそのものをコンテンツフォルダーに置いてください。"
        case .linkLeavesContent(let target, false):
            return "このシンボリックリンクは、コンテンツフォルダーの外（`\(target)`）を指しています。公開に使えるのはコンテンツフォルダーの中のファイルだけなので、ファイルそのものを置いてください。"
        case .unknownEntry(let name, let expected):
            return "`\(name)` はコンテンツフォルダーに置くものではありません。このままでも公開されますが、その中身は含まれません。打ち間違いなら、\(FieldMessage.listed(expected, or: true)) のどれかに直してください。"
        case .wrongExtension(let folder, let extensions):
            return "`\(folder)/` に置けるのは \(FieldMessage.listed(extensions.map { "." + $0 }, or: true)) のファイルだけです。このままでも公開されますが、このファイルは含まれません。拡張子を直すか、別の場所に移してください。"
        case .notRegularFile:
            return "これはふつうのファイルではありません。このままでも公開されますが、このファイルは含まれません。不要なら消してください。"
        case .builtSiteSkipped:
            return "`static/` の中に、Kizuna がビルドしたサイトのフォルダーがあります。このままでも公開されますが、このフォルダーは含まれません。このフォルダーを消してください。"
        case .linkSkipped:
            return "`static/` の中のシンボリックリンクは、リンク先がパソコンのどこにあるか分からないため、たどりません。このままでも公開されますが、このファイルは含まれません。ファイルそのものをコピーして置いてください。"
        case .reservedName(let name):
            return "`\(name)` という名前は Kizuna が自分のファイルに使うため、使えません（`.kizuna-` で始まる名前と、`.kizuna-new-` か `.kizuna-old-` を含む名前）。名前を変えてください。"
        case .fileTooLarge(let kilobytes, let limit):
            return "ファイルの大きさが\(NumberText.grouped(kilobytes))KBあり、1ファイルの上限の\(NumberText.grouped(limit))KBを超えています。ファイルを分けるか、site.yaml の `max_file_size_kb` を増やしてください。"
        case .fileGrew(let limit):
            return "読み込む途中でファイルが大きくなり、1ファイルの上限の\(NumberText.grouped(limit))KBを超えました。保存が終わってから、もう一度実行してください。"
        case .unreadable:
            return "ファイルを読み込めません。ファイルの読み取りの権限を確かめてください。"
        case .notUTF8:
            return "ファイルの文字コードが UTF-8 ではありません。エディターで文字コードに UTF-8 を選んで、保存し直してください。"
        case .missingFrontMatter:
            return "ファイルの先頭にフロントマターがありません。1行目を `---` にして項目を書き、そのあとにもう一度 `---` の行を書いてください。"
        case .frontMatterNotClosed:
            return "フロントマターが閉じられていません。項目のあとに `---` の行を書いてください。"
        case .badSlug(let slug, let problem):
            return problem.japanese(of: "スラッグ", slug)
        case .fileNameNotSlug(let name, let problem):
            return problem.what(of: "ファイル名", name) + "。ファイル名はそのまま URL になるので、半角の英小文字・数字・`-` で\(Slug.maxLength)文字までにします。ファイル名を変えるか、`slug:` の行に URL に使う名前を書いてください。"
        }
    }

    public static let examples: [LoadMessage] = [
        .contentFolderMissing, .contentFolderIsFile, .siteFileMissing,
        .linkLeavesContent(target: "/home/hr/private/a.md", stillBuilt: true),
        .linkLeavesContent(target: "/home/hr/private/site.yaml", stillBuilt: false),
        .unknownEntry("evnets", expected: ["alumni", "events", "news", "site.yaml", "static"]),
        .wrongExtension(folder: "events", extensions: ["yaml", "yml"]), .wrongExtension(folder: "news", extensions: ["md"]),
        .notRegularFile, .builtSiteSkipped, .linkSkipped, .reservedName(".kizuna-site"),
        .fileTooLarge(kilobytes: 1_075, limit: 1_024), .fileGrew(limit: 1_024), .unreadable, .notUTF8,
        .missingFrontMatter, .frontMatterNotClosed,
        .badSlug("交流会", .characters), .badSlug("", .empty), .fileNameNotSlug("Bad Name", .characters),
        .fileNameNotSlug(String(repeating: "a", count: 120), .tooLong(length: 120, limit: 100)),
    ]
}
