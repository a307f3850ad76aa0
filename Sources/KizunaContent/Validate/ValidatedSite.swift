/// Content that passed every rule. Only `SiteValidator` makes one, so later stages can rely
/// on slugs being unique, links being safe and references resolving.
public struct ValidatedSite: Sendable {
    public let content: Content
    public let warnings: [Diagnostic]

    init(content: Content, warnings: [Diagnostic]) {
        self.content = content
        self.warnings = warnings
    }
}
