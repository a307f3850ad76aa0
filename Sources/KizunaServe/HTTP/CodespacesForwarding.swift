import KizunaContent

/// A GitHub Codespace forwards the preview's port to `https://<CODESPACE_NAME>-<port>.<domain>/`,
/// and the browser's requests arrive with that name as their Host. Inside a Codespace
/// (`CODESPACES=true`) `kizuna serve` admits exactly that name for the port it is bound to:
/// not the Codespace's other ports, not other Codespaces, not a wildcard over the domain.
/// A variable that is missing or is not a host name is ignored, with a message; the preview
/// then answers only to the names it would answer to anywhere else.
public struct CodespacesForwarding: Sendable, Equatable {
    /// `CODESPACE_NAME`, lowercased: one label (`fuzzy-space-disco-4j7q`).
    public let codespace: String
    /// `GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN`, lowercased (`app.github.dev`).
    public let domain: String

    public enum Reading: Sendable, Equatable {
        /// Not in a Codespace.
        case none
        case forwarding(CodespacesForwarding)
        /// In a Codespace, but the name cannot be made: why, said for people.
        case ignored(ServeMessage)
    }

    /// What the environment says. Only `CODESPACES=true` (as GitHub sets it) counts.
    public static func read(_ environment: [String: String]) -> Reading {
        guard environment["CODESPACES"] == "true" else { return .none }
        let nameVariable = "CODESPACE_NAME", domainVariable = "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN"
        guard let name = environment[nameVariable], !name.isEmpty else { return .ignored(.codespaceVariableMissing(nameVariable)) }
        guard let domain = environment[domainVariable], !domain.isEmpty else { return .ignored(.codespaceVariableMissing(domainVariable)) }
        let forwarding = CodespacesForwarding(codespace: name.lowercased(), domain: domain.lowercased())
        // One label that, with `-65535` after it, is still a label (at most 63 characters).
        guard !name.contains("."), !name.hasPrefix("*"), name.utf8.count <= 63 - 6, AllowedHosts.problem(with: name) == nil else {
            return .ignored(.codespaceValueIgnored(variable: nameVariable, value: LogText.escaped(name, limit: 80)))
        }
        // A domain of at least two labels, no wildcard.
        guard !domain.hasPrefix("*"), domain.contains("."), AllowedHosts.problem(with: domain) == nil,
              AllowedHosts.problem(with: forwarding.hostName(port: 65535)) == nil else {
            return .ignored(.codespaceValueIgnored(variable: domainVariable, value: LogText.escaped(domain, limit: 80)))
        }
        return .forwarding(forwarding)
    }

    /// The forwarded name of `port`.
    public func hostName(port: UInt16) -> String { "\(codespace)-\(port).\(domain)" }
}
