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
    /// Always ends with `/`.
    public var baseURL: String
    public var language: String
    public var timeZone: TimeZone
    public var organization: Organization?
    public var theme: String
    public var newsPerPage: Int
    public var minCell: Int
    /// Raw HTML in Markdown is dropped unless the site opts in (`markdown: {raw_html: true}`).
    public var allowRawHTML: Bool
    /// Display names of event segments, in the order given.
    public var segments: [(slug: String, label: String)]
    public var at: FieldLocations

    /// The path part of `base_url` (`/` or `/alumni/`): every link in the site starts with it.
    public var basePath: String {
        guard let components = URLComponents(string: baseURL) else { return "/" }
        let path = components.path.isEmpty ? "/" : components.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    public func segmentLabel(_ slug: String) -> String {
        segments.first(where: { $0.slug == slug })?.label ?? slug
    }
}
