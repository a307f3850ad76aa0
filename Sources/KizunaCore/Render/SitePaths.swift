import Foundation

/// Every URL the portal has, in one place. `url` gives the root-relative link (starting with
/// base_url's path); `file` the path of the file under the output folder.
public struct SitePaths: Sendable {
    public var basePath: String
    public var origin: String

    public init(site: SiteConfig) {
        basePath = site.basePath
        origin = site.base.origin
    }

    /// `news/slug/` → `/news/slug/` under the base path; segments are percent-encoded.
    public func url(_ relative: String) -> String {
        basePath + relative.split(separator: "/", omittingEmptySubsequences: false).map { Self.encode(String($0)) }.joined(separator: "/")
    }

    /// The absolute URL, for sitemaps and canonical links.
    public func absolute(_ relative: String) -> String { origin + url(relative) }

    /// A site path written by an editor (`/static/x.svg`) placed under the base path.
    public func sitePath(_ path: String) -> String {
        path.hasPrefix("/") ? basePath + path.dropFirst() : path
    }

    /// RFC 3986 unreserved characters: everything else in a segment is percent-encoded.
    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func encode(_ segment: String) -> String {
        // Slugs are already unreserved ASCII; only tags and odd names need the slow path.
        if segment.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) { return segment }
        return segment.addingPercentEncoding(withAllowedCharacters: unreserved) ?? segment
    }

    // The portal's sections. Relative paths end with `/` (a folder with index.html).
    public static let home = ""
    public static let news = "news/"
    public static func newsPage(_ n: Int) -> String { n <= 1 ? news : "news/page/\(n)/" }
    public static func newsPost(_ slug: String) -> String { "news/\(slug)/" }
    public static let newsTags = "news/tags/"
    public static func newsTag(_ slug: String) -> String { "news/tags/\(slug)/" }
    public static let events = "events/"
    public static func event(_ slug: String) -> String { "events/\(slug)/" }
    public static let opportunities = "opportunities/"
    public static func opportunityKind(_ kind: Opportunity.Kind) -> String { "opportunities/\(kind.rawValue)/" }
    public static func opportunity(_ slug: String) -> String { "opportunities/\(slug)/" }
    public static let directory = "directory/"
    public static func profile(_ slug: String) -> String { "directory/\(slug)/" }
    public static let network = "network/"
    public static let surveys = "surveys/"
    public static func survey(_ slug: String) -> String { "surveys/\(slug)/" }
    public static let asks = "asks/"
    public static func ask(_ slug: String) -> String { "asks/\(slug)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }
}
