/// How the portal names what editors write as keys: site.yaml's `tags:`, `segments:` and
/// `industries:`. A key has one name for every language (`kansai: 関西`) or one per language
/// (`kansai: {ja: 関西, en: Kansai}`); pages in a language use that language's name. The
/// bilingual portal reads the same map for its English pages.
public struct DisplayNames: Sendable {
    public struct Entry: Sendable, Equatable {
        /// The key as site.yaml writes it.
        public var key: String
        /// The same name in every language (`key: 名前`).
        public var everyLanguage: String?
        /// One name per language code (`ja`, `en`).
        public var byLanguage: [String: String]

        public init(key: String, everyLanguage: String? = nil, byLanguage: [String: String] = [:]) {
            self.key = key
            self.everyLanguage = everyLanguage
            self.byLanguage = byLanguage
        }

        /// The name in `language`: its own, the one for every language, else (so a page never
        /// shows a bare key when a name exists) the other language's. A key not written in
        /// ASCII (`交流会`) is a name already: shown as written, not as another language's
        /// (`交流会: {en: Get-togethers}`, as `check` advises, names it for English pages only).
        public func name(_ language: String) -> String {
            if let own = byLanguage[language] ?? everyLanguage { return own }
            if !key.unicodeScalars.allSatisfy(\.isASCII) { return key }
            return byLanguage["ja"] ?? byLanguage["en"] ?? key
        }

        /// Whether `language` has a name of its own (not borrowed from another language).
        public func isNamed(in language: String) -> Bool { everyLanguage != nil || byLanguage[language] != nil }
    }

    /// In site.yaml's order (segments are listed in it).
    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    /// How a written key is matched (tags by their URL slug, so `Event-Report` is `event-report`).
    private let normalize: @Sendable (String) -> String

    public init(normalize: @escaping @Sendable (String) -> String = { $0 }) {
        self.normalize = normalize
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    public func entry(_ key: String) -> Entry? { index[normalize(key)].map { entries[$0] } }

    /// The name of `key` in `language`, or `key` itself when site.yaml does not name it.
    public func name(_ key: String, language: String) -> String { entry(key)?.name(language) ?? key }

    public func isNamed(_ key: String, in language: String) -> Bool { entry(key)?.isNamed(in: language) ?? false }

    /// Adds an entry; false when its key (normalized) is already named.
    @discardableResult
    public mutating func add(_ entry: Entry) -> Bool {
        let normalized = normalize(entry.key)
        guard index[normalized] == nil else { return false }
        index[normalized] = entries.count
        entries.append(entry)
        return true
    }
}
