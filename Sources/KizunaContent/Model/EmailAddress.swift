/// An e-mail address as a member's profile gives it (`email:`), checked the way a login service
/// compares it: the members' allowlist holds it lower-cased, so `Hanako@Example.org` and
/// `hanako@example.org` are one person.
public enum EmailAddress {
    /// Longest address SMTP carries (RFC 5321: 254 octets in a path).
    public static let maxLength = 254

    /// The address as the allowlist holds it: lower-cased, as written otherwise.
    public static func normalized(_ address: String) -> String { address.lowercased() }

    /// What is wrong with `text` as an address, or nil. Plain addresses only (`name@example.org`):
    /// no display name, no comments, no quoted local part — what a person types into a login form.
    public static func problem(_ text: String) -> EmailProblem? {
        if text.isEmpty { return .empty }
        if text.contains(where: \.isWhitespace) { return .whitespace }
        let ats = text.filter { $0 == "@" }.count
        if ats == 0 { return .noAt }
        if ats > 1 { return .severalAts(ats) }
        if text.utf8.count > maxLength { return .tooLong(length: text.utf8.count, limit: maxLength) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let local = String(parts[0]), domain = String(parts[1])
        if local.isEmpty { return .noLocalPart }
        let localSpecials = Set("!#$%&'*+/=?^_`{|}~.-".unicodeScalars)
        if let bad = local.unicodeScalars.first(where: { !(isASCIIAlphanumeric($0) || localSpecials.contains($0)) }) {
            return .badCharacter(String(bad))
        }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") { return .dotsInLocalPart }
        if domain.isEmpty { return .noDomain }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { return .domainWithoutDot(domain) }
        for label in labels {
            if label.isEmpty || label.hasPrefix("-") || label.hasSuffix("-") || label.count > 63 { return .badDomain(domain) }
            // Letters of any script (an internationalised domain as typed), digits and '-'.
            if let bad = label.unicodeScalars.first(where: { !(isASCIIAlphanumeric($0) || $0 == "-" || ($0.value > 0x7F && $0.properties.isAlphabetic)) }) {
                return .badCharacter(String(bad))
            }
        }
        if let last = labels.last, last.allSatisfy(\.isNumber) { return .badDomain(domain) }
        return nil
    }

    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }
}
