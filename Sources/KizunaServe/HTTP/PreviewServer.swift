import FlyingSocks
import Foundation

/// The preview's HTTP/1.1 server on 127.0.0.1: FlyingSocks' non-blocking sockets, with a
/// request reader of its own that holds the limits FlyingFox's does not (it reads lines in
/// quadratic time, with no length limit or timeout, and answers any Host).
struct PreviewServer: Sendable {
    var port: UInt16
    var allowedHosts: [String]
    /// The Codespace the preview runs in: its forwarded name of the bound port is admitted too.
    var codespace: CodespacesForwarding? = nil
    var limits: ServerLimits
    let answer: @Sendable (RequestTarget) async throws -> Response
    let log: @Sendable (String) -> Void

    /// Serves until cancelled; `listening` is told the port once connections are accepted.
    func run(listening: @Sendable (UInt16) -> Void) async throws {
        let pool = SocketPool.make()
        try await pool.prepare()
        let socket = try Socket(domain: AF_INET, type: .stream)
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        try socket.listen()
        guard case .ip4(_, let boundPort) = try socket.sockname() else { throw SocketError.unsupportedAddress }
        let listener = try AsyncSocket(socket: socket, pool: pool)
        let check = RequestCheck(hosts: AllowedHosts(port: boundPort, given: allowedHosts, codespace: codespace), bodyLimit: limits.body)
        let open = OpenConnections()
        listening(boundPort)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            while true {
                let client: AsyncSocket
                do {
                    client = try await listener.accept()
                } catch SocketError.failed(_, let code, _) where [EMFILE, ENFILE, ENOBUFS, ENOMEM, ECONNABORTED, EINTR].contains(code) {
                    // Out of descriptors or a client gone before it was accepted: not the end of the server.
                    try await Task.sleep(for: .milliseconds(50))
                    continue
                }
                #if canImport(Darwin)
                try? client.socket.setValue(true, for: .noSIGPIPE)
                #endif
                guard open.enter(limit: limits.connections) else {
                    let refusal = Refusal(.serviceUnavailable, "over \(limits.connections) connections at once")
                    _ = try? client.socket.write(Response.refusal(refusal).encoded(headOnly: false, closing: true))
                    try? client.close()
                    log("- 503 (\(refusal.why))")
                    continue
                }
                let connection = Connection(socket: client, limits: limits, check: check, answer: answer, log: log)
                group.addTask {
                    await connection.run()
                    open.leave()
                }
            }
        }
    }
}

/// How many connections are being served.
private final class OpenConnections: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func enter(limit: Int) -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() {
        lock.withLock { count -= 1 }
    }
}
