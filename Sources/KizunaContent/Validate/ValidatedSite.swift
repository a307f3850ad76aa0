/// Content that passed every rule. Only `SiteValidator` makes one, so later stages can rely
/// on slugs being unique, links being safe and references resolving.
///
/// When some files have errors, the validator still makes one of the others (`isComplete`
/// false, those files in `broken`), so routes and links are checked in the same run; such a
/// site is derived and routed, never rendered or written.
public struct ValidatedSite: Sendable {
    public let content: Content
    public let warnings: [Diagnostic]
    /// Files left out for their errors (load or rules), with the slug each has or would have:
    /// a link to one is not called dead, it is checked once the file is fixed.
    public let broken: [Content.FailedItem]
    public let isComplete: Bool

    init(content: Content, warnings: [Diagnostic], broken: [Content.FailedItem] = [], isComplete: Bool = true) {
        self.content = content
        self.warnings = warnings
        self.broken = broken
        self.isComplete = isComplete
    }

    /// The same site with its content as one language shows it (`Content.inLanguage`).
    public func `in`(_ content: Content) -> ValidatedSite {
        ValidatedSite(content: content, warnings: warnings, broken: broken, isComplete: isComplete)
    }
}
