import KizunaContent

/// Whether a build publishes an item, or why not. One policy, asked by Derive (what to publish)
/// and by the link check (why a link to an item would be dead) alike.
public enum Publication: Sendable, Equatable {
    case published
    /// Not in this build, for this reason (a draft, members-only …), as a link error says it.
    case absent(AbsenceReason)

    public var isPublished: Bool { self == .published }

    /// The rule of every item with an `audience:` and a `draft:`: members-only items only in a
    /// members build, drafts only with `--drafts`.
    public static func of(_ item: some AudienceItem, in options: BuildOptions) -> Publication {
        if !options.audience.includes(item.audience) { return .absent(.membersOnly) }
        if item.draft && !options.drafts { return .absent(.draft) }
        return .published
    }

    /// This one, or `next` when this one publishes: the first reason wins.
    public func then(_ next: @autoclosure () -> Publication) -> Publication { isPublished ? next() : self }
}
