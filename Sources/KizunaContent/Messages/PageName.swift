/// How a message names a page or file of the portal (`RouteTarget.described`): "the tag index",
/// "news post 'x'" / 「タグの一覧」「お知らせ `x`」. Names, not sentences.
public enum PageName: Hashable, Sendable, CataloguePhrase {
    case home
    case newsList(page: Int)
    case newsPost(String)
    case newsTags
    case newsTag(String, page: Int)
    case newsFeed(atom: Bool)
    case newsTagFeed(String)
    case events
    case event(String)
    case eventCalendar(String)
    case eventSegment(String)
    case pastEvents(page: Int)
    case calendar
    case segmentCalendar(String)
    case opportunities
    /// The board of one kind of posting (`rehire`, `contract`, `mentor`).
    case opportunityBoard(String)
    case opportunity(String)
    case opportunitiesRemote
    case opportunityTag(String)
    case opportunitiesFeed(kind: String?)
    case referral
    /// How to join (site.yaml `join:`), and the members' welcome page.
    case join
    case welcome
    case directory
    case profile(String)
    /// The directory narrowed down by one filter (`industry/it`, `mentors`), and its script's data.
    case directoryFilter(String)
    case directoryData
    case network
    case surveys
    case survey(String)
    /// A survey's printed figures as CSV (`surveys/<slug>/results.csv`).
    case surveyResults(String)
    /// Year over year across the surveys of each series.
    case surveyTrends
    case asks
    case ask(String)
    case digests
    case digest(month: String)
    /// The digest's plain-text version, `digest/<yyyy-mm>/index.txt`.
    case digestText(month: String)
    case search
    case searchIndex
    case page(String)
    case notFound
    case sitemap
    case robots
    /// Members access: the public "how to get access" page and the members build's headers file.
    case access
    case headersFile
    case staticFile(String)
    case asset(String)

    public var english: String {
        switch self {
        case .home: return "the home page"
        case .newsList(let n): return n <= 1 ? "the news list" : "page \(n) of the news list"
        case .newsPost(let slug): return "news post '\(slug)'"
        case .newsTags: return "the tag index"
        case .newsTag(let slug, let n): return n <= 1 ? "the page of tag '\(slug)'" : "page \(n) of tag '\(slug)'"
        case .newsFeed(let atom): return atom ? "the news feed (Atom)" : "the news feed (JSON Feed)"
        case .newsTagFeed(let slug): return "the feed of tag '\(slug)'"
        case .events: return "the events list"
        case .event(let slug): return "event '\(slug)'"
        case .eventCalendar(let slug): return "the calendar file of event '\(slug)'"
        case .eventSegment(let segment): return "the page of segment '\(segment)'"
        case .pastEvents(let n): return n <= 1 ? "the list of past events" : "page \(n) of the past events"
        case .calendar: return "the events calendar"
        case .segmentCalendar(let segment): return "the calendar of segment '\(segment)'"
        case .opportunities: return "the opportunities board"
        case .opportunityBoard(let kind): return "the \(kind) board"
        case .opportunity(let slug): return "opportunity '\(slug)'"
        case .opportunitiesRemote: return "the remote opportunities"
        case .opportunityTag(let tag): return "the opportunities tagged '\(tag)'"
        case .opportunitiesFeed(let kind): return kind.map { "the feed of the \($0) board" } ?? "the opportunities feed"
        case .referral: return "the referral page"
        case .join: return "the page on how to join"
        case .welcome: return "the welcome page"
        case .directory: return "the directory"
        case .profile(let slug): return "profile '\(slug)'"
        case .directoryFilter(let filter): return "the directory filter '\(filter)'"
        case .directoryData: return "the directory's data file"
        case .network: return "the network page"
        case .surveys: return "the survey list"
        case .survey(let slug): return "survey '\(slug)'"
        case .surveyResults(let slug): return "the CSV of survey '\(slug)'"
        case .surveyTrends: return "the survey trends"
        case .asks: return "the asks list"
        case .ask(let slug): return "ask '\(slug)'"
        case .digests: return "the digest list"
        case .digest(let month): return "the digest of \(month)"
        case .digestText(let month): return "the plain-text digest of \(month)"
        case .search: return "the search page"
        case .searchIndex: return "the search index"
        case .page(let slug): return "page '\(slug)'"
        case .notFound: return "the 404 page"
        case .access: return "the page on getting access"
        case .headersFile: return "the headers file"
        case .sitemap: return "the sitemap"
        case .robots: return "robots.txt"
        case .staticFile(let path): return "static file '\(path)'"
        case .asset(let path): return "theme asset '\(path)'"
        }
    }

    public var japanese: String {
        switch self {
        case .home: return "トップページ"
        case .newsList(let n): return n <= 1 ? "お知らせの一覧" : "お知らせの一覧の\(n)ページ目"
        case .newsPost(let slug): return "お知らせ `\(slug)`"
        case .newsTags: return "タグの一覧"
        case .newsTag(let slug, let n): return n <= 1 ? "タグ `\(slug)` のページ" : "タグ `\(slug)` のページの\(n)ページ目"
        case .newsFeed(let atom): return atom ? "お知らせのフィード（Atom）" : "お知らせのフィード（JSON Feed）"
        case .newsTagFeed(let slug): return "タグ `\(slug)` のフィード"
        case .events: return "イベントの一覧"
        case .event(let slug): return "イベント `\(slug)`"
        case .eventCalendar(let slug): return "イベント `\(slug)` のカレンダーファイル"
        case .eventSegment(let segment): return "セグメント `\(segment)` のページ"
        case .pastEvents(let n): return n <= 1 ? "過去のイベントの一覧" : "過去のイベントの一覧の\(n)ページ目"
        case .calendar: return "イベントのカレンダー"
        case .segmentCalendar(let segment): return "セグメント `\(segment)` のカレンダー"
        case .opportunities: return "求人・案件の一覧"
        case .opportunityBoard(let kind): return "`\(kind)` の募集の一覧"
        case .opportunity(let slug): return "募集 `\(slug)`"
        case .opportunitiesRemote: return "リモートで働ける募集の一覧"
        case .opportunityTag(let tag): return "タグ `\(tag)` の募集の一覧"
        case .opportunitiesFeed(let kind): return kind.map { "`\($0)` の募集のフィード" } ?? "求人・案件のフィード"
        case .referral: return "社員紹介制度のページ"
        case .join: return "参加方法のページ"
        case .welcome: return "登録後のご案内のページ"
        case .directory: return "名簿"
        case .profile(let slug): return "プロフィール `\(slug)`"
        case .directoryFilter(let filter): return "名簿の絞り込み `\(filter)`"
        case .directoryData: return "名簿の検索用データ"
        case .network: return "ネットワークのページ"
        case .surveys: return "サーベイの一覧"
        case .survey(let slug): return "サーベイ `\(slug)`"
        case .surveyResults(let slug): return "サーベイ `\(slug)` のCSV"
        case .surveyTrends: return "サーベイの推移"
        case .asks: return "相談の一覧"
        case .ask(let slug): return "相談 `\(slug)`"
        case .digests: return "月間ダイジェストの一覧"
        case .digest(let month): return "`\(month)` の月間ダイジェスト"
        case .digestText(let month): return "`\(month)` の月間ダイジェストのテキスト版"
        case .search: return "検索ページ"
        case .access: return "会員向けサイトへのログイン方法のページ"
        case .headersFile: return "ヘッダーの設定ファイル"
        case .searchIndex: return "検索用の索引"
        case .page(let slug): return "固定ページ `\(slug)`"
        case .notFound: return "404ページ"
        case .sitemap: return "サイトマップ"
        case .robots: return "`robots.txt` のファイル"
        case .staticFile(let path): return "`static/` のファイル `\(path)`"
        case .asset(let path): return "テーマのファイル `\(path)`"
        }
    }

    public static let examples: [PageName] = [
        .home, .newsList(page: 1), .newsList(page: 2), .newsPost("welcome"), .newsTags, .newsTag("event-report", page: 1),
        .newsTag("event-report", page: 3), .newsFeed(atom: true), .newsFeed(atom: false), .newsTagFeed("event-report"),
        .events, .event("osaka-meetup"), .eventCalendar("osaka-meetup"), .eventSegment("kansai"), .pastEvents(page: 1),
        .pastEvents(page: 2), .calendar, .segmentCalendar("kansai"), .opportunities, .opportunityBoard("contract"),
        .opportunity("data-engineer"), .opportunitiesRemote, .opportunityTag("remote"), .opportunitiesFeed(kind: nil),
        .opportunitiesFeed(kind: "mentor"), .referral, .join, .welcome, .directory, .profile("yamada-taro"), .directoryFilter("industry/it"), .directoryData, .network, .surveys,
        .survey("welcome-2026"), .surveyResults("welcome-2026"), .surveyTrends, .asks, .ask("looking-for-advice"), .digests, .digest(month: "2026-11"), .digestText(month: "2026-11"), .search,
        .searchIndex, .page("join"), .notFound, .sitemap, .robots, .staticFile("logo.svg"), .asset("style.css"),
        .access, .headersFile,
    ]
}
