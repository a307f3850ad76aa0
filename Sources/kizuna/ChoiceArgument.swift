import ArgumentParser
import KizunaContent

/// An option or argument with a fixed set of values (`--audience`, `--format`, `new <kind>`),
/// read as text and checked in `validate`: a misspelt value is a usage error in the editor's
/// language, with the value it was likely meant to be (`memebers` → `members`), which
/// ArgumentParser's own message does not offer.
enum ChoiceArgument {
    static func value<T: RawRepresentable & CaseIterable>(_ written: String, of type: T.Type, name: String,
                                                           _ language: EditorLanguage) throws -> T where T.RawValue == String {
        if let value = T(rawValue: written) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let meant = Suggestion.nearest(to: written, in: allowed)
        throw ValidationError(CommandMessage.badChoice(name: name, written: written, allowed: allowed, meant: meant).text(language))
    }
}
