import Foundation
import Testing

/// A child process run to its end, with what it wrote to standard output and standard error.
/// Both pipes are read at the same time: a child that fills one pipe (64 KB on Linux) waits for
/// it to be read, so reading the other to its end first would wait for ever.
struct ChildProcess {
    var status: Int32
    var out: Data
    var err: Data

    /// Runs `process` (executable, arguments, environment set) to its end. Bounded: a child still
    /// running after `limit` seconds is stopped, and the test records why.
    static func run(_ process: Process, limit: Double = 300) throws -> ChildProcess {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stopped = Flag()
        // SIGKILL, not terminate()'s SIGTERM: a child inherits the test runner's blocked signals,
        // and a SIGTERM it has blocked stays pending while it waits on a full pipe.
        let watchdog = DispatchWorkItem {
            guard process.isRunning else { return }
            stopped.set()
            kill(process.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        let errors = BackgroundRead(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        watchdog.cancel()
        if stopped.isSet {
            Issue.record("\(process.executableURL?.lastPathComponent ?? "the child") \(process.arguments ?? []) was stopped after \(limit) s")
        }
        return ChildProcess(status: process.terminationStatus, out: outData, err: errData)
    }

    var outText: String { String(decoding: out, as: UTF8.self) }
    var errText: String { String(decoding: err, as: UTF8.self) }
}

/// A pipe read to its end on a thread of its own.
private final class BackgroundRead: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written by the reading thread before `done` is signalled, read only after waiting for it.
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
