import Foundation

/// The language Kizuna speaks to editors in: messages, `check`'s report, the build summary and
/// serve's error page. Chosen by `--lang`, then `KIZUNA_LANG`, then the site's own language.
public enum EditorLanguage: String, CaseIterable, Sendable {
    case ja, en

    /// `ja`, `ja-JP`, `JA_jp` … are Japanese; `en`, `en-GB` … English; anything else is not a
    /// language Kizuna has messages for.
    public init?(code: String) {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).first.map(String.init) ?? ""
        guard let language = EditorLanguage(rawValue: base) else { return nil }
        self = language
    }

    /// The first of the flag, `KIZUNA_LANG` and the site's language that Kizuna speaks; Japanese
    /// when none does (the editors Kizuna is made for read Japanese).
    public static func resolve(flag: String?, environment: [String: String], siteLanguage: String?) -> EditorLanguage {
        for code in [flag, environment["KIZUNA_LANG"], siteLanguage] {
            if let code, let language = EditorLanguage(code: code) { return language }
        }
        return .ja
    }
}

extension EditorLanguage {
    /// The `language:` of a content folder's site.yaml, read leniently: messages about a broken
    /// site.yaml still need a language to be written in.
    public static func ofSite(contentDirectory: String) -> String? {
        let path = (contentDirectory as NSString).appendingPathComponent("site.yaml")
        guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20 else { return nil }
        let result = YAMLParser().parse(String(decoding: data, as: UTF8.self), path: path)
        guard case .mapping(let pairs)? = result.root?.kind else { return nil }
        return pairs.first { $0.0.scalar == "language" }?.1.scalar
    }
}
