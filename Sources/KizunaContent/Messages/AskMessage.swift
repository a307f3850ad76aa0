/// Rules of an ask (`content/asks/`): beyond its fields' own shapes.
public enum AskMessage: Hashable, Sendable, CatalogueMessage {
    case respondNeeded
    /// `asker:` names a profile whose file failed to load (`path`): checked once it loads.
    case askerNotLoaded(String, path: String)
    /// `asker:` names no profile; `path` is the file it would be.
    case askerMissing(String, path: String)

    public var english: String {
        switch self {
        case .respondNeeded:
            return "an open ask needs a 'respond' link (https:// or mailto:)"
        case .askerNotLoaded(let asker, let path):
            return "'asker' names '\(asker)', whose file \(path) has errors; it is checked once that file loads"
        case .askerMissing(let asker, let path):
            return "'asker' names '\(asker)', but there is no \(path)"
        }
    }

    public var japanese: String {
        switch self {
        case .respondNeeded:
            return "`status: open` の相談には、返事を受け付けるリンクが要ります。`respond:` に `https://` か `mailto:` のリンクを書いてください。"
        case .askerNotLoaded(let asker, let path):
            return "`asker` の `\(asker)` は、プロフィールのファイル（`\(path)`）にエラーがあるため、まだ確かめられません。このままでも公開されますが、先にそのファイルのエラーを直してください。"
        case .askerMissing(let asker, let path):
            return "`asker` の `\(asker)` に当たるプロフィール（`\(path)`）がありません。`content/alumni/` にあるファイルの名前（`.yaml` を除いたもの）を書いてください。"
        }
    }

    public static let examples: [AskMessage] = [
        .respondNeeded, .askerNotLoaded("yoko-morishita", path: "content/alumni/yoko-morishita.yaml"),
        .askerMissing("yoko-morishta", path: "alumni/yoko-morishta.yaml"),
    ]
}
