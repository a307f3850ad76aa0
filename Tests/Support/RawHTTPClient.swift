import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A client that sends `kizuna serve` exactly the bytes a test gives it, as a hostile page or a
/// slow sender would: a blocking socket to 127.0.0.1, used on a thread of its own so that the
/// test's tasks never block, every wait bounded.
final class RawHTTPClient: @unchecked Sendable {
    private let descriptor: Int32
    /// Bytes read past the last answer (pipelined answers can come in one read).
    private let leftover = Leftover()

    init(port: Int) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard descriptor >= 0, connected == 0 else {
            close(descriptor)
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot connect to 127.0.0.1:\(port)"])
        }
    }

    deinit { close(descriptor) }

    /// Sends all of `bytes`; false once the server has closed or reset the connection.
    func send(_ bytes: [UInt8]) async -> Bool {
        await Self.onThread { [descriptor] in Self.sendAll(descriptor, bytes) }
    }

    private static func sendAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { sendWithoutSignal(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    func send(_ text: String) async -> Bool {
        await send(Array(text.utf8))
    }

    /// A slow sender (slowloris): one byte of `bytes` at a time, each after `pause` seconds in
    /// which nothing came back, until all are sent or the server answers or closes. The whole loop
    /// runs on one thread of its own: paced by tasks of the test pool, which other tests can hold
    /// for seconds, it sent two bytes a second instead of ten. Returns how many bytes were sent.
    func trickle(_ bytes: [UInt8], pause: Double) async -> Int {
        await Self.onThread { [descriptor] in
            var sent = 0
            while sent < bytes.count {
                var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&watched, 1, Int32(pause * 1000)) == 0, Self.sendAll(descriptor, [bytes[sent]]) else { break }
                sent += 1
            }
            return sent
        }
    }

    /// Everything the server sends until it closes the connection, or until `seconds` pass
    /// (a guard against hanging, not a measurement): `closed` says which, `reset` that the
    /// connection was reset rather than closed in order (an answer may then be lost).
    func readToEnd(seconds: Double = 30) async -> (bytes: [UInt8], closed: Bool, reset: Bool) {
        await Self.onThread { [descriptor] in Self.readToEnd(descriptor, seconds: seconds) }
    }

    private static func readToEnd(_ descriptor: Int32, seconds: Double) -> (bytes: [UInt8], closed: Bool, reset: Bool) {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return (bytes, false, false) }
            var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&watched, 1, Int32(left * 1000) + 1) > 0 else { return (bytes, false, false) }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                bytes += buffer[..<count]
            } else {
                // 0: the server closed; below 0: it reset the connection. Either way it is over.
                return (bytes, true, count < 0)
            }
        }
    }

    /// Sends `request` and reads until the server closes, both on threads of their own. The
    /// server may refuse before it has read everything: sending then stops, reading does not.
    /// Neither waits for the test's concurrency pool: when other tests block both of its threads
    /// for minutes, a send left to a task there would start only after the read gave up.
    func exchange(_ request: [UInt8], seconds: Double) async -> (bytes: [UInt8], closed: Bool, reset: Bool, sent: Bool) {
        await Self.onThread { [descriptor] in
            let sending = SendOutcome()
            Thread { sending.finish(Self.sendAll(descriptor, request)) }.start()
            let (bytes, closed, reset) = Self.readToEnd(descriptor, seconds: seconds)
            return (bytes, closed, reset, sending.wait(seconds: seconds))
        }
    }

    /// Reads one answer of a kept-alive connection: its head and `Content-Length` bytes of body.
    func readAnswer(seconds: Double = 30) async -> RawAnswer? {
        await Self.onThread { [descriptor, leftover] in Self.readAnswer(descriptor, leftover, seconds: seconds) }
    }

    private static func readAnswer(_ descriptor: Int32, _ leftover: Leftover, seconds: Double) -> RawAnswer? {
        var bytes = leftover.take()
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while deadline.timeIntervalSinceNow > 0 {
            if let answer = RawAnswer(bytes, closed: false), bytes.count >= answer.length {
                leftover.keep(Array(bytes[answer.length...]))
                return answer
            }
            var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&watched, 1, 100) >= 0 else { return nil }
            guard watched.revents != 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            bytes += buffer[..<count]
        }
        return nil
    }

    /// `request` on each of `clients` in turn, each answer read before the next is sent, all on
    /// one thread: paced by the test pool, the last of many kept-alive connections could wait
    /// past the server's request timeout and be closed before its turn. The answers' statuses.
    static func askEach(_ clients: [RawHTTPClient], _ request: String) async -> [Int?] {
        let bytes = Array(request.utf8)
        return await onThread {
            clients.map { client in
                sendAll(client.descriptor, bytes) ? readAnswer(client.descriptor, client.leftover, seconds: 30)?.status : nil
            }
        }
    }

    private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}

/// Whether a send on another thread went through whole; false if it has not ended in time.
private final class SendOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var sent = false

    func finish(_ sent: Bool) {
        lock.withLock { self.sent = sent }
        done.signal()
    }

    func wait(seconds: Double) -> Bool {
        guard done.wait(timeout: .now() + seconds) == .success else { return false }
        return lock.withLock { sent }
    }
}

private final class Leftover: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func take() -> [UInt8] { lock.withLock { defer { bytes = [] }; return bytes } }
    func keep(_ more: [UInt8]) { lock.withLock { bytes = more } }
}

/// An HTTP answer as it arrived.
struct RawAnswer: Sendable {
    var status: Int
    /// Lower-cased names.
    var headers: [String: String]
    var body: String
    /// The server closed the connection after it.
    var closed: Bool
    /// The connection was reset instead of closed in order, or the request could not be sent whole.
    var reset = false
    /// Bytes of head and body together, as Content-Length says.
    var length: Int

    init?(_ bytes: [UInt8], closed: Bool) {
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: [13, 10, 13, 10]) }) else { return nil }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = lines[0].split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else { return nil }
        self.status = status
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let bodyLength = Int(headers["content-length"] ?? "0") ?? 0
        length = end + 4 + bodyLength
        body = String(decoding: bytes[(end + 4)...].prefix(bodyLength), as: UTF8.self)
        self.closed = closed
    }

    /// One request on a new connection, read until the server closes it (or `seconds` pass).
    static func exchange(port: Int, _ request: [UInt8], seconds: Double = 30) async throws -> RawAnswer? {
        let client = try RawHTTPClient(port: port)
        let (bytes, closed, reset, sent) = await client.exchange(request, seconds: seconds)
        var answer = RawAnswer(bytes, closed: closed)
        answer?.reset = !sent || reset
        return answer
    }

    static func exchange(port: Int, _ request: String, seconds: Double = 30) async throws -> RawAnswer? {
        try await exchange(port: port, Array(request.utf8), seconds: seconds)
    }
}

/// `send` that reports a closed connection as an error instead of raising SIGPIPE.
private func sendWithoutSignal(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
    #else
    Darwin.send(descriptor, bytes, count, 0)
    #endif
}
