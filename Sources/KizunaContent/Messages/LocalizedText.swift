/// One message as written in each language Kizuna speaks to editors in.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var ja: String

    public init(en: String, ja: String) {
        self.en = en
        self.ja = ja
    }

    public init(_ message: some CatalogueMessage) {
        self.init(en: message.english, ja: message.japanese)
    }

    public func callAsFunction(_ language: EditorLanguage) -> String {
        switch language {
        case .en: return en
        case .ja: return ja
        }
    }
}
