import KizunaContent

extension SurveyKind: PublishedKind {
    /// Newest fielding first, each with only what its disclosure rules let it show.
    public func publish(_ items: [Survey], _ context: PublishContext) -> [SurveyReport] {
        items.sorted { ($0.fielded, $1.slug) > ($1.fielded, $0.slug) }.map { SurveyReport($0, minCell: context.site.minCell) }
    }

    public func ownRoutes(slug: String) -> [RouteTarget] { [.survey(slug)] }
    public func bodies(of published: [SurveyReport]) -> [RenderedMarkdown] { [] }
}
