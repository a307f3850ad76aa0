import KizunaContent

extension ProfileKind: PublishedKind {
    /// The directory: members builds only, and only members who agreed to be listed.
    public func publication(of profile: Profile, in build: BuildScope) -> Publication {
        if build.options.audience != .members { return .absent(.directoryMembersOnly) }
        if !profile.isListed { return .absent(.notListed) }
        return .published
    }

    /// nil in a public build: the directory exists only for members.
    public func publish(_ items: [Profile], _ context: PublishContext) -> [PublishedProfile]? {
        guard context.options.audience == .members else { return nil }
        let directory = items.compactMap { PublishedProfile($0, markdown: context.markdown) }
            .sorted { ($0.joined ?? 0, $0.slug) < ($1.joined ?? 0, $1.slug) }
        return RelatedProfiles.linked(directory)
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [.profile(slug)] }
    public func bodies(of published: [PublishedProfile]?) -> [RenderedMarkdown] { (published ?? []).compactMap(\.bio) }
}
