import Foundation

/// An outbound link from YAML. Only http(s) and mailto are accepted: a `javascript:` or `data:`
/// link in an apply button would run in every reader's browser.
public struct Link: Hashable, Sendable, CustomStringConvertible {
    public var url: String
    public var isMailto: Bool { url.lowercased().hasPrefix("mailto:") }

    public var description: String { url }

    public static func parse(_ raw: String, allowMailto: Bool = true) -> Result<Link, LinkProblem> {
        let text = raw.trimmed
        guard !text.isEmpty else { return .failure(.empty) }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(.spaces(written: text))
        }
        guard let colon = text.firstIndex(of: ":") else {
            return .failure(.notAbsolute(written: text, mailto: allowMailto))
        }
        let scheme = text[..<colon].lowercased()
        switch scheme {
        case "http", "https":
            guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty,
                  text.dropFirst(scheme.count + 1).hasPrefix("//") else {
                return .failure(.notWebAddress(written: text))
            }
            return .success(Link(url: text))
        case "mailto" where allowMailto:
            let address = text[text.index(after: colon)...]
            guard address.contains("@"), !address.hasPrefix("@") else {
                return .failure(.notMailAddress(written: text))
            }
            return .success(Link(url: text))
        default:
            return .failure(.scheme(scheme, mailto: allowMailto))
        }
    }
}
