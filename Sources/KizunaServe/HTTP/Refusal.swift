/// A request the preview does not answer with content: the status, and why in a few words
/// (the answer's text and the `--verbose` log say it).
struct Refusal: Error, Sendable, Equatable {
    var status: HTTPStatus
    var why: String

    init(_ status: HTTPStatus, _ why: String) {
        self.status = status
        self.why = why
    }
}
