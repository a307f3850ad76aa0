/// What `kizuna init <folder>` says: the portal it wrote and what to do next, or why it wrote nothing.
public enum InitMessage: Hashable, Sendable, CatalogueMessage {
    /// The portal was written: `files` files in `folder`.
    case created(folder: String, files: Int)
    /// With `--force` (or beside hidden files such as `.git`), a file of the same name was already there and was left as it was.
    case kept(path: String)
    /// What to do next; `folder` as the editor typed it.
    case nextSteps(folder: String)
    /// The folder holds files or folders (other than hidden ones) and `--force` was not given.
    case notEmpty(folder: String, entries: Int)
    /// `<folder>` is a file.
    case notFolder(path: String)
    /// `<folder>` could not be made.
    case cannotCreateFolder(path: String, WriteFailure)
    /// A file of the portal could not be written, for `kizuna new`'s reason.
    case cannotWrite(ScaffoldMessage)
    /// `--name` cannot be used.
    case badName(String)

    public var english: String {
        switch self {
        case .created(let folder, let files):
            return "Created a new portal in \(folder) (\(files) files)"
        case .kept(let path):
            return "kept \(path) as it was: a file of that name is already there (nothing is ever overwritten)"
        case .nextSteps(let folder):
            return """
            Next steps:
              cd \(folder)
              kizuna check        # check the portal as a build would
              kizuna serve        # preview it at http://127.0.0.1:8000/, rebuilt on every save
            Replace the values marked `【要変更 / CHANGE】` in content/site.yaml, rewrite or delete the examples, and read README.md.
            """
        case .notEmpty(let folder, let entries):
            return "\(folder) is not empty (\(entries) files or folders); choose a new or empty folder, or add --force to add the portal's files beside them (no file is ever overwritten)"
        case .notFolder(let path):
            return "\(path) is a file, not a folder; choose a new or empty folder"
        case .cannotCreateFolder(let path, let why):
            return "cannot create the folder \(path): \(why.english)"
        case .cannotWrite(let why):
            return why.english
        case .badName(let written):
            return "--name must be the name of the company on one line (1 to 100 characters, no control characters), not '\(written)'"
        }
    }

    public var japanese: String {
        switch self {
        case .created(let folder, let files):
            return "`\(folder)` に新しいポータルを作りました（\(files)ファイル）。"
        case .kept(let path):
            return "`\(path)` はもうあるので、そのままにしました（ファイルを上書きすることはありません）。"
        case .nextSteps(let folder):
            return """
            次の手順です。
              cd \(folder)
              kizuna check        # ビルドと同じ確認をします
              kizuna serve        # http://127.0.0.1:8000/ で確かめます。保存するたびに作り直します
            `content/site.yaml` の【要変更 / CHANGE】と書いた値を書き換え、例を書き換えるか消して、`README.md` を読んでください。
            """
        case .notEmpty(let folder, let entries):
            return "`\(folder)` は空ではありません（ファイルかフォルダーが\(entries)個あります）。新しいフォルダーか空のフォルダーを指定するか、`--force` をつけて、あるファイルの隣に書き足してください（ファイルを上書きすることはありません）。"
        case .notFolder(let path):
            return "`\(path)` はフォルダーではなくファイルです。新しいフォルダーか空のフォルダーを指定してください。"
        case .cannotCreateFolder(let path, let why):
            return "フォルダー `\(path)` を作れません。\(why.japanese)"
        case .cannotWrite(let why):
            return why.japanese
        case .badName(let written):
            return "`--name` に `\(written)` は使えません。会社名を1行で（1〜100文字、制御文字なしで）書いてください。"
        }
    }

    public static let examples: [InitMessage] = [
        .created(folder: "alumni-portal", files: 10), .kept(path: "alumni-portal/.gitignore"), .nextSteps(folder: "alumni-portal"),
        .notEmpty(folder: "alumni-portal", entries: 3), .notFolder(path: "alumni-portal"),
        .cannotCreateFolder(path: "alumni-portal", .system(code: 13, text: "Permission denied")),
        .cannotWrite(.cannotWrite(path: "alumni-portal/content/site.yaml", .system(code: 28, text: "No space left on device"))),
        .badName("サンプル\\n商事"),
    ]
}
