import KizunaContent
import KizunaSite

/// The monthly digest's views: absolute links and plain lines, for a newsletter.
extension ViewBuilder {
    func digestCounts(_ digest: MonthlyDigest) -> String {
        let t = strings
        return [("digest.news_count", digest.news.count), ("digest.opportunities_count", digest.opportunities.count),
                ("digest.events_count", digest.events.count), ("digest.asks_count", digest.asks.count)]
            .filter { $0.1 > 0 }
            .map { t.count($0.0, $0.1, ["n": String($0.1)]) }
            .joined(separator: t["digest.counts_separator"])
    }

    func digest(_ digest: MonthlyDigest) -> DigestPage {
        let t = strings
        // An e-mail: every link absolute.
        let style = LinkStyle.absolute(page: .digest(digest.month))
        func absolute(_ target: RouteTarget) -> String { bodies.url(target, style) }
        let month = format.month(digest.month)
        let next = format.month(digest.month.next)
        let news = digest.news.map { p in
            DigestItem(title: p.post.title, url: absolute(.newsPost(p.post.slug)), meta: [format.date(p.post.date.date)], text: p.summary)
        }
        let opportunities = digest.opportunities.map { o in
            let op = o.opportunity
            var meta = [t["opportunity.kind.\(op.kind.rawValue)"]]
            if !o.isOpen { meta.append(t["digest.closed"]) } else if let deadline = op.deadline {
                meta.append(t.format("digest.deadline", ["date": format.date(deadline)]))
            }
            return DigestItem(title: op.title, url: absolute(.opportunity(op.slug)), meta: meta, text: op.summary)
        }
        let events = digest.events.map { e in
            var meta = [format.range(e.event.start, e.event.end), t["event.mode.\(e.event.mode.rawValue)"]]
            if e.event.status != .scheduled { meta.append(t["event.status.\(e.event.status.rawValue)"]) }
            return DigestItem(title: e.event.title, url: absolute(.event(e.event.slug)), meta: meta, text: e.event.venue?.name)
        }
        let asks = digest.asks.map { a in
            DigestItem(title: a.ask.title, url: absolute(.ask(a.ask.slug)),
                       meta: [a.isOpen ? t["ask.status.open"] : t["ask.status.\(a.ask.status == .open ? "closed" : a.ask.status.rawValue)"]],
                       text: a.ask.tags.isEmpty ? nil : a.ask.tags.map { "#" + site.tagName($0) }.joined(separator: " "))
        }
        return DigestPage(
            month: month, heading: t.format("digest.title", ["month": month]),
            intro: t.format("digest.intro", ["month": month, "site": site.title]),
            siteTitle: site.title, homeURL: absolute(.home), webURL: absolute(.digest(digest.month)), digestsURL: absolute(.digests),
            textURL: absolute(.digestText(digest.month)),
            sections: [
                DigestSection(title: t["digest.news"], items: news, empty: t["digest.none_news"]),
                DigestSection(title: t["digest.opportunities"], items: opportunities, empty: t["digest.none_opportunities"]),
                DigestSection(title: t.format("digest.events", ["month": next]), items: events, empty: t.format("digest.none_events", ["month": next])),
                DigestSection(title: t["digest.asks"], items: asks, empty: t["digest.none_asks"]),
            ],
            subscribe: subscribe(absolute))
    }

    /// Where to subscribe, its links made by `link` (absolute in the digest, the site's own elsewhere).
    func subscribe(_ link: (RouteTarget) -> String) -> SubscribeView {
        let s = site.subscribe
        return SubscribeView(formURL: s?.form?.url, mailURL: s?.mailURL, mail: s?.mail, feedURL: link(.newsFeed(.atom)))
    }

    /// The month's digest as plain text (`index.txt`), made from the page's own view.
    func digestText(_ digest: MonthlyDigest) -> String {
        DigestText.make(self.digest(digest), words: DigestText.Words(strings))
    }
}
