import Foundation
import Mustache
import KizunaContent
import KizunaSite

/// A theme folder: Mustache templates (pages, `layouts/`, `partials/`), UI strings in
/// `i18n/<lang>.yaml` and assets copied to `/assets/`. Loading checks what swift-mustache would
/// let pass silently: every partial or layout a template names, every UI string it reads, the
/// strings the build itself needs, and that every language file has the same keys.
public struct Theme: Sendable {
    /// The theme's own folder (the first of `chain`).
    public var directory: String
    /// The folders its files come from: the theme and the themes it extends (`ThemeChain`).
    public var chain: ThemeChain
    public var library: MustacheLibrary
    public var templateNames: Set<String>
    public var strings: Strings
    public var assets: [StaticFile]
    /// A fingerprint of every template's text: a page whose context and templates are unchanged
    /// renders to the same bytes, so a later build may reuse it.
    public var templatesFingerprint = ""
    /// The strings of the site's other languages, for `inLanguage`.
    var languageStrings: [String: Strings] = [:]

    /// The theme as one language's pages use it: its strings in that language.
    public func inLanguage(_ language: String) -> Theme {
        guard let strings = languageStrings[language] else { return self }
        var theme = self
        theme.strings = strings
        return theme
    }

    /// Templates every theme must have: one per kind of page the build writes.
    /// The templates a theme must have: the portal's own pages' and each kind's (`ContentKind.templates`).
    public static func requiredTemplates(_ kinds: ContentKinds = .builtIn) -> [String] { PortalPages.templates + kinds.templates }

    /// A problem found while rendering a page.
    public struct RenderProblem: Error, Sendable {
        public var location: SourceLocation
        public var message: ThemeMessage
    }

    /// The theme, or nil when it has errors; warnings (unused strings) come either way.
    public static func load(from directory: String, language: String, kinds: ContentKinds = .builtIn) -> (theme: Theme?, diagnostics: Diagnostics) {
        load(from: directory, languages: [language], kinds: kinds)
    }

    /// The theme in `directory` and the themes it extends (`ThemeChain`; `contentDirectory` is
    /// where a parent named like site.yaml's `theme` is looked for, beside the theme first).
    public static func load(from directory: String, languages siteLanguages: [String], kinds: ContentKinds = .builtIn,
                            contentDirectory: String? = nil) -> (theme: Theme?, diagnostics: Diagnostics) {
        let (chain, chainDiagnostics) = ThemeChain.resolve(directory, contentDirectory: contentDirectory)
        guard let chain else { return (nil, chainDiagnostics) }
        var (theme, d) = load(chain, languages: siteLanguages, kinds: kinds)
        d.append(contentsOf: chainDiagnostics)
        return (d.hasErrors ? nil : theme, d)
    }

    /// The theme with the strings of every language of the site (`inLanguage` picks one); the
    /// first is the site root's, and each must have its `i18n/<code>.yaml` in some theme of the chain.
    /// Each file is taken from the first folder of the chain that has it; strings key by key.
    public static func load(_ chain: ThemeChain, languages siteLanguages: [String], kinds: ContentKinds = .builtIn) -> (theme: Theme?, diagnostics: Diagnostics) {
        let language = siteLanguages[0]
        let required = requiredTemplates(kinds)
        var d = Diagnostics()
        let root = chain.roots[0]
        let templatesDir = root + "/templates"
        guard chain.roots.contains(where: { var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0 + "/templates", isDirectory: &isDirectory) && isDirectory.boolValue }) else {
            d.error(SourceLocation(path: templatesDir), ThemeMessage.noTemplatesFolder)
            return (nil, d)
        }
        var library = MustacheLibrary()
        var sources: [String: (path: String, text: String, root: String)] = [:]
        for (relative, from) in chain.files(under: "templates") where relative.hasSuffix(".mustache") {
            let path = from + "/templates/" + relative
            guard let file = SourceFile.read(path, diagnostics: &d) else { continue }
            let name = String(relative.dropLast(".mustache".count))
            do {
                let template = try MustacheTemplate(string: EscapedHTML.pragma + file.text)
                library.register(template, named: name)
                sources[name] = (path, file.text, from)
                // swift-mustache 2.1 cannot close `{{<layouts/base}}…{{/layouts/base}}` (no '/' in
                // section names), so every template also answers to its dotted name: `layouts.base`.
                if name.contains("/") { library.register(template, named: name.replacingOccurrences(of: "/", with: ".")) }
            } catch let error as MustacheTemplate.ParserError {
                // The pragma is a line of its own in front of the file.
                d.error(SourceLocation(path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                        ThemeMessage.templateSyntax(TemplateSyntax(error.error)))
            } catch {
                d.error(SourceLocation(path: path), ThemeMessage.templateSyntax(.other("\(error)")))
            }
        }
        let names = Set(sources.keys).union(sources.keys.map { $0.replacingOccurrences(of: "/", with: ".") })
        for required in required where !names.contains(required) && d.errors.isEmpty {
            d.error(SourceLocation(path: templatesDir + "/" + required + ".mustache"), ThemeMessage.noTemplate(required))
        }

        let languages = loadStrings(chain, language: language, diagnostics: &d)
        for other in siteLanguages.dropFirst() where !languages.contains(where: { $0.language == other }) {
            // loadStrings says so for the root language's file; the same for every other.
            d.error(SourceLocation(path: root + "/i18n/\(other).yaml"), ThemeMessage.noStringsForLanguage(other))
        }
        let strings = languages.first { $0.language == language } ?? Strings(language: language)
        var templateKeys: Set<String> = []
        var included: Set<String> = []
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for tag in TemplateTags.scan(source.text) {
                let at = SourceLocation(path: source.path, line: tag.line, column: tag.column)
                if tag.sigil == ">" || tag.sigil == "<" { included.insert(tag.name) }
                if tag.sigil == ">" || tag.sigil == "<", !tag.name.hasPrefix("*"), !names.contains(tag.name) {
                    // `{{>*dynamic}}` names come from data and cannot be checked here.
                    d.error(at, ThemeMessage.unknownTemplate(tag.name, folder: templatesDir, referencedBy: name))
                }
                if tag.sigil != "/", let color = ThemeColors.name(read: tag.name), chain.colors.values[color] == nil {
                    d.error(at, ThemeColorMessage.undefinedInTemplate(template: name, name: color))
                }
                guard tag.sigil != "/", let key = TemplateTags.stringKey(tag) else { continue }
                templateKeys.insert(key)
                if languages.contains(where: { $0.language == language }), !strings.keys.contains(key), !strings.keys.contains(where: { $0.hasPrefix(key + ".") }) {
                    d.error(at, ThemeMessage.undefinedString(template: name, key: key, file: "\(root)/i18n/\(language).yaml"))
                }
            }
        }
        checkUsage(languages, templateKeys: templateKeys, required: UIStrings.required(kinds), root: root,
                   inherited: Array(chain.roots.dropFirst()), &d)
        ThemeOverrides.check(chain, templates: sources.mapValues(\.root), included: included, required: Set(required), &d)

        let assets = chain.files(under: "assets").map { StaticFile(path: $0.relative, sourcePath: $0.root + "/assets/" + $0.relative) }
        if d.hasErrors { return (nil, d) }
        let fallback = languages.first { $0.language == "en" }
        let merged = fallback.map { strings.falling(back: $0) } ?? strings
        var fingerprint = Hash128()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) { fingerprint.add("\(name)\n\(source.text.utf8.count)\n\(source.text)") }
        var theme = Theme(directory: root, chain: chain, library: library, templateNames: names, strings: merged, assets: assets)
        for other in siteLanguages.dropFirst() {
            if let found = languages.first(where: { $0.language == other }) {
                theme.languageStrings[other] = fallback.map { found.falling(back: $0) } ?? found
            }
        }
        theme.templatesFingerprint = fingerprint.hex
        return (theme, d)
    }

    /// Every `i18n/*.yaml` of the chain, one `Strings` per language: the base theme's file
    /// first, each theme that extends it over it key by key (`Strings.inheriting`). The site's
    /// language must be among them.
    static func loadStrings(_ chain: ThemeChain, language: String, diagnostics d: inout Diagnostics) -> [Strings] {
        var byLanguage: [String: Strings] = [:]
        var written: Set<String> = []
        for root in chain.roots.reversed() {
            let folder = root + "/i18n"
            for file in regularFiles(under: folder).files.filter({ $0.hasSuffix(".yaml") && !$0.contains("/") }).sorted() {
                let code = String(file.dropLast(5))
                written.insert(code)
                guard let strings = Strings.load(file: folder + "/" + file, language: code, diagnostics: &d) else { continue }
                byLanguage[code] = byLanguage[code].map { strings.inheriting(from: $0) } ?? strings
            }
        }
        if !written.contains(language) {
            d.error(SourceLocation(path: chain.roots[0] + "/i18n/\(language).yaml"), ThemeMessage.noStringsForLanguage(language))
        }
        return byLanguage.keys.sorted().compactMap { byLanguage[$0] }
    }

    /// Every language has the same keys, the build's own keys exist, and no key goes unused.
    /// A key that comes unchanged from a theme this one extends (`inherited`) is never called
    /// unused: the theme that extends it did not write it and has nothing to remove.
    static func checkUsage(_ languages: [Strings], templateKeys: Set<String>, required: Set<String>, root: String,
                           inherited: [String] = [], _ d: inout Diagnostics) {
        let file = { (s: Strings) in "\(root)/i18n/\(s.language).yaml" }
        for strings in languages {
            let keys = strings.keys
            for key in required.subtracting(keys).sorted() {
                d.error(SourceLocation(path: file(strings)), ThemeMessage.requiredStringMissing(key: key))
            }
            for other in languages where other.language != strings.language {
                for key in keys.subtracting(other.keys).sorted() {
                    d.error(strings.locations[key] ?? SourceLocation(path: file(strings)),
                            ThemeMessage.stringNotInOtherLanguage(key: key, language: strings.language, other: other.language))
                }
            }
            for key in keys.sorted() where !required.contains(key) && !templateKeys.contains(key)
                && !templateKeys.contains(where: { key.hasPrefix($0 + ".") })
                && !UIStrings.optionalPrefixes.contains(where: key.hasPrefix)
                && !inherited.contains(where: { strings.locations[key]?.path.hasPrefix($0 + "/i18n/") ?? false }) {
                d.warning(strings.locations[key] ?? SourceLocation(path: file(strings)), ThemeMessage.unusedString(key: key))
            }
        }
    }

    /// Renders a page template. A template that is missing is an error, never an empty page.
    public func render(_ template: String, _ context: [String: Any]) -> Result<String, RenderProblem> {
        guard let html = library.render(context, withTemplate: template) else {
            return .failure(RenderProblem(location: SourceLocation(path: directory + "/templates/" + template + ".mustache"),
                                          message: .noTemplate(template)))
        }
        return .success(html)
    }
}

extension TemplateSyntax {
    /// swift-mustache's parser error in words (its own text when Kizuna has none for it).
    init(_ error: any Error) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: self = .closingNameDiffers
        case .unfinishedName?: self = .unfinishedTag
        case .expectedSectionEnd?: self = .unclosedSection
        case .invalidSetDelimiter?: self = .badDelimiter
        case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?, .textInsideInheritSection?: self = .notABlockInInheritance
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: self = .badPragma
        case nil: self = .other("\(error)")
        }
    }
}

/// How templates escape `{{value}}`: Kizuna's byte-wise `HTMLEscape`, put in front of every
/// template as a `CONTENT_TYPE` pragma when the theme is loaded (theme authors write nothing).
/// swift-mustache's default escaping compares whole `Character`s, so `"` followed by a combining
/// mark (`"\u{301}`) passed through raw and could end an attribute early; it was also a sixth of
/// a build's instructions (callgrind), most of it hashing `Character`s.
struct EscapedHTML: MustacheContentType {
    static let name = "KIZUNA_HTML"
    /// A standalone line, so it adds nothing to the output; template lines count from the next.
    static let pragma: String = {
        MustacheContentTypes.register(EscapedHTML(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}\n"
    }()

    func escapeText(_ text: String) -> String { HTMLEscape.text(text) }
}
