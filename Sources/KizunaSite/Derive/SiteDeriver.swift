import Foundation
import KizunaContent

/// Derive stage: from validated content and build options to what the site publishes. Each
/// kind publishes the items the publication policy lets through; the digests are made across
/// kinds after.
public struct SiteDeriver: Sendable {
    public var options: BuildOptions
    /// The kinds of the build (`ContentKinds`).
    public var kinds: [any PublishedKind]
    /// Markdown rendered by an earlier build, taken instead of rendering it again.
    package var markdownCache: ResultCache?

    public init(options: BuildOptions, kinds: [any PublishedKind]) {
        self.options = options
        self.kinds = kinds
    }

    package init(options: BuildOptions, kinds: [any PublishedKind], markdownCache: ResultCache?) {
        self.init(options: options, kinds: kinds)
        self.markdownCache = markdownCache
    }

    public func derive(_ validated: ValidatedSite) -> DerivedSite {
        let content = validated.content
        let site = content.site
        let markdown = MarkdownRenderer(allowRawHTML: site.allowRawHTML, cache: markdownCache)
        let context = PublishContext(scope: BuildScope(options: options, site: site), markdown: markdown, content: content)
        var derived = DerivedSite(site: site, options: options, staticFiles: content.staticFiles)
        derived.untranslated = content.untranslated
        for kind in kinds { publish(kind, context, into: &derived) }
        derived.referralHow = site.referral?.how.map { markdown.render($0) }
        derived.join = site.join.map { JoinTexts($0, markdown: markdown) }
        derived.digests = MonthlyDigest.months(derived)
        derived.membersOnly = MembersOnlyCounts.of(content, in: context.scope)
        return derived
    }

    func publish<K: PublishedKind>(_ kind: K, _ context: PublishContext, into derived: inout DerivedSite) {
        let items = context.content[kind].filter { kind.publication(of: $0, in: context.scope).isPublished }
        derived[kind] = kind.publish(items, context)
    }
}
