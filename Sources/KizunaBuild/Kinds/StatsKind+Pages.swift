import KizunaContent
import KizunaSite

extension StatsKind: ContentKind {
    public var templates: [String] { ["network"] }
    public var navigation: RouteTarget? { .network }
    public var strings: Set<String> {
        ["network.category", "network.count", "network.share", "network.decade", "network.decade_band", "network.decade_before",
         "network.as_of", "network.none", "network.paused", "network.interests_omitted", "network.mentors_hidden", "network.title",
         "network.members_count", "network.by_decade", "network.by_industry", "network.by_interest",
         "aggregate.chart_title", "aggregate.chart_entry", "aggregate.chart_separator"]
    }

    /// The network page shows the newest snapshot, or says there is none yet.
    public func pages(of network: NetworkStats?, _ plan: PagePlan) -> [PlannedPage] {
        [plan.page(.network, "network") { c in
            PageView(title: c.strings["network.title"], body: NetworkPage(network: c.views.network(network)))
        }]
    }

    public func searchEntries(of network: NetworkStats?, _ c: PageContext) -> [SearchEntry] { [] }
}
