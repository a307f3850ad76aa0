import KizunaContent
import KizunaSite
/// Every UI string key the engine itself uses (templates name theirs in `{{t.…}}`). Theme
/// loading checks each exists in every language of the theme, so a page never shows a key.
enum UIStrings {
    static var required: Set<String> {
        var keys: Set<String> = [
            "markdown.footnotes", "markdown.back_to_content",
            "aggregate.small", "aggregate.small_note", "aggregate.at_least", "aggregate.at_least_note", "aggregate.band_note",
            "aggregate.band_range", "aggregate.list_separator", "aggregate.with_not_answered", "aggregate.withheld",
            "aggregate.withheld_table", "aggregate.empty", "aggregate.one_band", "aggregate.other", "aggregate.other_note", "aggregate.not_answered",
            "network.category", "network.count", "network.share", "survey.category", "survey.count", "survey.share",
            "network.decade", "network.decade_band", "network.decade_before", "network.as_of", "network.none", "network.paused",
            "network.interests_omitted", "network.mentors_hidden", "network.title",
            "event.capacity_value", "events.title",
            "opportunity.status.expired", "opportunity.location_remote", "opportunities.title", "opportunities.open_count",
            "format.date", "format.time", "format.date_time", "format.month", "format.range", "format.yen", "format.between", "format.from",
            "format.upto", "format.weekdays", "format.months",
            "profile.tenure", "profile.joined_in", "directory.title", "directory.count",
            "ask.anonymous", "ask.status.open", "asks.title",
            "pagination.page_of",
            "news.title", "news.tags_title", "news.tag_title", "news.posts_count", "news.reading_time", "events.segment_title", "events.past", "events.past_all", "referral.title", "opportunity.refer_subject", "opportunities.remote_title", "opportunities.tag_title", "opportunity.due_today", "opportunity.days_left", "opportunity.engagement.sessions_value", "opportunity.engagement.hours_value", "opportunity.engagement.separator",
            "surveys.title", "error404.title",
            "digest.list_title", "digest.title", "digest.intro", "digest.news", "digest.opportunities", "digest.events", "digest.asks",
            "digest.none", "digest.closed", "digest.deadline", "digest.news_count", "digest.opportunities_count", "digest.events_count",
            "digest.asks_count", "search.title", "search.kind.news", "search.kind.event", "search.kind.ask", "search.kind.survey",
            "search.kind.page", "search.kind.profile",
        ]
        for section in ["news", "events", "opportunities", "directory", "network", "surveys", "asks"] { keys.insert("nav.\(section)") }
        for mode in Event.Mode.allCases { keys.insert("event.mode.\(mode.rawValue)") }
        for status in Event.Status.allCases where status != .scheduled { keys.insert("event.status.\(status.rawValue)") }
        for kind in Opportunity.Kind.allCases {
            keys.insert("opportunity.kind.\(kind.rawValue)")
            keys.insert("opportunity.lead.\(kind.rawValue)")
        }
        for status in Opportunity.Status.allCases where status != .open { keys.insert("opportunity.status.\(status.rawValue)") }
        for remote in Opportunity.Remote.allCases { keys.insert("opportunity.remote.\(remote.rawValue)") }
        for employment in Opportunity.Employment.allCases { keys.insert("opportunity.employment.\(employment.rawValue)") }
        for unit in Opportunity.Compensation.Unit.allCases { keys.insert("compensation.\(unit.rawValue)") }
        for status in Ask.Status.allCases { keys.insert("ask.status.\(status.rawValue)") }
        for kind in Survey.Kind.allCases { keys.insert("survey.kind.\(kind.rawValue)") }
        for type in Survey.Question.QuestionType.allCases { keys.insert("survey.type.\(type.rawValue)") }
        return keys
    }

    /// Keys the engine may look up but does without: a profile link's label falls back to the
    /// label written in the profile.
    static let optionalPrefixes = ["profile.link."]
}
