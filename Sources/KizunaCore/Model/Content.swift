/// Everything loaded from a content folder: the output of the Load stage.
public struct Content: Sendable {
    public var site: SiteConfig
    public var news: [NewsPost] = []
    public var events: [Event] = []
    public var opportunities: [Opportunity] = []
    public var profiles: [Profile] = []
    public var surveys: [Survey] = []
    public var asks: [Ask] = []
    public var pages: [Page] = []
    public var staticFiles: [StaticFile] = []
}
