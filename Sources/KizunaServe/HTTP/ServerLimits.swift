/// What one client may ask of the preview. A hostile page can open connections to 127.0.0.1:
/// none of them may hold the server's time, memory or file descriptors for long.
public struct ServerLimits: Sendable {
    /// A request must arrive in full (line, header fields and any small body) within this time
    /// of the connection opening or of the previous answer; a connection idle that long closes.
    public var requestTimeout: Duration = .seconds(15)
    /// Bytes of the request line (414 over it) and of the header fields (431 over it).
    public var requestLine = 8 * 1024
    public var headerSection = 64 * 1024
    /// A GET or HEAD may carry a body up to this size, passed over unread; a larger one is 413.
    public var body = 8 * 1024
    /// Connections served at once; more are answered 503 and closed.
    public var connections = 100
    /// How long an answer (the reload endpoint waits 10 s for a build) may take to make.
    var answerTimeout: Duration = .seconds(30)
    /// After a refusal, what the client still sends is read and dropped for at most this long
    /// (and this many bytes), so the refusal reaches it instead of a reset connection.
    var lingerTime: Duration = .seconds(2)
    var lingerBytes = 4 * 1024 * 1024

    public init() {}

    var reader: RequestReader.Limits {
        RequestReader.Limits(requestLine: requestLine, headerSection: headerSection)
    }
}
