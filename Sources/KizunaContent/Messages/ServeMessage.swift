/// What `kizuna serve` says: in the terminal as it builds, on the page it shows while the last
/// build failed, and why it could not serve.
public enum ServeMessage: Hashable, Sendable, CatalogueMessage {
    case serving(url: String)
    case buildingInto(String)
    case built(pages: Int, files: Int, seconds: String, warnings: Int, rebuild: Bool)
    case failed(errors: Int)
    case rebuilding
    case portInUse(UInt16)
    /// `detail`: the socket library's own words.
    case cannotServe(port: UInt16, detail: String)
    case cannotMakeTemporaryFolder(String)
    /// The error page: its title, heading and the line under it.
    case pageTitle
    case pageHeading(errors: Int)
    case pageLead
    case notAHostName(String)
    case wildcardTooWide(String)
    /// Printed at start: the `--allowed-host` values besides 127.0.0.1, localhost and [::1].
    case alsoAnswering(names: [String])
    /// Printed at start in a GitHub Codespace: the forwarded address the preview answers to.
    case codespaceAddress(url: String)
    /// `CODESPACES=true` without the variable the forwarded name is made from.
    case codespaceVariableMissing(String)
    /// `CODESPACES=true` with a value that does not make a host name (`value` escaped for the terminal).
    case codespaceValueIgnored(variable: String, value: String)

    /// The words a terminal colours: the verb that starts a line.
    public var head: LocalizedText? {
        switch self {
        case .built(_, _, _, _, let rebuild): return rebuild ? LocalizedText(en: "Rebuilt", ja: "作り直しました") : LocalizedText(en: "Built", ja: "作りました")
        case .failed: return LocalizedText(en: "build failed:", ja: "サイトを作れませんでした：")
        default: return nil
        }
    }

    public var english: String {
        switch self {
        case .serving(let url):
            return "Serving \(url) (Ctrl-C to stop)"
        case .buildingInto(let folder):
            return "Building into \(folder)/site"
        case .built(let pages, let files, let seconds, let warnings, _):
            return "\(head!.en) \(pages) pages (\(files) files) in \(seconds) s" + (warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")")
        case .failed(let errors):
            return "\(head!.en) \(errors) error\(errors == 1 ? "" : "s"); the browser shows them until they are fixed"
        case .rebuilding:
            return "Rebuilding after a change…"
        case .portInUse(let port):
            return "port \(port) on 127.0.0.1 is in use (another kizuna serve?); choose another with --port, or --port 0 for any free one"
        case .cannotServe(let port, let detail):
            return "cannot serve on 127.0.0.1:\(port): \(detail)"
        case .cannotMakeTemporaryFolder(let why):
            return "cannot create a temporary folder: \(why)"
        case .pageTitle:
            return "Build failed — kizuna serve"
        case .pageHeading(let errors):
            return "Build failed: \(errors) error\(errors == 1 ? "" : "s")"
        case .pageLead:
            return "The site was not rebuilt. Fix the problems below and save: this page reloads by itself."
        case .notAHostName(let name):
            return "'\(name)' is not a host name (write it without scheme, port or path, e.g. myspace-8000.app.github.dev or *.app.github.dev)"
        case .wildcardTooWide(let name):
            return "'\(name)' admits too much: a wildcard needs a domain of at least two labels (e.g. *.app.github.dev)"
        case .alsoAnswering(let names):
            return "Also answering to: \(names.joined(separator: ", ")) (--allowed-host)"
        case .codespaceAddress(let url):
            return "In this Codespace: \(url) (the forwarded port; its name is allowed)"
        case .codespaceVariableMissing(let variable):
            return "CODESPACES=true but \(variable) is not set: the Codespace's forwarded address is not allowed; give it with --allowed-host"
        case .codespaceValueIgnored(let variable, let value):
            return "CODESPACES=true but \(variable) '\(value)' does not make a host name, so it is ignored: the Codespace's forwarded address is not allowed; give it with --allowed-host"
        }
    }

    public var japanese: String {
        switch self {
        case .serving(let url):
            return "\(url) で表示しています（止めるには Ctrl+C）。"
        case .buildingInto(let folder):
            return "`\(folder)/site` に作ります。"
        case .built(let pages, let files, let seconds, let warnings, _):
            return "\(head!.ja)：ページ\(NumberText.grouped(pages))件（ファイル\(NumberText.grouped(files))件）、\(seconds)秒" + (warnings == 0 ? "。" : "、警告\(warnings)件。")
        case .failed(let errors):
            return "\(head!.ja)エラー\(errors)件。直すまで、ブラウザーにもエラーを表示します。"
        case .rebuilding:
            return "変更があったので、作り直しています。"
        case .portInUse(let port):
            return "127.0.0.1 のポート \(port) はほかで使われています（別の `kizuna serve` が動いていませんか）。`--port` で別の番号を指定するか、`--port 0` で空いているポートを使ってください。"
        case .cannotServe(let port, let detail):
            return "127.0.0.1:\(port) で表示を始められません（`\(detail)`）。`--port` で別の番号を指定してください。"
        case .cannotMakeTemporaryFolder(let why):
            return "一時フォルダーを作れません（`\(why)`）。空き容量と権限を確かめてください。"
        case .pageTitle:
            return "サイトを作れませんでした（kizuna serve）"
        case .pageHeading(let errors):
            return "エラーが\(errors)件あるため、サイトを作れませんでした。"
        case .pageLead:
            return "サイトは作り直していません。下の問題を直して保存すると、このページは自動で読み込み直されます。"
        case .notAHostName(let name):
            return "`\(name)` はホスト名として読めません。`https://`、ポート、パスを付けずに、`myspace-8000.app.github.dev` や `*.app.github.dev` のように書いてください。"
        case .wildcardTooWide(let name):
            return "`\(name)` では許す範囲が広すぎます。ワイルドカードは `*.app.github.dev` のように、2つ以上のラベルがあるドメインに付けてください。"
        case .alsoAnswering(let names):
            return "`--allowed-host` の名前 \(names.map { "`\($0)`" }.joined(separator: "、")) でも表示します。"
        case .codespaceAddress(let url):
            return "この Codespace では \(url) で開けます（転送したポートの名前でも表示します）。"
        case .codespaceVariableMissing(let variable):
            return "`CODESPACES=true` ですが、`\(variable)` が設定されていないため、Codespace の転送アドレスでは表示しません。`--allowed-host` でアドレスを指定してください。"
        case .codespaceValueIgnored(let variable, let value):
            return "`CODESPACES=true` ですが、`\(variable)` の値 `\(value)` からはホスト名を作れないため、使いません。Codespace の転送アドレスで開くには、`--allowed-host` でアドレスを指定してください。"
        }
    }

    public static let examples: [ServeMessage] = [
        .serving(url: "http://127.0.0.1:8000/"), .buildingInto("/tmp/kizuna-serve-x1"),
        .built(pages: 167, files: 220, seconds: "0.52", warnings: 0, rebuild: false), .built(pages: 167, files: 220, seconds: "0.18", warnings: 2, rebuild: true),
        .failed(errors: 1), .rebuilding, .portInUse(8000), .cannotServe(port: 8000, detail: "bind: Address not available"),
        .cannotMakeTemporaryFolder("No space left on device"), .pageTitle, .pageHeading(errors: 3), .pageLead,
        .notAHostName("https://myspace-8000.app.github.dev"), .wildcardTooWide("*.dev"),
        .alsoAnswering(names: ["preview.local", "*.preview.example.org"]),
        .codespaceAddress(url: "https://fuzzy-space-disco-4j7q-8000.app.github.dev/portal/"),
        .codespaceVariableMissing("GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN"),
        .codespaceValueIgnored(variable: "CODESPACE_NAME", value: "my space"),
    ]
}
