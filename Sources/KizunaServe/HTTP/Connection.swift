import FlyingSocks
import Foundation

/// One client connection of the preview. Requests are read within their deadline and checked
/// (Host, method, body, target) before the site is looked at; a refusal is answered and the
/// connection closed, as it is when the client asks or the deadline passes.
struct Connection: Sendable {
    let socket: AsyncSocket
    let limits: ServerLimits
    let check: RequestCheck
    let answer: @Sendable (RequestTarget) async throws -> Response
    /// One line per request answered or refused (`GET /portal/news/ 200`), escaped.
    let log: @Sendable (String) -> Void

    func run() async {
        let deadline = ConnectionDeadline(after: limits.requestTimeout)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await converse(deadline) }
            group.addTask { await deadline.watch() }
            await group.next()
            group.cancelAll()
        }
        try? socket.close()
    }

    private func converse(_ deadline: ConnectionDeadline) async {
        var reader = RequestReader(limits: limits.reader)
        while true {
            deadline.move(to: limits.requestTimeout)
            let head: RequestHead
            do {
                guard let next = try await read(&reader) else { return }
                head = next
            } catch let refusal as Refusal {
                log("\(LogText.escaped(reader.currentRequestLine)) \(refusal.status.code) (\(refusal.why))")
                await send(.refusal(refusal), headOnly: false, closing: true, deadline)
                await linger(deadline)
                return
            } catch {
                // A slow sender's connection is told why before it closes (one attempt, never
                // waiting); an idle one closes silently.
                if deadline.hasPassed && reader.hasPartialRequest {
                    let (whole, fraction) = limits.requestTimeout.components
                    let seconds = String(format: "%g", Double(whole) + Double(fraction) / 1e18)
                    let refusal = Refusal(.requestTimeout, "the request did not arrive in full within \(seconds) s")
                    _ = try? socket.socket.write(Response.refusal(refusal).encoded(headOnly: false, closing: true))
                    log("\(LogText.escaped(reader.currentRequestLine)) 408 (\(refusal.why))")
                }
                return
            }
            deadline.move(to: limits.answerTimeout)
            guard let answered = await respond(to: head) else { return }
            let (response, closing, line) = answered
            guard await send(response, headOnly: head.method == "HEAD", closing: closing, deadline) else { return }
            log(line)
            if closing {
                await linger(deadline)
                return
            }
            if case .length(let count)? = try? head.body() { reader.skipBody(count) }
        }
    }

    /// The next request's head; nil when the client closed the connection.
    private func read(_ reader: inout RequestReader) async throws -> RequestHead? {
        while true {
            if let head = try reader.nextHead() { return head }
            do {
                reader.receive(try await socket.read(atMost: 4096))
            } catch SocketError.disconnected {
                return nil
            }
        }
    }

    /// The answer, whether to close after it, and its log line; nil when cancelled meanwhile.
    private func respond(to head: RequestHead) async -> (Response, closing: Bool, line: String)? {
        let method = LogText.escaped(Array(head.method.utf8))
        do {
            let target = try check.admit(head)
            let response: Response
            do {
                response = try await answer(target)
            } catch {
                if Task.isCancelled { return nil }
                response = .text(.internalServerError, "500 Internal Server Error: \(error)")
            }
            return (response, head.wantsClose, "\(method) \(LogText.escaped(target.path)) \(response.status.code)")
        } catch {
            return (.refusal(error), true, "\(method) \(LogText.escaped(Array(head.target.utf8))) \(error.status.code) (\(error.why))")
        }
    }

    @discardableResult
    private func send(_ response: Response, headOnly: Bool, closing: Bool, _ deadline: ConnectionDeadline) async -> Bool {
        deadline.move(to: limits.requestTimeout)
        do {
            try await socket.write(response.encoded(headOnly: headOnly, closing: closing))
            return true
        } catch {
            return false
        }
    }

    /// Closing with unread bytes would reset the connection and lose the answer at the client:
    /// the sending side is shut, and what still comes is read and dropped, within limits.
    private func linger(_ deadline: ConnectionDeadline) async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        deadline.move(to: limits.lingerTime)
        var drained = 0
        while drained < limits.lingerBytes {
            guard let bytes = try? await socket.read(atMost: 4096) else { return }
            drained += bytes.count
        }
    }
}
