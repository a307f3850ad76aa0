/// Members access (site.yaml `members:`, `kizuna build --audience members`): the allowlist of
/// members' addresses that the login in front of the members build reads.
public enum MembersMessage: Hashable, Sendable, CatalogueMessage {
    /// `members.allowlist` is empty or not a path.
    case allowlistNotPath
    /// `--allowlist` without `--audience members`: a public build writes no allowlist.
    case allowlistNeedsMembers
    /// The allowlist would be published: it is inside the output folder.
    case allowlistInsideOutput(allowlist: String, output: String)
    /// The allowlist would be read as content (and copied into the site as a static file).
    case allowlistInsideContent(allowlist: String, content: String)
    /// The allowlist is a folder, or its folder cannot be made, or writing it failed.
    case allowlistNotWritten(allowlist: String, WriteFailure)
    /// What a members build wrote besides the site: the count and SHA-256 to compare with
    /// `sha256sum` where the login service runs.
    case allowlistWritten(path: String, addresses: Int, withoutEmail: Int, sha256: String)

    public var english: String {
        switch self {
        case .allowlistNotPath:
            return "'members.allowlist' must be the path of a file outside the content and output folders, e.g. auth/allowlist.txt"
        case .allowlistNeedsMembers:
            return "--allowlist goes with --audience members: only a members build writes the allowlist"
        case .allowlistInsideOutput(let allowlist, let output):
            return "refusing to write the allowlist \(allowlist) inside the output folder \(output): it would be published with the site; choose a path outside it (--allowlist or members.allowlist)"
        case .allowlistInsideContent(let allowlist, let content):
            return "refusing to write the allowlist \(allowlist) inside the content folder \(content): it would be read as content and could be published; choose a path outside it (--allowlist or members.allowlist)"
        case .allowlistNotWritten(let allowlist, let why):
            return "could not write the allowlist \(allowlist): \(why.english)"
        case .allowlistWritten(let path, let addresses, let withoutEmail, let sha256):
            let missing = withoutEmail == 0 ? "" : "; \(withoutEmail) profile\(withoutEmail == 1 ? "" : "s") without 'email' cannot sign in"
            return "Allowlist \(path): \(addresses) address\(addresses == 1 ? "" : "es"), sha256 \(sha256)\(missing)"
        }
    }

    public var japanese: String {
        switch self {
        case .allowlistNotPath:
            return "`members.allowlist` にはファイルのパスを書いてください（例：`auth/allowlist.txt`）。コンテンツと出力先のフォルダーの外にしてください。"
        case .allowlistNeedsMembers:
            return "`--allowlist` は `--audience members` と一緒に指定してください。許可リストを書き出すのは会員版のビルドだけです。"
        case .allowlistInsideOutput(let allowlist, let output):
            return "許可リスト `\(allowlist)` は出力先のフォルダー `\(output)` の中にあるため、書き出しません。サイトと一緒に公開されてしまいます。`--allowlist` か `members.allowlist` で、出力先の外のパスを指定してください。"
        case .allowlistInsideContent(let allowlist, let content):
            return "許可リスト `\(allowlist)` はコンテンツのフォルダー `\(content)` の中にあるため、書き出しません。コンテンツとして読まれ、公開されるおそれがあります。`--allowlist` か `members.allowlist` で、コンテンツの外のパスを指定してください。"
        case .allowlistNotWritten(let allowlist, let why):
            return "許可リスト `\(allowlist)` を書き出せませんでした。\(why.japanese)"
        case .allowlistWritten(let path, let addresses, let withoutEmail, let sha256):
            let missing = withoutEmail == 0 ? "" : "`email` のないプロフィールが\(withoutEmail)件あり、その会員はログインできません。"
            return "許可リスト `\(path)` を書き出しました：メールアドレス\(addresses)件、SHA-256 `\(sha256)`。\(missing)"
        }
    }

    public static let examples: [MembersMessage] = [
        .allowlistNotPath, .allowlistNeedsMembers,
        .allowlistInsideOutput(allowlist: "site/allowlist.txt", output: "site"),
        .allowlistInsideContent(allowlist: "content/allowlist.txt", content: "content"),
        .allowlistNotWritten(allowlist: "auth/allowlist.txt", .system(code: 13, text: "Permission denied")),
        .allowlistWritten(path: "auth/allowlist.txt", addresses: 412, withoutEmail: 0,
                          sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
        .allowlistWritten(path: "auth/allowlist.txt", addresses: 410, withoutEmail: 2,
                          sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    ]
}
