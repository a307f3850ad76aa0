/// The statuses the preview answers with, and their reason phrases.
struct HTTPStatus: Sendable, Equatable {
    let code: Int
    let phrase: String

    static let ok = HTTPStatus(code: 200, phrase: "OK")
    static let temporaryRedirect = HTTPStatus(code: 307, phrase: "Temporary Redirect")
    static let badRequest = HTTPStatus(code: 400, phrase: "Bad Request")
    static let notFound = HTTPStatus(code: 404, phrase: "Not Found")
    static let methodNotAllowed = HTTPStatus(code: 405, phrase: "Method Not Allowed")
    static let requestTimeout = HTTPStatus(code: 408, phrase: "Request Timeout")
    static let contentTooLarge = HTTPStatus(code: 413, phrase: "Content Too Large")
    static let uriTooLong = HTTPStatus(code: 414, phrase: "URI Too Long")
    static let misdirectedRequest = HTTPStatus(code: 421, phrase: "Misdirected Request")
    static let headerFieldsTooLarge = HTTPStatus(code: 431, phrase: "Request Header Fields Too Large")
    static let internalServerError = HTTPStatus(code: 500, phrase: "Internal Server Error")
    static let serviceUnavailable = HTTPStatus(code: 503, phrase: "Service Unavailable")
    static let versionNotSupported = HTTPStatus(code: 505, phrase: "HTTP Version Not Supported")
}
