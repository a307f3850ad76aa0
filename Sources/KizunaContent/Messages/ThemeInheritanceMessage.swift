/// A theme that extends another (`theme.yaml`'s `extends:`): a parent that cannot be found, a
/// chain that comes back to itself, and a template that overrides nothing the parent still has.
/// Kept apart from `ThemeMessage` because these speak of two themes at once.
public enum ThemeInheritanceMessage: Hashable, Sendable, CatalogueMessage {
    /// `extends:` names a theme found in none of `lookedIn`.
    case parentNotFound(name: String, lookedIn: [String])
    /// Following `extends:` comes back to a theme already in the chain (listed in order).
    case cycle([String])
    /// A template of the child that no theme it extends has, and that no template includes: it
    /// was an override of something the parent renamed or removed, so it no longer does anything.
    case overridesNothing(template: String, parent: String, meant: String?)

    public var english: String {
        switch self {
        case .parentNotFound(let name, let folders):
            return "the theme this one extends, '\(name)', is not found; looked in \(folders.joined(separator: ", ")). Check 'extends' in theme.yaml (a name, or a folder relative to this theme)"
        case .cycle(let chain):
            return "themes extend each other in a circle (\(chain.joined(separator: " → "))); one of them must not extend another"
        case .overridesNothing(let template, let parent, let meant?):
            return "'\(template)' overrides nothing: the theme it extends ('\(parent)') has no such template and no template includes it, so the site is built with the parent's templates and this file is not used. Did the parent rename it to '\(meant)'?"
        case .overridesNothing(let template, let parent, nil):
            return "'\(template)' overrides nothing: the theme it extends ('\(parent)') has no such template and no template includes it, so the site is built with the parent's templates and this file is not used. Rename it after the parent's template it was meant to replace, or remove it"
        }
    }

    public var japanese: String {
        switch self {
        case .parentNotFound(let name, let folders):
            return "継承元のテーマ `\(name)` が見つかりません（探した場所：\(folders.map { "`\($0)`" }.joined(separator: "、"))）。theme.yaml の `extends` を確かめてください（テーマの名前か、このテーマからの相対パスで書きます）。"
        case .cycle(let chain):
            return "テーマの継承が循環しています（\(chain.map { "`\($0)`" }.joined(separator: " → "))）。どれか1つの `extends` を外してください。"
        case .overridesNothing(let template, let parent, let meant?):
            return "テンプレート `\(template)` は何も上書きしていません。継承元のテーマ `\(parent)` にこの名前のテンプレートがなく、どのテンプレートからも読み込まれていないため、このファイルは使われません。このままでも公開されますが（継承元のテンプレートが使われます）、継承元で `\(meant)` に名前が変わっていないか確かめてください。"
        case .overridesNothing(let template, let parent, nil):
            return "テンプレート `\(template)` は何も上書きしていません。継承元のテーマ `\(parent)` にこの名前のテンプレートがなく、どのテンプレートからも読み込まれていないため、このファイルは使われません。このままでも公開されますが（継承元のテンプレートが使われます）、上書きしたい継承元のテンプレートと同じ名前にするか、ファイルを消してください。"
        }
    }

    public static let examples: [ThemeInheritanceMessage] = [
        .parentNotFound(name: "corporate", lookedIn: ["/work/themes/corporate", "/usr/local/share/kizuna/themes/corporate"]),
        .cycle(["themes/acme", "themes/base", "themes/acme"]),
        .overridesNothing(template: "partials/site-header", parent: "default", meant: "partials/header"),
        .overridesNothing(template: "partials/banner", parent: "default", meant: nil),
    ]
}
