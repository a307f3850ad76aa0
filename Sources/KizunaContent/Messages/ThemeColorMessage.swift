/// `theme.yaml`'s `colors:`, the colours templates put where no style sheet reaches (the mail
/// digest's inline styles, the browser bar's `theme-color`). Values land in `style` attributes,
/// so only `#rgb` and `#rrggbb` are taken; a name the base theme does not define is a typo.
public enum ThemeColorMessage: Hashable, Sendable, CatalogueMessage {
    /// `colors:` is not a mapping of names to colours.
    case notMapping
    /// A value that is not `#rgb` or `#rrggbb`.
    case notAColor(name: String, written: String)
    /// `brand: #b3261e` unquoted: YAML reads `#` as a comment, so the value is empty.
    case emptyPerhapsUnquoted(name: String)
    /// A colour name the theme it extends does not define (templates read only those).
    case unknownName(name: String, meant: String?, known: [String])
    /// A template reads `theme.colors.<name>` that no theme of the chain defines.
    case undefinedInTemplate(template: String, name: String)
    /// Two colours a template sets on each other read below 4.5:1 (WCAG 2.2 AA for text).
    case lowContrast(foreground: String, background: String, ratio: String)

    public var english: String {
        switch self {
        case .notMapping:
            return "'colors' must be a mapping of colour names to colours, such as 'brand: \"#1d3b6e\"'"
        case .notAColor(let name, let written):
            return "'colors.\(name)' is '\(written)', not a colour: write it as \"#rrggbb\" (or \"#rgb\"), in quotes"
        case .emptyPerhapsUnquoted(let name):
            return "'colors.\(name)' is empty: a colour must be in quotes (\"#1d3b6e\"), because YAML reads what follows an unquoted '#' as a comment"
        case .unknownName(let name, let meant?, _):
            return "'colors.\(name)' is not a colour the theme uses: did you mean '\(meant)'?"
        case .unknownName(let name, nil, let known):
            return "'colors.\(name)' is not a colour the theme uses; its colours are \(known.joined(separator: ", "))"
        case .undefinedInTemplate(let template, let name):
            return "template '\(template)' reads 'theme.colors.\(name)', which no theme.yaml of this theme defines; add it under 'colors:'"
        case .lowContrast(let foreground, let background, let ratio):
            return "'colors.\(foreground)' on 'colors.\(background)' has a contrast of \(ratio):1, below the 4.5:1 text needs to be read easily (WCAG 2.2 AA); the monthly digest's e-mail shows one on the other. Make one of them darker or lighter until they reach 4.5:1"
        }
    }

    public var japanese: String {
        switch self {
        case .notMapping:
            return "`colors` は色の名前と色の組で書いてください（例：`brand: \"#1d3b6e\"`）。"
        case .notAColor(let name, let written):
            return "`colors.\(name)` の `\(written)` は色として読めません。\"#rrggbb\"（または \"#rgb\"）の形で、引用符で囲んで書いてください。"
        case .emptyPerhapsUnquoted(let name):
            return "`colors.\(name)` が空です。YAML では引用符で囲まない `#` から後ろがコメントとして読まれるため、色は引用符で囲んで書いてください（例：\"#1d3b6e\"）。"
        case .unknownName(let name, let meant?, _):
            return "`colors.\(name)` はテーマが使う色の名前ではありません。`\(meant)` の打ち間違いではありませんか。"
        case .unknownName(let name, nil, let known):
            return "`colors.\(name)` はテーマが使う色の名前ではありません。使える名前は \(known.map { "`\($0)`" }.joined(separator: "、")) です。"
        case .undefinedInTemplate(let template, let name):
            return "テンプレート `\(template)` が読む `theme.colors.\(name)` は、このテーマのどの theme.yaml にもありません。`colors:` に加えてください。"
        case .lowContrast(let foreground, let background, let ratio):
            return "`colors.\(foreground)` と `colors.\(background)` のコントラストは \(ratio):1 で、文字が読みやすい 4.5:1（WCAG 2.2 AA）を下回っています。月間ダイジェストのメールでは、この2色を重ねて表示します。どちらかの色を濃くするか薄くして、4.5:1 以上にしてください。"
        }
    }

    public static let examples: [ThemeColorMessage] = [
        .notMapping,
        .notAColor(name: "brand", written: "red"),
        .emptyPerhapsUnquoted(name: "brand"),
        .unknownName(name: "brnad", meant: "brand", known: ["brand", "muted", "text"]),
        .unknownName(name: "accent", meant: nil, known: ["brand", "muted", "text"]),
        .undefinedInTemplate(template: "digest", name: "accent"),
        .lowContrast(foreground: "brand", background: "card", ratio: "2.9"),
    ]
}
