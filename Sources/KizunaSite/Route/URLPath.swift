import Foundation
import KizunaContent

/// Turns a route's relative path into the link a page writes: under base_url's path, each
/// segment percent-encoded. Only the route table uses it.
public struct URLPath: Sendable {
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

    /// RFC 3986 unreserved characters: everything else in a segment is percent-encoded.
    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func encode(_ segment: String) -> String {
        // Slugs are already unreserved ASCII; only tags and odd names need the slow path.
        if segment.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) { return segment }
        return segment.addingPercentEncoding(withAllowedCharacters: unreserved) ?? segment
    }
}
