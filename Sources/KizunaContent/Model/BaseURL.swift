/// `base_url` of site.yaml: the origin the portal is served from and the path it lives under.
/// Every canonical link, sitemap entry and robots.txt line is built from it, so it is parsed
/// strictly: an absolute http(s) URL with a host, no user, query or fragment, and a path of plain
/// segments (percent-escapes allowed, but none that decode to a control character or a line break).
public struct BaseURL: Hashable, Sendable, CustomStringConvertible {
    /// `https://alumni.example.com` (lower-case scheme and host, port kept, no trailing slash).
    public var origin: String
    /// `/` or `/alumni/`: starts and ends with `/`, kept percent-encoded as written.
    public var path: String

    public var description: String { origin + path }

    public static func parse(_ raw: String) -> Result<BaseURL, BaseURLProblem> {
        func fail(_ problem: BaseURLProblem) -> Result<BaseURL, BaseURLProblem> { .failure(problem) }
        let text = raw.trimmed
        if let bad = text.unicodeScalars.first(where: { $0.value < 0x21 || $0.value >= 0x7F }) {
            return fail(.notASCII(bad.value < 0x21 || bad.value == 0x7F ? nil : Character(bad)))
        }
        let lower = text.lowercased()
        let scheme: String
        if lower.hasPrefix("https://") { scheme = "https" } else if lower.hasPrefix("http://") { scheme = "http" } else {
            return fail(.notWebAddress(text))
        }
        if text.contains("?") { return fail(.query) }
        if text.contains("#") { return fail(.fragment) }
        if text.contains("\\") { return fail(.backslash) }
        let rest = text.dropFirst(scheme.count + 3)
        let authority = rest.prefix { $0 != "/" }
        var path = String(rest.dropFirst(authority.count))
        if authority.contains("@") { return fail(.userInfo) }
        guard let host = Self.checkedAuthority(authority) else { return fail(.host(String(authority))) }
        if path.isEmpty { path = "/" }
        if !path.hasSuffix("/") { path += "/" }
        let segments = path.dropFirst().dropLast().split(separator: "/", omittingEmptySubsequences: false)
        if path != "/" {
            for segment in segments {
                if segment.isEmpty { return fail(.emptySegment(path: path)) }
                if segment == "." || segment == ".." { return fail(.dotSegment) }
                if let problem = Self.problem(inSegment: segment) { return fail(problem) }
            }
        }
        return .success(BaseURL(origin: "\(scheme)://\(host)", path: path))
    }

    /// Host (letters, digits, `-`, `.`, or a bracketed IPv6 address) and an optional port.
    static func checkedAuthority(_ authority: Substring) -> String? {
        var host = authority
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                port = after.dropFirst()
            }
            guard host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }), host.count > 2 else { return nil }
        } else {
            if let colon = authority.lastIndex(of: ":") {
                host = authority[..<colon]
                port = authority[authority.index(after: colon)...]
            }
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard !host.isEmpty, labels.allSatisfy({ label in
                !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }) else { return nil }
        }
        if let port {
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(port), n <= 65535 else { return nil }
            return host.lowercased() + ":" + port
        }
        return host.lowercased()
    }

    /// RFC 3986 pchar, with percent-escapes that must not decode to a control character.
    static func problem(inSegment segment: Substring) -> BaseURLProblem? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@".utf8)
        let bytes = Array(segment.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, let value = UInt8(String(decoding: bytes[i + 1...i + 2], as: UTF8.self), radix: 16) else {
                    return .badPercent
                }
                if value < 0x20 || value == 0x7F { return .encodedControl(String(decoding: bytes[i + 1...i + 2], as: UTF8.self)) }
                if value == UInt8(ascii: "/") || value == UInt8(ascii: "\\") { return .encodedSlash }
                i += 3
            } else {
                guard allowed.contains(bytes[i]) else { return .pathCharacter(Character(Unicode.Scalar(bytes[i]))) }
                i += 1
            }
        }
        return nil
    }
}
