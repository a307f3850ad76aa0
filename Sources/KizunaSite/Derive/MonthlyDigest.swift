import Foundation
import KizunaContent

/// One month of the portal, as a newsletter sends it at the start of the next month
/// (`/digest/<yyyy-mm>/`): the news dated in the month, the opportunities and asks posted in
/// it (each with its state as of the build's "now"), and the events starting in the month
/// after it — what readers can still sign up for when the digest goes out.
public struct MonthlyDigest: Sendable {
    public var month: YearMonth
    /// Newest first, as everywhere.
    public var news: [PublishedPost]
    public var opportunities: [PublishedOpportunity]
    public var asks: [PublishedAsk]
    /// Soonest first.
    public var events: [PublishedEvent]

    /// The months with news, an opportunity or an ask, newest first, up to the month of "now"
    /// (a month with only events to come has nothing to report yet).
    static func months(_ d: DerivedSite) -> [MonthlyDigest] {
        let clock = d.clock
        let current = clock.month
        func month(_ date: Date) -> YearMonth { YearMonth(date, zone: clock.zone) }
        func month(_ day: LocalDate) -> YearMonth { YearMonth(year: day.year, month: day.month) }

        let news = Dictionary(grouping: d.news) { month($0.post.date.date) }
        let opportunities = Dictionary(grouping: d.allOpportunities.sorted { ($0.opportunity.posted, $1.opportunity.slug) > ($1.opportunity.posted, $0.opportunity.slug) }) { month($0.opportunity.posted) }
        let asks = Dictionary(grouping: d.allAsks.sorted { ($0.ask.posted, $1.ask.slug) > ($1.ask.posted, $0.ask.slug) }) { month($0.ask.posted) }
        let events = Dictionary(grouping: d.allEvents.sorted { ($0.event.start, $0.event.slug) < ($1.event.start, $1.event.slug) }) { month($0.event.start.date) }

        let months = Set(news.keys).union(opportunities.keys).union(asks.keys).filter { $0 <= current }
        return months.sorted(by: >).map { m in
            MonthlyDigest(month: m, news: news[m] ?? [], opportunities: opportunities[m] ?? [], asks: asks[m] ?? [],
                          events: events[m.next] ?? [])
        }
    }
}
