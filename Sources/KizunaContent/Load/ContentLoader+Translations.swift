import Foundation

/// A translation's file: `<slug>.<language>.<ext>` beside `<slug>.<ext>` (`welcome.en.md`).
struct TranslationFile: Sendable {
    var path: String
    /// The original's file name without extension (`welcome`).
    var base: String
    var language: String
    var folder: String

    /// nil when the name has no language before its extension (a slug has no dot).
    init?(path: String, fileName: String, folder: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let language = String(fileName[fileName.index(after: dot)...])
        guard LanguageTag.isValid(language) else { return nil }
        self.path = path
        self.base = String(fileName[..<dot])
        self.language = language
        self.folder = folder
    }
}

extension ContentLoader {
    /// site.yaml's text fields a `site.<language>.yaml` translates.
    static let siteTextFields = [
        "title", "description", "organization.name", "referral.title", "referral.who", "referral.reward", "referral.how", "connect.note",
        "members.who", "members.sign_in", "join.title", "join.description", "join.who", "join.offers", "join.steps",
        "join.change", "join.access", "join.welcome_title", "extra",
    ]

    /// One translation read over its original: its language and the item as that language's
    /// pages show it, or nil (and why, unless the original's own errors say it).
    func translation<K: ItemKind>(_ file: TranslationFile, of kind: K, originals: [K.Item], _ site: SiteConfig,
                                  _ diagnostics: inout Diagnostics) -> (String, K.Item)? {
        let at = SourceLocation(path: file.path)
        guard site.languages.contains(file.language) else {
            diagnostics.error(at, TranslationMessage.languageNotListed(language: file.language, languages: site.languages))
            return nil
        }
        guard file.language != site.defaultLanguage else {
            diagnostics.error(at, TranslationMessage.defaultLanguage(language: file.language))
            return nil
        }
        guard !kind.textFields.isEmpty else {
            diagnostics.error(at, TranslationMessage.kindNotTranslated(folder: kind.folder))
            return nil
        }
        let directory = (file.path as NSString).deletingLastPathComponent
        let candidates = kind.format.extensions.sorted().map { directory + "/" + file.base + "." + $0 }
        guard let originalPath = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            diagnostics.error(at, TranslationMessage.noOriginal(expected: "\(kind.folder)/\(file.base).\(kind.format.fileExtension)"))
            return nil
        }
        // An original with errors is reported on its own; its translation is read once it loads.
        guard let original = originals.first(where: { $0.at.file.path == originalPath }) else { return nil }
        var d = Diagnostics()
        defer { diagnostics.append(contentsOf: d) }
        guard let translated = SourceFile.read(file.path, maxBytes: site.maxFileBytes, diagnostics: &d),
              let source = SourceFile.read(originalPath, maxBytes: site.maxFileBytes, diagnostics: &d),
              let over = document(translated, kind.format, &d), let under = document(source, kind.format, &d) else { return nil }
        let overlay = TranslationOverlay(textFields: kind.textFields, original: "\(kind.folder)/\((originalPath as NSString).lastPathComponent)")
        let merged = overlay.merge(under.root, over.root, &d)
        // A translation's body replaces the original's: an empty one is most likely forgotten.
        if let body = over.body, body.text.trimmed.isEmpty, let original = under.body, !original.text.trimmed.isEmpty {
            d.warning(body.location, TranslationMessage.emptyBody(original: overlay.original))
        }
        guard !d.hasErrors else { return nil }
        let reader = FieldReader(merged, zone: site.timeZone)
        // The original's slug, whether its file name or its `slug:` gave it.
        _ = reader.value("slug")
        let extra = reader.extra()
        guard var item = kind.read(reader, slug: original.slug, body: over.body) else {
            d.append(contentsOf: reader.finish())
            return nil
        }
        let problems = reader.finish()
        d.append(contentsOf: problems)
        guard !problems.hasErrors else { return nil }
        item.extra = extra
        // Links to the original's file lead to this language's page of it.
        item.at.file = original.at.file
        return (file.language, kind.translation(item, of: original))
    }

    /// A file's YAML (its front matter for Markdown) and Markdown body, parsed.
    func document(_ file: SourceFile, _ format: ItemFormat, _ d: inout Diagnostics) -> (root: YAMLNode, body: MarkdownSource?)? {
        switch format {
        case .yaml:
            let result = parser.parse(file.text, path: file.path)
            d.append(contentsOf: result.diagnostics)
            guard let root = result.root, !result.diagnostics.hasErrors else { return nil }
            return (root, nil)
        case .markdown:
            guard case .success(let parts) = FrontMatter.split(file.text) else {
                d.error(SourceLocation(path: file.path), LoadMessage.missingFrontMatter)
                return nil
            }
            let result = parser.parse(parts.yaml, path: file.path, lineOffset: parts.yamlLineOffset)
            d.append(contentsOf: result.diagnostics)
            guard let root = result.root, !result.diagnostics.hasErrors else { return nil }
            // The same bounds and invisible characters as an original's body (`markdownItem`).
            for problem in MarkdownLimits.check(parts.body) {
                d.error(SourceLocation(path: file.path, line: parts.bodyLine + problem.line - 1, column: problem.column), problem.message)
            }
            for found in ControlCharacters.find(in: parts.body) {
                d.error(SourceLocation(path: file.path, line: parts.bodyLine + found.line - 1, column: found.column), found.message)
            }
            return (root, MarkdownSource(text: parts.body, location: SourceLocation(path: file.path, line: parts.bodyLine)))
        }
    }

    /// `site.<language>.yaml` of each language after the first, over site.yaml: the site's
    /// settings as that language's pages show them. A language without one has site.yaml's text.
    func siteTranslations(of site: SiteConfig, bytes: Data, path: String, _ diagnostics: inout Diagnostics) -> [String: SiteConfig] {
        var sites: [String: SiteConfig] = [:]
        for language in site.languages.dropFirst() {
            let translationPath = join(contentDirectory, "site.\(language).yaml")
            guard FileManager.default.fileExists(atPath: translationPath) else { continue }
            var d = Diagnostics()
            defer { diagnostics.append(contentsOf: d) }
            guard let original = SourceFile.decode(bytes, path: path, diagnostics: &d),
                  let translated = SourceFile.read(translationPath, maxBytes: site.maxFileBytes, diagnostics: &d),
                  let under = document(original, .yaml, &d), let over = document(translated, .yaml, &d) else { continue }
            let merged = TranslationOverlay(textFields: Self.siteTextFields, original: "site.yaml").merge(under.root, over.root, &d)
            guard !d.hasErrors else { continue }
            let reader = FieldReader(merged, zone: SiteConfig.defaultTimeZone)
            let config = SiteConfig.read(reader, file: SourceLocation(path: path))
            let problems = reader.finish()
            d.append(contentsOf: problems)
            if var config, !problems.hasErrors {
                config.language = language
                sites[language] = config
            }
        }
        return sites
    }
}
