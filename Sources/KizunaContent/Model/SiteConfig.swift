import Foundation

/// `content/site.yaml`: the portal's identity and build settings.
public struct SiteConfig: Sendable {
    public struct Organization: Sendable {
        public var name: String
        public var url: Link?
        public var logo: String?
    }

    public var title: String
    public var description: String?
    /// Checked at load: origin plus a path that starts and ends with `/`.
    public var base: BaseURL
    /// `https://alumni.example.com/alumni/`: always ends with `/`.
    public var baseURL: String { base.description }
    /// The language of this build's pages: the first of `languages` for the site at the root,
    /// another for its tree under `/<code>/` (`inLanguage`).
    public var language: String
    /// Every language of the portal (`languages: [ja, en]`), the first at the site root and
    /// each other under `/<code>/`; one language (`language:`) when site.yaml lists none.
    public var languages: [String] {
        get { listedLanguages.isEmpty ? [language] : listedLanguages }
        set { listedLanguages = newValue }
    }
    var listedLanguages: [String] = []
    /// What an item not translated into a language becomes in that language's pages
    /// (`untranslated:`): shown in its own language with a notice, or left out.
    public enum Untranslated: String, Sendable, CaseIterable { case show, hide }
    public var untranslated: Untranslated = .show
    /// The language of the site at the root (`languages`' first).
    public var defaultLanguage: String { languages[0] }
    /// Whether the portal has pages in more than one language.
    public var isMultilingual: Bool { languages.count > 1 }
    public var timeZone: TimeZone
    /// The country the portal's events and postings are in (`country:`, ISO 3166-1 alpha-2, upper
    /// case): schema.org's `addressCountry` and a remote posting's applicant location. Not guessed
    /// from the language: an English page may describe a job in Japan. Nil: left out.
    public var country: String? = nil
    public var organization: Organization?
    public var theme: String
    public var newsPerPage: Int
    public var minCell: Int
    /// Longest a change of the network's counts waits for a publishable snapshot
    /// (`stats_max_age_days`, default 90): after that the figures are withdrawn until one is.
    public var statsMaxAgeDays = 90
    /// An open posting with no deadline, posted longer ago than this (`stale_after_days`, default
    /// 90), is warned about: it would stay open forever without a word.
    public var staleAfterDays = 90
    /// Raw HTML in Markdown is dropped unless the site opts in (`markdown: {raw_html: true}`).
    public var allowRawHTML: Bool
    /// Largest content file accepted, in bytes (`max_file_size_kb`): a huge file is a mistake
    /// or an attack, and would cost the build its time and memory.
    public var maxFileBytes: Int
    /// Event segments by slug, with their display names, in the order given (`segments:`).
    public var segments: DisplayNames
    public var at: FieldLocations
    /// Entries in each news feed, newest first (`feed_items`, default 20).
    public var feedItems: Int = 20
    /// The sharing image of pages without their own (`image:`, a site path or web address).
    public var image: String? = nil
    /// The employee referral programme (`referral:`): who may refer, the reward, how, and where.
    public struct Referral: Sendable {
        public var title: String?
        public var who: String?
        public var reward: String?
        public var how: MarkdownSource?
        /// A web form (the opportunity is added as `?opportunity=<slug>`), or an address to mail.
        public var form: Link?
        public var mail: String?
    }
    public var referral: Referral? = nil
    /// Connection requests through the network office (`connect:`): a profile whose member allows
    /// it (`consent.contact`) offers to ask the office for an introduction. The member's address
    /// never appears; the office forwards the request.
    public struct Connect: Sendable {
        /// Replaces the theme's sentence under the button (how the office handles a request).
        public var note: String?
        /// A web form (the profile is added as `?profile=<slug>`), or an address to mail.
        public var form: Link?
        public var mail: String?
    }
    public var connect: Connect? = nil
    /// How readers receive the monthly digest (`subscribe:`; SiteConfig+Subscribe.swift).
    public var subscribe: Subscribe? = nil
    /// Members access (`members:`): who may join and how to sign in (the `/access/` page), the
    /// members build's logout link, and where `kizuna build --audience members` writes the allowlist.
    public struct Members: Sendable {
        /// Who may register (the `/access/` page).
        public var who: String?
        /// How to sign in, replacing the theme's default sentence.
        public var signIn: String?
        /// The members portal's address, for the sign-in button (http(s)).
        public var url: Link?
        /// Whom to ask for access (http(s) or mailto).
        public var contact: Link?
        /// The login service's sign-out address, linked from every page of the members build (http(s)).
        public var logoutURL: Link?
        /// The allowlist's path as written, relative to the project folder (the content folder's
        /// parent); nil: `auth/allowlist.txt` there.
        public var allowlist: String?
    }
    public var members: Members? = nil
    // MARK: Joining and attribution (issue 19)
    /// How to join the network (`join:`): the `/join/` page in both builds and, in a members
    /// build, the `/welcome/` page. Each page yields to a free page of the same slug.
    public struct Join: Sendable {
        public var title: String?
        public var description: String?
        /// Who may join (Markdown).
        public var who: MarkdownSource?
        /// What the network offers (Markdown), on both pages.
        public var offers: MarkdownSource?
        /// The sign-up form: http(s) only (it collects personal data; a mail would not).
        public var form: Link
        /// What happens after the form (Markdown).
        public var steps: MarkdownSource?
        /// The answers of the welcome survey a member may agree to show, in the profile's terms
        /// (`consent.fields`); default every field a profile can show.
        public var fields: [Profile.Field]
        /// How to change what is shared, or leave (Markdown).
        public var change: MarkdownSource?
        /// How to get into the members' pages (Markdown).
        public var access: MarkdownSource?
        public var welcomeTitle: String?
    }
    public var join: Join? = nil
    /// A source added to every outgoing call to action (`attribution:`), so that HR can count
    /// what came through the portal. nil: links are written as given.
    public struct Attribution: Sendable, Equatable {
        public var source: String
        public var medium: String
        public init(source: String, medium: String = "portal") {
            self.source = source
            self.medium = medium
        }
    }
    public var attribution: Attribution? = nil
    /// The editors' own settings (`extra:`), for templates.
    public var extra = ExtraFields()

    /// Display names of tags, matched by tag slug (`tags:`).
    public var tags = DisplayNames(normalize: Tag.slug)
    /// Display names of the industries profiles write (`industries:`).
    public var industries = DisplayNames()

    /// How a tag is shown: its display name from `tags:` in the site's language, else as the
    /// item writes it.
    public func tagName(_ tag: String) -> String { tags.name(tag, language: language) }

    /// How an industry is shown: its display name from `industries:`, else as written.
    public func industryName(_ industry: String) -> String { industries.name(industry, language: language) }

    /// The path part of `base_url` (`/` or `/alumni/`), as written (still percent-encoded):
    /// every link in the site starts with it.
    public var basePath: String { base.path }

    /// The zone of a site.yaml without `timezone:` (a Japanese company's portal).
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Tokyo")!

    /// The default limit per content file; site.yaml itself is always read with it.
    public static let defaultMaxFileBytes = 1024 * 1024

    /// Stands in for a site.yaml that failed to load, so the rest of the content is still checked.
    /// Its zone only places the dates of files checked alongside it: a build without site.yaml
    /// fails (`Content.siteLoaded`), so nothing it shapes is ever written.
    static func placeholder(file: SourceLocation) -> SiteConfig {
        SiteConfig(title: "", description: nil, base: BaseURL(origin: "https://example.invalid", path: "/"), language: "ja",
                   timeZone: defaultTimeZone, organization: nil, theme: "default", newsPerPage: 20,
                   minCell: 5, allowRawHTML: false, maxFileBytes: defaultMaxFileBytes, segments: DisplayNames(), at: FieldLocations(file: file))
    }

    public func segmentLabel(_ slug: String) -> String {
        segments.name(slug, language: language)
    }
}
