import KizunaContent
import KizunaSite
/// Every UI string key the engine itself uses (templates name theirs in `{{t.…}}`). Theme
/// loading checks each exists in every language of the theme, so a page never shows a key.
enum UIStrings {
    /// What the portal's own pages and the shared views look up; each kind names its own
    /// (`ContentKind.strings`).
    static let shared: Set<String> = [
        "markdown.footnotes", "markdown.back_to_content",
        "aggregate.small", "aggregate.small_note", "aggregate.at_least", "aggregate.at_least_note", "aggregate.band_note",
        "aggregate.band_range", "aggregate.list_separator", "aggregate.with_not_answered", "aggregate.withheld",
        "aggregate.withheld_table", "aggregate.empty", "aggregate.one_band", "aggregate.other", "aggregate.other_note", "aggregate.not_answered",
        "format.date", "format.time", "format.date_time", "format.month", "format.range", "format.weekdays", "format.months",
        "format.yen", "format.yen_between", "format.yen_from", "format.yen_upto",
        "format.money", "format.money_between", "format.money_from", "format.money_upto", "format.myriads",
        "pagination.page_of", "pagination.page_title", "error404.title", "common.page_title", "common.og_locale",
        "common.language_switch", "common.language_home", "common.untranslated_notice", "common.untranslated_badge", "search.separator",
        "digest.list_title", "digest.title", "digest.intro", "digest.news", "digest.opportunities", "digest.events", "digest.asks",
        "digest.none_news", "digest.none_opportunities", "digest.none_events", "digest.none_asks", "digest.counts_separator", "digest.closed", "digest.deadline", "digest.news_count", "digest.opportunities_count", "digest.events_count",
        "digest.asks_count", "digest.text_heading", "digest.text_bullet", "digest.text_separator", "digest.web", "digest.all",
        "digest.subscribe_title", "digest.subscribe_lead", "digest.subscribe_form", "digest.subscribe_mail", "digest.subscribe_feed",
        "news.feeds_hint", "footer.note", "search.title",
        "access.title", "access.intro", "access.sign_in_default",
        "members_only.events", "members_only.opportunities", "members_only.asks", "members_only.join", "members_only.access",
    ]

    static func required(_ kinds: ContentKinds) -> Set<String> { shared.union(PortalPages.joinStrings).union(kinds.strings) }

    /// Keys the engine may look up but does without: a profile link's label falls back to the
    /// label written in the profile.
    static let optionalPrefixes = ["profile.link."]
}
