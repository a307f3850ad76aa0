/// How a link written in Markdown is read: external links (a scheme, `//host`) and in-page
/// anchors stay as written; everything else points into the site and is resolved by the route
/// table, so it is checked and placed under base_url's path.
package enum LinkDestination {
    package static func isInternal(_ url: String) -> Bool {
        guard let first = url.first, first != "#" else { return false }
        if url.hasPrefix("//") { return false }
        return scheme(of: url) == nil
    }

    /// `https` of `https://…`; nil for a path (a `:` after a `/`, `?` or `#` is not a scheme's).
    package static func scheme(of url: String) -> Substring? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return nil }
        return candidate
    }

    /// `../events/x.yaml#access` → (`../events/x.yaml`, `#access`): the part the route table
    /// resolves and the query or fragment kept after it.
    package static func split(_ url: String) -> (path: String, suffix: String) {
        guard let cut = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return (url, "") }
        return (String(url[..<cut]), String(url[cut...]))
    }
}
