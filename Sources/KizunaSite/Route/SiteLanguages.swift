import Foundation
import KizunaContent

/// Every language of the build with its route table: which pages exist in which language, so a
/// page can name its translations (`hreflang`), the language switch can lead to the same page's
/// counterpart, and the sitemap can list the alternates. A page shown untranslated (its item's
/// text in the root language) is no translation: it names none and none names it, so every pair
/// of alternates is reciprocal.
public struct SiteLanguages: Sendable {
    public struct Language: Sendable {
        public var code: String
        public var routes: RouteTable
        /// Source files of items this language shows untranslated (`Content.untranslated`).
        public var untranslated: Set<String>

        public init(code: String, routes: RouteTable, untranslated: Set<String>) {
            self.code = code
            self.routes = routes
            self.untranslated = untranslated
        }
    }

    /// The root language first.
    public let languages: [Language]
    /// Each language's name in its own language, looked up once (not on every page).
    let ownNames: [String: String]

    public init(_ languages: [Language]) {
        self.languages = languages
        ownNames = Dictionary(languages.map { ($0.code, Self.ownName($0.code)) }, uniquingKeysWith: { a, _ in a })
    }

    /// A site in one language has no alternates, switch or notices: its pages are as before.
    public var isMultilingual: Bool { languages.count > 1 }

    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    /// Whether `language` shows the route's item untranslated (a page of its own, in another language's text).
    public func isUntranslated(_ route: Route, in language: Language) -> Bool {
        guard let source = route.source?.path else { return false }
        return language.untranslated.contains(source)
    }

    /// The target's page in `language`, when that language has it translated (or it has no item).
    func translated(_ target: RouteTarget, in language: Language) -> Route? {
        guard language.routes.owns(target), let route = language.routes.route(target) else { return nil }
        return isUntranslated(route, in: language) ? nil : route
    }

    /// The page's versions as `hreflang` alternates: each language that has it translated, then
    /// `x-default` (the root language's). Empty for an untranslated page, a file that is not a
    /// page, or a page only one language has.
    public func alternates(of route: Route, in code: String) -> [(hreflang: String, url: String)] {
        guard isMultilingual, route.format == .html, let current = language(code), translated(route.target, in: current) != nil else { return [] }
        let versions = languages.compactMap { language in
            translated(route.target, in: language).map { _ in (hreflang: language.code, url: language.routes.absoluteURL(route.target)) }
        }
        guard versions.count > 1 else { return [] }
        let root = languages[0]
        guard translated(route.target, in: root) != nil else { return versions }
        return versions + [(hreflang: "x-default", url: root.routes.absoluteURL(route.target))]
    }

    /// One entry of the language switch.
    public struct Choice: Sendable {
        public var code: String
        /// In its own language: 日本語, English.
        public var name: String
        public var url: String
        /// The same, absolute (for a page that is also an e-mail: the digest).
        public var absoluteURL: String
        public var current: Bool
        /// The page has no version in this language: the link goes to its home page.
        public var home: Bool
    }

    /// The language switch of a page: every language, the same page where it exists (translated
    /// or shown untranslated), else that language's home page.
    public func choices(for route: Route, in code: String) -> [Choice] {
        guard isMultilingual else { return [] }
        return languages.map { language in
            let here = language.routes.owns(route.target)
            let target = here || language.code == code ? route.target : .home
            return Choice(code: language.code, name: ownNames[language.code] ?? language.code, url: language.routes.url(target), absoluteURL: language.routes.absoluteURL(target),
                          current: language.code == code, home: !here && language.code != code)
        }
    }

    /// A language's name in its own language (日本語, English, français), for the switch.
    public static func ownName(_ code: String) -> String {
        Locale(identifier: code).localizedString(forIdentifier: code) ?? code
    }

    /// A language's name in another (`en` in Japanese: 英語), for notices.
    public static func name(_ code: String, in language: String) -> String {
        Locale(identifier: language).localizedString(forIdentifier: code) ?? code
    }
}
