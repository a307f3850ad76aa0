extension RouteTarget {
    /// The routes of one item of a kind's folder (`news`, `alumni` …) by its slug: its page, and
    /// an event's calendar file.
    static func ownRoutes(ofItemIn folder: String, slug: String) -> [RouteTarget] {
        switch folder {
        case "news": [.newsPost(slug)]
        case "events": [.event(slug), .eventCalendar(slug)]
        case "opportunities": [.opportunity(slug)]
        case "alumni": [.profile(slug)]
        case "surveys": [.survey(slug)]
        case "asks": [.ask(slug)]
        case "pages": [.page(slug)]
        default: []
        }
    }

    /// Where the lists an item of a kind's folder can add live, as path prefixes: a tag, a
    /// segment, a month of the digest or one more page of a list exists only while some item
    /// makes it. Spelled here, beside `path`, which they follow.
    static func listPrefixes(madeByItemsIn folder: String) -> [String] {
        switch folder {
        case "news": ["news/page/", RouteTarget.newsTags.path, RouteTarget.digests.path]
        case "events": ["events/segments/", RouteTarget.pastEvents(page: 1).path, RouteTarget.digests.path]
        case "opportunities": ["opportunities/tags/", RouteTarget.digests.path]
        case "asks": [RouteTarget.digests.path]
        default: []
        }
    }
}
