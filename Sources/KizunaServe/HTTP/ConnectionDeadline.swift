import Foundation

/// When a connection is given up: the connection moves it at each step (waiting for a request,
/// answering, writing, closing) and a watchdog task ends the connection's task once it has
/// passed. Cancelling is what interrupts a read or write suspended on the socket.
final class ConnectionDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: ContinuousClock.Instant
    private var passed = false

    init(after duration: Duration) {
        instant = ContinuousClock.now + duration
    }

    func move(to duration: Duration) {
        lock.withLock { instant = ContinuousClock.now + duration }
    }

    /// The deadline passed (rather than the connection ending by itself).
    var hasPassed: Bool { lock.withLock { passed } }

    /// Returns once the deadline has passed, or when cancelled. Wakes at least once a second, so
    /// a deadline moved nearer is kept to within a second.
    func watch() async {
        while !Task.isCancelled {
            let (now, deadline) = (ContinuousClock.now, lock.withLock { instant })
            if now >= deadline {
                lock.withLock { passed = true }
                return
            }
            try? await Task.sleep(for: min(deadline - now, .seconds(1)))
        }
    }
}
