import Foundation

/// A request's line and header fields as they arrived, before any of them is trusted: the
/// target is still percent-encoded and the Host not yet checked.
struct RequestHead: Sendable, Equatable {
    enum Version: Sendable, Equatable {
        case http10, http11
    }

    struct Field: Sendable, Equatable {
        /// Lower-cased.
        var name: String
        var value: String
    }

    var method: String
    var target: String
    var version: Version
    var fields: [Field]

    /// Every value of a field, in order.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The client asked for the connection to end after this answer (HTTP/1.0 does by default).
    var wantsClose: Bool {
        let tokens = values("connection").flatMap { $0.lowercased().split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        return version == .http10 ? !tokens.contains("keep-alive") : tokens.contains("close")
    }

    /// How the request's body is framed; Content-Length and Transfer-Encoding together, or two
    /// different lengths, are refused (a request smuggled past a proxy starts that way).
    func body() throws(Refusal) -> Body {
        let lengths = values("content-length").flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let chunked = !values("transfer-encoding").isEmpty
        if chunked && !lengths.isEmpty { throw Refusal(.badRequest, "both Content-Length and Transfer-Encoding") }
        if chunked { return .chunked }
        guard let first = lengths.first else { return .none }
        guard lengths.allSatisfy({ $0 == first }), !first.isEmpty, first.utf8.count <= 18,
              first.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let length = Int(first) else {
            throw Refusal(.badRequest, "an invalid Content-Length")
        }
        return length == 0 ? .none : .length(length)
    }

    enum Body: Equatable {
        case none
        case length(Int)
        case chunked
    }
}
