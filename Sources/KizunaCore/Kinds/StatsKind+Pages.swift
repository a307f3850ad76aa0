import KizunaContent
import KizunaSite

extension StatsKind: ContentKind {
    public var templates: [String] { ["network"] }

    /// The network page shows the newest snapshot, or says there is none yet.
    public func pages(of network: NetworkStats?, _ plan: PagePlan) -> [PlannedPage] {
        [plan.page(.network, "network") { c in
            PageView(title: c.strings["network.title"], body: NetworkPage(network: c.views.network(network)))
        }]
    }

    public func searchEntries(of network: NetworkStats?, _ c: PageContext) -> [SearchEntry] { [] }
}
