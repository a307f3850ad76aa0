import Foundation

/// One answer of the preview, written as HTTP/1.1.
struct Response: Sendable {
    var status: HTTPStatus
    var headers: [(name: String, value: String)]
    var body: Data

    init(_ status: HTTPStatus, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer (refusals, the 404 of a site without 404.html).
    static func text(_ status: HTTPStatus, _ message: String, headers: [(name: String, value: String)] = []) -> Response {
        Response(status, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")] + headers,
                 body: Data((message + "\n").utf8))
    }

    static func refusal(_ refusal: Refusal) -> Response {
        text(refusal.status, "\(refusal.status.code) \(refusal.status.phrase): \(refusal.why)",
             headers: refusal.status == .methodNotAllowed ? [("Allow", "GET, HEAD")] : [])
    }

    /// The bytes sent: for HEAD the head alone (with the length the body would have).
    /// Every answer says `nosniff`, and that only pages of the preview's own origin may embed its
    /// files (`Cross-Origin-Resource-Policy`): a page elsewhere cannot load the members' pages or
    /// photos as images, scripts or styles.
    func encoded(headOnly: Bool, closing: Bool) -> Data {
        var head = "HTTP/1.1 \(status.code) \(status.phrase)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        head += "X-Content-Type-Options: nosniff\r\nCross-Origin-Resource-Policy: same-origin\r\n"
        if closing { head += "Connection: close\r\n" }
        head += "\r\n"
        var data = Data(head.utf8)
        if !headOnly { data.append(body) }
        return data
    }
}
