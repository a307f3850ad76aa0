import Foundation

/// The files `kizuna init <folder>` writes: a small new portal that builds and checks clean for
/// both audiences. `content/site.yaml` with every key commented in Japanese and English (the
/// values a company must change marked 【要変更 / CHANGE】), one published example of each
/// content kind (dated from `today`, so the portal has an upcoming event and an open posting),
/// a README for the portal's editors and a `.gitignore`. Nothing of the theme: a build finds it
/// beside the `kizuna` executable.
///
/// The text lives here as string literals, not as package resources, so the release binary stays
/// one file.
public struct PortalTemplate: Sendable {
    /// `ja` or `en`: site.yaml's `language`, the examples' and the README's language.
    public var language: String
    /// The company's name, as the editor typed it (nil: a placeholder to change).
    public var companyName: String?
    /// site.yaml's `base_url` (nil: an example.com placeholder to change).
    public var baseURL: BaseURL?
    /// Today in the portal's time zone, and that zone.
    public var today: LocalDate
    public var zone: TimeZone

    public static let languages = ["ja", "en"]

    public init(language: String = "ja", companyName: String? = nil, baseURL: BaseURL? = nil, today: LocalDate, zone: TimeZone = SiteConfig.defaultTimeZone) {
        self.language = language
        self.companyName = companyName
        self.baseURL = baseURL
        self.today = today
        self.zone = zone
    }

    /// One file of the new portal: its path relative to the portal folder, and its text.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
    }

    /// The content kinds' folders that have an example, each with the slug of its example.
    /// `PortalTemplateTests` fails when a registered kind is neither here nor in `notExemplified`.
    public static let examples: [(folder: String, slug: String)] = [
        ("news", "network-launch"), ("events", "welcome-meetup"), ("opportunities", "rehire-sales-lead"),
        ("alumni", "hanako-yamada"), ("surveys", "welcome-survey"), ("asks", "career-change-advice"), ("pages", "about"),
    ]

    /// Kinds written by a command, never by hand: no example, and why.
    public static let notExemplified: [String: String] = [
        "stats": "written by `kizuna stats snapshot` when the change since the last snapshot is safe to publish; never edited by hand",
    ]

    /// Every file, in the order written.
    public var files: [File] {
        [
            File(path: ".gitignore", text: gitignore),
            File(path: "README.md", text: readme),
            File(path: "content/site.yaml", text: siteYAML),
            File(path: "content/news/network-launch.md", text: news),
            File(path: "content/events/welcome-meetup.yaml", text: event),
            File(path: "content/opportunities/rehire-sales-lead.yaml", text: opportunity),
            File(path: "content/alumni/hanako-yamada.yaml", text: profile),
            File(path: "content/surveys/welcome-survey.yaml", text: survey),
            File(path: "content/asks/career-change-advice.yaml", text: ask),
            File(path: "content/pages/about.md", text: page),
        ]
    }

    var japanese: Bool { language != "en" }

    /// The Japanese or the English text, by the portal's language.
    func t(_ ja: String, _ en: String) -> String { japanese ? ja : en }

    /// The company's name as shown: the editor's, else the placeholder.
    var company: String { companyName ?? t("サンプル商事株式会社", "Example Trading Co., Ltd.") }
    /// The portal's title.
    var title: String {
        let short = companyName.map { name in
            // 「サンプル商事 アルムナイネットワーク」: the legal form is left out of the title.
            var short = name
            for form in ["株式会社", "有限会社", "合同会社"] { short = short.replacingOccurrences(of: form, with: "") }
            return short.trimmingCharacters(in: .whitespaces).isEmpty ? name : short.trimmingCharacters(in: .whitespaces)
        } ?? t("サンプル商事", "Example Trading")
        return t("\(short) アルムナイネットワーク", "\(short) Alumni Network")
    }
    var base: String { baseURL?.description ?? "https://alumni.example.com/" }

    /// `days` after today, and a time on a day with the zone's offset (as `kizuna new` writes them).
    var scaffold: Scaffold { Scaffold(today: today, zone: zone) }
    func day(_ days: Int) -> LocalDate { scaffold.day(days) }
    func time(_ day: LocalDate, hour: Int) -> String { scaffold.time(day, hour: hour) }


    /// A company name that can be used: not empty, at most 100 characters, on one line with no
    /// control character.
    public static func accepts(name: String) -> Bool {
        !(name.trimmingCharacters(in: .whitespaces).isEmpty || name.count > 100
            || name.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .lineSeparator || $0.properties.generalCategory == .paragraphSeparator })
    }

    var gitignore: String {
        """
        # \(t("ビルドの出力（コミットしません）", "Build output (never committed)"))
        site/
        site-members/
        # \(t("会員版のビルドが書く許可リスト（会員のメールアドレス。コミットしません）", "The members' allowlist the members build writes (e-mail addresses: never committed)"))
        auth/
        # \(t("ビルドのキャッシュ", "The build's cache"))
        .kizuna-cache/
        .DS_Store

        """
    }
}
