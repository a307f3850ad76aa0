import Foundation
import KizunaContent

/// What went wrong while an output was made on several threads: located problems (all of them
/// are reported) and the first error of the sink (a file that could not be written; the other
/// threads stop at their next page).
final class RenderOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var problems = Diagnostics()
    private var writeError: (any Error)?

    var failedToWrite: Bool { lock.withLock { writeError != nil } }

    func record(_ problem: Diagnostic) {
        lock.withLock { problems.append(problem) }
    }

    func record(_ error: any Error) {
        lock.withLock {
            if writeError == nil { writeError = error }
        }
    }

    /// Throws the sink's error first (the build cannot go on), else every located problem.
    func check() throws {
        if let error = lock.withLock({ writeError }) { throw error }
        let found = lock.withLock { problems }
        if found.hasErrors { throw BuildFailure(found.sorted) }
    }
}
