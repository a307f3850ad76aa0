import Foundation
import KizunaContent

/// An outgoing call to action with its source (site.yaml `attribution:`), so that HR can count
/// the applications, referrals, sign-ups and replies that came through the portal.
///
/// A web address gets `utm_source`, `utm_medium`, `utm_campaign` (what the link is for:
/// `rehire-<slug>`, `referral-<slug>`, `event-<slug>`, `join` …) and `utm_content` (the page it
/// was followed from: `opportunity`, `welcome` …) added to its query, before any fragment; what
/// the editor wrote is kept byte for byte. A link that already carries a `utm_` parameter is the
/// editor's own tagging and is left exactly as written. A `mailto:` link gets
/// `[<utm_source>/<utm_campaign>]` at the end of its subject (the item's title when it has
/// none), percent-encoded, its other fields kept. Machine-readable outputs (JSON-LD, feeds,
/// calendars) keep the canonical addresses.
enum AttributedLink {
    struct Use: Sendable {
        /// `utm_campaign`: what the link is for.
        var campaign: String
        /// `utm_content`: the page it is on.
        var page: String
        /// The subject of a mail that has none.
        var subject: String?
    }

    /// `utm_campaign` for an item: `<what>-<slug>`, or the slug alone when it already starts with
    /// `<what>-` (editors often name a posting `rehire-…`), so that HR reads `rehire-sales`, not
    /// `rehire-rehire-sales`.
    static func campaign(_ what: String, _ slug: String) -> String {
        slug.hasPrefix(what + "-") ? slug : "\(what)-\(slug)"
    }

    /// Only unreserved characters stay as they are in an added value (RFC 3986).
    static func encode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }

    static func url(_ url: String, _ attribution: SiteConfig.Attribution?, _ use: Use) -> String {
        guard let attribution else { return url }
        if url.lowercased().hasPrefix("mailto:") { return mail(url, attribution, use) }
        var rest = Substring(url), fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[hash...])
            rest = rest[..<hash]
        }
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if let query, query.split(separator: "&").contains(where: { $0.lowercased().hasPrefix("utm_") }) { return url }
        let added = [("utm_source", attribution.source), ("utm_medium", attribution.medium),
                     ("utm_campaign", use.campaign), ("utm_content", use.page)]
            .map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&")
        let joined: String
        switch query {
        case nil: joined = added
        case let q? where q.isEmpty || q.hasSuffix("&"): joined = q + added
        case let q?: joined = q + "&" + added
        }
        return rest + "?" + joined + fragment
    }

    /// `mailto:a@example.com?subject=応募&body=…` → the subject with the tag, the body kept.
    static func mail(_ url: String, _ attribution: SiteConfig.Attribution, _ use: Use) -> String {
        let tag = "[\(attribution.source)/\(use.campaign)]"
        var rest = Substring(url), fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[hash...])
            rest = rest[..<hash]
        }
        var fields: [Substring] = []
        if let mark = rest.firstIndex(of: "?") {
            fields = rest[rest.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: true)
            rest = rest[..<mark]
        }
        var found = false
        for (i, field) in fields.enumerated() where field.lowercased().hasPrefix("subject=") {
            let value = field.dropFirst("subject=".count)
            let subject = String(value).removingPercentEncoding ?? String(value)
            fields[i] = Substring("subject=" + encode(subject.isEmpty ? tag : subject + " " + tag))
            found = true
            break
        }
        if !found {
            fields.append(Substring("subject=" + encode(use.subject.map { $0 + " " + tag } ?? tag)))
        }
        return rest + "?" + fields.joined(separator: "&") + fragment
    }
}
