import Foundation

extension ScaffoldWriter {
    /// Starts the translation into `language` of the existing `<folder>/<slug>.<ext>`, beside it
    /// (`<slug>.<language>.<ext>`, see `TranslationScaffold`), and returns its path and the
    /// original's. Refused, with nothing written, for a kind that is not translated, a language
    /// site.yaml's `languages` does not list or the root's, a missing or unreadable original, and
    /// a translation that exists already (in any of the kind's extensions: never two, never replaced).
    public static func createTranslation(_ kind: NewFileKind, slug: String, language: String, languageName: LocalizedText,
                                         contentDirectory: String) throws(Failure) -> (path: String, original: String) {
        if let problem = SlugProblem.of(slug) { throw .badSlug(slug, problem) }
        let item = kind.kind
        guard !item.textFields.isEmpty else { throw .refused(.kindNotTranslated(folder: item.folder, item: item.itemNames)) }
        var diagnostics = Diagnostics()
        let sitePath = (contentDirectory as NSString).appendingPathComponent("site.yaml")
        guard let site = ContentLoader(contentDirectory: contentDirectory, kinds: []).loadSite(sitePath, &diagnostics), !diagnostics.hasErrors else {
            throw .siteUnreadable(diagnostics.sorted)
        }
        guard site.isMultilingual else { throw .refused(.oneLanguage(language: language, root: site.defaultLanguage)) }
        guard language != site.defaultLanguage else { throw .refused(.translationIsRoot(language: language, others: Array(site.languages.dropFirst()))) }
        guard site.languages.contains(language) else { throw .refused(.translationNotListed(language: language, languages: site.languages)) }

        // The original as the loader finds it: `.yaml` before `.yml`.
        let folder = (contentDirectory as NSString).appendingPathComponent(item.folder)
        let extensions = item.format.extensions.sorted()
        guard let ext = extensions.first(where: { FileManager.default.fileExists(atPath: "\(folder)/\(slug).\($0)") }) else {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let slugs = names.compactMap { name -> String? in
                let parts = name.split(separator: ".", omittingEmptySubsequences: false)
                return parts.count == 2 && extensions.contains(String(parts[1])) ? String(parts[0]) : nil
            }
            throw .refused(.noOriginal(path: (contentDirectory as NSString).appendingPathComponent(kind.relativePath(slug: slug)),
                                       start: "kizuna new \(kind.rawValue) \(slug)", meant: Suggestion.nearest(to: slug, in: slugs.sorted())))
        }
        let translation = "\(item.folder)/\(slug).\(language).\(ext)"
        let translationPath = (contentDirectory as NSString).appendingPathComponent(translation)
        for other in extensions where FileManager.default.fileExists(atPath: "\(folder)/\(slug).\(language).\(other)") {
            throw .refused(.translationExists(path: "\(folder)/\(slug).\(language).\(other)"))
        }

        let original = "\(item.folder)/\(slug).\(ext)"
        let originalPath = (contentDirectory as NSString).appendingPathComponent(original)
        var problems = Diagnostics()
        let scaffold = TranslationScaffold(kind: item, original: original, language: language, languageName: languageName)
        guard let source = SourceFile.read(originalPath, maxBytes: site.maxFileBytes, diagnostics: &problems),
              let text = scaffold.text(of: source, &problems), !problems.hasErrors else {
            throw .originalUnreadable(path: originalPath, problems.sorted)
        }
        do {
            return (try write(text, to: translation, contentDirectory: contentDirectory), originalPath)
        } catch .exists {
            // Created between the check above and now: still never replaced.
            throw .refused(.translationExists(path: translationPath))
        }
    }
}
