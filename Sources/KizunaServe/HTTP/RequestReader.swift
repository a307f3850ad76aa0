/// Reads request heads from a connection's bytes as they arrive. Each byte is looked at once,
/// so a head costs time linear in its length, and a request line or header section over its
/// limit is refused as soon as it is that long (414, 431), without waiting for the rest.
/// Pure: the connection feeds it bytes, so tests and attacks can feed it any chunking.
struct RequestReader {
    struct Limits: Sendable {
        /// Bytes of the request line (method, target, version), its line end not counted.
        var requestLine = 8 * 1024
        /// Bytes of all header lines together, line ends counted.
        var headerSection = 64 * 1024
        var headerFields = 200
    }

    let limits: Limits
    /// The bytes not yet consumed; `start` is where the current request begins.
    private var buffer: [UInt8] = []
    private var start = 0
    /// The next byte to look at, and where the line being read begins.
    private var position = 0
    private var lineStart = 0
    /// The current head's lines so far, without their line ends.
    private var lines: [Range<Int>] = []
    private var headerBytes = 0
    /// Empty lines before a request line are ignored (RFC 9112 §2.2), up to the line's limit.
    private var emptyLineBytes = 0
    /// Bytes of the previous request's body still to be passed over.
    private var bodyToSkip = 0
    /// Bytes looked at or moved so far: the tests hold it to a small multiple of the bytes
    /// received, however they are cut (linear time, asserted without a clock).
    private(set) var work = 0

    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Part of a request has arrived (an idle connection has none).
    var hasPartialRequest: Bool { buffer.count > start || bodyToSkip > 0 }

    /// Bytes of the current request seen so far, for the log of a refusal.
    var currentRequestLine: ArraySlice<UInt8> {
        let end = lines.first?.upperBound ?? buffer.count
        return buffer[start..<max(start, end)]
    }

    mutating func receive(_ bytes: some Collection<UInt8>) {
        // Consumed bytes are dropped when they are at least half the buffer: amortised, each
        // byte is moved at most once.
        if start > 0 && start * 2 >= buffer.count {
            work += buffer.count - start
            buffer.removeSubrange(0..<start)
            position -= start
            lineStart -= start
            lines = lines.map { ($0.lowerBound - start)..<($0.upperBound - start) }
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Passes over the next `count` bytes (the body of a request answered without reading it).
    mutating func skipBody(_ count: Int) {
        bodyToSkip += count
    }

    /// The next complete head, nil while more bytes are needed.
    mutating func nextHead() throws(Refusal) -> RequestHead? {
        if bodyToSkip > 0 {
            let skipped = min(bodyToSkip, buffer.count - start)
            bodyToSkip -= skipped
            start += skipped
            position = start
            lineStart = start
            if bodyToSkip > 0 { return nil }
        }
        while position < buffer.count {
            let unread = buffer[position...]
            let found = unread.firstIndex(of: 0x0A)
            work += (found.map { $0 + 1 } ?? buffer.count) - unread.startIndex
            guard let lineFeed = found else {
                position = buffer.count
                break
            }
            position = lineFeed + 1
            let length = position - lineStart
            var end = lineFeed
            if end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
            let line = lineStart..<end
            lineStart = position
            if lines.isEmpty {
                if line.isEmpty {
                    emptyLineBytes += length
                    guard emptyLineBytes <= limits.requestLine else { throw Refusal(.badRequest, "only empty lines") }
                    start = position
                    continue
                }
                guard line.count <= limits.requestLine else { throw Refusal(.uriTooLong, "a request line over \(limits.requestLine) bytes") }
                lines.append(line)
            } else if line.isEmpty {
                let head = try parse()
                start = position
                lines = []
                headerBytes = 0
                emptyLineBytes = 0
                return head
            } else {
                headerBytes += length
                guard headerBytes <= limits.headerSection else { throw Refusal(.headerFieldsTooLarge, "header fields over \(limits.headerSection) bytes") }
                guard lines.count <= limits.headerFields else { throw Refusal(.headerFieldsTooLarge, "over \(limits.headerFields) header fields") }
                lines.append(line)
            }
        }
        // No line end yet: a line already over its limit is refused now, not when it ends.
        let pending = buffer.count - lineStart
        if lines.isEmpty {
            guard pending <= limits.requestLine + 1 else { throw Refusal(.uriTooLong, "a request line over \(limits.requestLine) bytes") }
        } else {
            guard headerBytes + pending <= limits.headerSection else { throw Refusal(.headerFieldsTooLarge, "header fields over \(limits.headerSection) bytes") }
        }
        return nil
    }

    private func parse() throws(Refusal) -> RequestHead {
        let requestLine = buffer[lines[0]]
        let parts = requestLine.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, let method = parts.first, !method.isEmpty, method.allSatisfy(Self.isTokenByte) else {
            throw Refusal(.badRequest, "a malformed request line")
        }
        let target = parts[1]
        guard !target.isEmpty, target.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw Refusal(.badRequest, "a request target with spaces, controls or raw non-ASCII bytes")
        }
        let version: RequestHead.Version
        switch Array(parts[2]) {
        case Array("HTTP/1.1".utf8): version = .http11
        case Array("HTTP/1.0".utf8): version = .http10
        case let other where other.count == 8 && other.starts(with: "HTTP/".utf8) && other[6] == UInt8(ascii: ".")
            && other[5].isDigit && other[7].isDigit:
            throw Refusal(.versionNotSupported, "HTTP version \(LogText.escaped(other[5...]))")
        default:
            throw Refusal(.badRequest, "a malformed request line")
        }
        var fields: [RequestHead.Field] = []
        fields.reserveCapacity(lines.count - 1)
        for range in lines.dropFirst() {
            let line = buffer[range]
            // A continuation line (obsolete folding) and whitespace before the colon are refused
            // (RFC 9112 §5.1, §5.2): proxies read them differently.
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[line.startIndex..<colon].allSatisfy(Self.isTokenByte) else {
                throw Refusal(.badRequest, "a malformed header field")
            }
            var value = line[(colon + 1)...]
            while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
            while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
            guard value.allSatisfy({ $0 == 0x09 || $0 >= 0x20 && $0 != 0x7F }) else {
                throw Refusal(.badRequest, "a control character in a header field")
            }
            fields.append(RequestHead.Field(name: String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased(),
                                            value: String(decoding: value, as: UTF8.self)))
        }
        return RequestHead(method: String(decoding: method, as: UTF8.self), target: String(decoding: target, as: UTF8.self),
                           version: version, fields: fields)
    }

    /// RFC 9110 §5.6.2's tchar.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { (0x30...0x39).contains(self) }
}
