/// The checks every request passes before the site is looked at, in this order: its Host is
/// one this preview answers to (DNS rebinding), it reads (GET or HEAD), it carries no body worth
/// reading, and its target decodes to a path.
struct RequestCheck: Sendable {
    var hosts: AllowedHosts
    /// Bytes a GET or HEAD body may have (passed over unread).
    var bodyLimit: Int

    func admit(_ head: RequestHead) throws(Refusal) -> RequestTarget {
        let host = head.values("host")
        guard host.count <= 1 else { throw Refusal(.badRequest, "more than one Host header") }
        if let host = host.first {
            guard !host.isEmpty else { throw Refusal(.badRequest, "an empty Host header") }
            guard hosts.admits(host) else {
                throw Refusal(.misdirectedRequest, "Host \(LogText.escaped(Array(host.utf8), limit: 100)) is not one this preview answers to (127.0.0.1, localhost, [::1], in a Codespace its forwarded name, or a name given with --allowed-host)")
            }
        } else if head.version == .http11 {
            throw Refusal(.badRequest, "no Host header")
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            throw Refusal(.methodNotAllowed, "the preview only reads (GET, HEAD)")
        }
        switch try head.body() {
        case .chunked: throw Refusal(.contentTooLarge, "a GET or HEAD with a body in chunks")
        case .length(let count) where count > bodyLimit: throw Refusal(.contentTooLarge, "a GET or HEAD with a body over \(bodyLimit) bytes")
        default: break
        }
        return try RequestTarget(head.target)
    }
}
