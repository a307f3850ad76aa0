import Foundation

/// Validate stage: rules that span files (duplicate slugs, segment labels, askers, static
/// paths) and surveys' sums, all checked, all reported. Rules within one file are checked as it
/// loads, so they come in the same run as its field errors.
public struct SiteValidator: Sendable {
    /// The kinds the content was loaded with.
    public var kinds: [any ItemKind]

    public init(kinds: [any ItemKind]) { self.kinds = kinds }

    /// The whole site when no rule is broken, else every problem.
    public func validate(_ content: Content) -> Result<ValidatedSite, BuildFailure> {
        let outcome = check(content)
        guard let site = outcome.site, site.isComplete else { return .failure(BuildFailure(outcome.problems)) }
        return .success(site)
    }

    /// Every problem (errors and warnings), and the site later stages go on with: all of it when
    /// there is no error; else the items whose files have none, the others listed as `broken`,
    /// so that routes and links are still checked in the same run (such a site is never
    /// rendered). nil when site.yaml failed: every page and every date depends on it.
    public func check(_ content: Content) -> (site: ValidatedSite?, problems: [Diagnostic]) {
        let d = rules(content)
        if !d.hasErrors && content.siteLoaded && content.failedItems.isEmpty {
            return (ValidatedSite(content: content, warnings: d.sorted), d.sorted)
        }
        let errorFiles = Set(d.errors.map(\.location.path))
        guard content.siteLoaded, !errorFiles.contains(content.site.at.file.path) else { return (nil, d.sorted) }
        var clean = content
        var broken = content.failedItems
        for kind in kinds { leaveOut(kind, errorFiles, &clean, &broken) }
        clean.failedItems = []
        return (ValidatedSite(content: clean, warnings: d.warnings, broken: broken, isComplete: false), d.sorted)
    }

    /// An item with an error at its file is left out, as if it had failed to load.
    func leaveOut<K: ItemKind>(_ kind: K, _ errorFiles: Set<String>, _ content: inout Content, _ broken: inout [Content.FailedItem]) {
        content[kind] = content[kind].filter { item in
            let at = item.at.file
            guard errorFiles.contains(at.path) else { return true }
            let name = ((at.path as NSString).lastPathComponent as NSString).deletingPathExtension
            broken.append(Content.FailedItem(folder: kind.folder, slug: item.slug, fileName: name, location: at))
            return false
        }
    }

    /// Two items of a kind with one slug would write one URL twice; then the kind's own rules.
    func check<K: ItemKind>(_ kind: K, _ content: Content, _ d: inout Diagnostics) {
        let items = content[kind]
        unique(items.map { ($0.slug, $0.at.file) }, content.failed(in: kind.folder), kind.itemNames, &d)
        kind.check(items, in: content, &d)
    }

    func rules(_ content: Content) -> Diagnostics {
        var d = Diagnostics()
        let site = content.site
        if let logo = site.organization?.logo {
            Self.checkLocalPath(logo, field: "organization.logo", at: site.at["organization.logo"], content.staticSitePaths, &d)
        }
        // Files that failed to load still hold their slug: a duplicate is reported in the same run.
        for kind in kinds { check(kind, content, &d) }
        if content.siteLoaded {
            namelessTags(content, &d)
            untranslatedTags(content, &d)
        }
        return d
    }

    /// On a Japanese site, a tag written in ASCII (`kansai`) with no Japanese display name in
    /// site.yaml's `tags:` shows as that key (or its English name) on the boards: say so once per tag, where it is first used.
    func namelessTags(_ content: Content, _ d: inout Diagnostics) {
        guard content.site.language == "ja" else { return }
        var uses: [(tag: String, at: SourceLocation)] = []
        for kind in kinds { uses += Self.tags(kind, content) }
        var warned = Set<String>()
        for use in uses.sorted(by: { ($0.at.path, $0.at.line) < ($1.at.path, $1.at.line) }) {
            let slug = Tag.slug(use.tag)
            guard use.tag.unicodeScalars.allSatisfy(\.isASCII), !content.site.tags.isNamed(use.tag, in: "ja"), warned.insert(slug).inserted else { continue }
            d.warning(use.at, ValidateMessage.namelessTag(use.tag, slug: slug))
        }
    }

    /// On a site in several languages, a tag not written in ASCII (`交流会`) with no name in
    /// another of its languages shows as written on that language's pages: say so once per tag
    /// and language, where it is first used. (An ASCII tag reads as its own name in most.)
    func untranslatedTags(_ content: Content, _ d: inout Diagnostics) {
        let others = content.site.languages.dropFirst()
        guard !others.isEmpty else { return }
        var uses: [(tag: String, at: SourceLocation)] = []
        for kind in kinds { uses += Self.tags(kind, content) }
        var warned = Set<String>()
        for use in uses.sorted(by: { ($0.at.path, $0.at.line) < ($1.at.path, $1.at.line) }) where !use.tag.unicodeScalars.allSatisfy(\.isASCII) {
            let slug = Tag.slug(use.tag)
            for language in others where !content.site.tags.isNamed(use.tag, in: language) && warned.insert(slug + "\n" + language).inserted {
                d.warning(use.at, ValidateMessage.tagNotNamedIn(use.tag, slug: slug, language: language))
            }
        }
    }

    static func tags<K: ItemKind>(_ kind: K, _ content: Content) -> [(tag: String, at: SourceLocation)] {
        content[kind].flatMap { item -> [(tag: String, at: SourceLocation)] in
            guard let tagged = item as? any TaggedItem else { return [] }
            return tagged.tags.map { ($0, tagged.at["tags"]) }
        }
    }

    /// Two items of a kind with one slug would write one URL twice: name both files.
    func unique(_ items: [(slug: String, file: SourceLocation)], _ failed: [Content.FailedItem], _ kind: LocalizedText, _ d: inout Diagnostics) {
        let all = (items + failed.compactMap { item in item.slug.map { ($0, item.location) } })
            .sorted { $0.file.path < $1.file.path }
        var first: [String: SourceLocation] = [:]
        for (slug, file) in all {
            if let earlier = first[slug] {
                d.error(file, ValidateMessage.duplicateSlug(kind: kind, slug: slug, path: earlier.path))
            } else {
                first[slug] = file
            }
        }
    }

    /// A path inside the site must name a file under content/static/; an absolute link must be http(s).
    static func checkLocalPath(_ path: String, field: String, at: SourceLocation, _ staticPaths: Set<String>, _ d: inout Diagnostics) {
        if path.hasPrefix("/") {
            if path.hasPrefix("//") || path.contains("..") {
                d.error(at, ValidateMessage.notPlainSitePath(field: field, path: path))
            } else if path.hasPrefix("/static/") && !staticPaths.contains(path) {
                d.error(at, ValidateMessage.missingStaticFile(field: field, path: path))
            }
        } else if case .failure(let problem) = Link.parse(path, allowMailto: false) {
            d.error(at, ValidateMessage.notSitePathOrLink(field: field, path: path, problem))
        }
    }
}
