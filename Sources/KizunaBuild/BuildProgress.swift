import Foundation

/// How far a build has got, for a progress display: the build updates it from any thread and a
/// display reads it on its own schedule (the build never waits for the display).
public final class BuildProgress: @unchecked Sendable {
    public struct State: Sendable, Equatable {
        /// The stage running now ("load", "render" …).
        public var stage: String
        /// Files made so far, and how many there will be (0 until rendering starts).
        public var done: Int
        public var total: Int
    }

    private let lock = NSLock()
    private var state = State(stage: "load", done: 0, total: 0)

    public init() {}

    public var current: State { lock.withLock { state } }

    func begin(_ stage: String, total: Int = 0) {
        lock.withLock { state = State(stage: stage, done: 0, total: total) }
    }

    func advance() {
        lock.withLock { state.done += 1 }
    }
}
