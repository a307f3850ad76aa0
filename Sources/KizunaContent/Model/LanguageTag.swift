import Foundation

/// A language a portal can be written in: an ISO 639 language code, optionally followed by a
/// script and a region (`ja`, `en`, `fr`, `pt-BR`, `zh-Hant-TW`). Which languages a portal can
/// really use is the theme's to say (`i18n/<tag>.yaml`), so no list of them is kept here: a new
/// language is a file of strings, not a change of Kizuna.
public enum LanguageTag {
    /// ISO 639 codes as Foundation (ICU) knows them: `ja` is one, `jp` (a country) is not.
    static let languageCodes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))

    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let language = parts.first, (2...3).contains(language.utf8.count),
              language.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }),
              languageCodes.contains(language) else { return false }
        var rest = parts.dropFirst()
        if let script = rest.first, script.utf8.count == 4, script.first!.isUppercase,
           script.utf8.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) {
            rest = rest.dropFirst()
        }
        if let region = rest.first,
           (region.utf8.count == 2 && region.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }))
            || (region.utf8.count == 3 && region.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })) {
            rest = rest.dropFirst()
        }
        return rest.isEmpty
    }
}
