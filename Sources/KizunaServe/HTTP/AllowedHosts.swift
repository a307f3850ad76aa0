import KizunaContent

/// The names the preview answers to. A page on another site can make the editor's browser send
/// requests to 127.0.0.1, and with DNS rebinding read the answers as its own (its name resolving
/// to 127.0.0.1): such a request still carries that page's name in its Host header, so a request
/// for any other name is refused (421) before anything is read from the site.
///
/// Answered to: 127.0.0.1, localhost and [::1], with the port served on or none; and the names
/// given with `--allowed-host` (any port), for a preview reached through a forwarded name such as
/// a GitHub Codespace's `NAME-8000.app.github.dev`. A name may start with `*.` to admit every
/// name under a domain of at least two labels (`*.app.github.dev`), never a bare `*` or `*.dev`.
/// Inside a GitHub Codespace, also the Codespace's forwarded name of the bound port
/// (`CodespacesForwarding`), exactly.
public struct AllowedHosts: Sendable, Equatable {
    /// The port served on (known once it is bound: `--port 0` takes any).
    var port: UInt16
    private var names: Set<String>
    /// `*.app.github.dev` kept as `.app.github.dev`.
    private var suffixes: [String]

    /// `given`: the `--allowed-host` values, each already accepted by `problem(with:)`;
    /// `codespace`: the Codespace the preview runs in, whose forwarded name of `port` is admitted.
    public init(port: UInt16, given: [String], codespace: CodespacesForwarding? = nil) {
        self.port = port
        names = []
        suffixes = []
        for name in given.map({ $0.lowercased() }) {
            if name.hasPrefix("*.") { suffixes.append(String(name.dropFirst())) } else { names.insert(name) }
        }
        if let codespace { names.insert(codespace.hostName(port: port)) }
    }

    /// What is wrong with an `--allowed-host` value, nil when it can be used: a host name or an
    /// IPv4 address, without a port or a scheme, optionally starting with `*.`.
    public static func problem(with name: String) -> ServeMessage? {
        let lower = name.lowercased()
        let bare = lower.hasPrefix("*.") ? String(lower.dropFirst(2)) : lower
        let labels = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard !bare.isEmpty, bare.utf8.count <= 253,
              labels.allSatisfy({ label in
                  !label.isEmpty && label.utf8.count <= 63 && label.first != "-" && label.last != "-"
                      && label.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
              }) else {
            return .notAHostName(name)
        }
        if lower.hasPrefix("*.") && labels.count < 2 {
            return .wildcardTooWide(name)
        }
        return nil
    }

    /// Whether a Host header's value names this preview.
    func admits(_ host: String) -> Bool {
        guard let (name, port) = Self.split(host.lowercased()) else { return false }
        if ["127.0.0.1", "localhost", "[::1]"].contains(name) { return port == nil || port == self.port }
        return names.contains(name) || suffixes.contains { name.hasSuffix($0) && name.count > $0.count }
    }

    /// `name[:port]` or `[v6]:port`; nil when the port is not a number.
    static func split(_ host: String) -> (name: String, port: UInt16?)? {
        var colon = host.lastIndex(of: ":")
        // The colons of an IPv6 literal are not a port's.
        if host.hasPrefix("["), let found = colon, let bracketEnd = host.firstIndex(of: "]"), found < bracketEnd { colon = nil }
        guard let colon else { return (host, nil) }
        let digits = host[host.index(after: colon)...]
        guard !digits.isEmpty, digits.utf8.count <= 5, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let port = UInt16(digits) else {
            return nil
        }
        return (String(host[..<colon]), port)
    }
}
