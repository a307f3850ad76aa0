/// What is wrong in a template's Mustache, as swift-mustache's parser finds it.
public enum TemplateSyntax: Hashable, Sendable, CatalogueMessage {
    case closingNameDiffers
    case unfinishedTag
    case unclosedSection
    case badDelimiter
    case notABlockInInheritance
    case badPragma
    /// An error the parser gives that Kizuna has no words for: its own text.
    case other(String)

    public var english: String {
        switch self {
        case .closingNameDiffers: return "the closing tag {{/name}} does not name the section it closes"
        case .unfinishedTag: return "a tag is not finished ('}}' missing, or a name that is not valid)"
        case .unclosedSection: return "a section is not closed (its {{/name}} is missing)"
        case .badDelimiter: return "the delimiter change {{=…=}} is not written correctly"
        case .notABlockInInheritance: return "only {{$block}} sections may stand inside {{<layout}}…{{/layout}}"
        case .badPragma: return "the pragma {{% …}} is not written correctly or is not one Mustache knows"
        case .other(let text): return text
        }
    }

    public var japanese: String {
        switch self {
        case .closingNameDiffers: return "閉じるタグ `{{/名前}}` の名前が、開いたセクションの名前と違います。名前をそろえてください。"
        case .unfinishedTag: return "タグが閉じていないか、名前に使えない文字があります。`}}` と名前を確かめてください。"
        case .unclosedSection: return "セクションが閉じていません。`{{/名前}}` を書き足してください。"
        case .badDelimiter: return "区切りを変えるタグ `{{=…=}}` の書き方が違います。`{{=<% %>=}}` の形で書いてください。"
        case .notABlockInInheritance: return "`{{<レイアウト}}` と `{{/レイアウト}}` の間には `{{$ブロック}}` だけを書いてください。"
        case .badPragma: return "`{{% …}}` の書き方が違うか、使えない設定です。`{{% …}}` の行を確かめてください。"
        case .other(let text): return "テンプレートを読めませんでした（`\(text)`）。その位置の書き方を確かめてください。"
        }
    }

    public static let examples: [TemplateSyntax] = [
        .closingNameDiffers, .unfinishedTag, .unclosedSection, .badDelimiter, .notABlockInInheritance, .badPragma, .other("unexpectedEnd"),
    ]
}
