import Foundation

/// A process's standard output, collected as it comes (standard error is dropped, or collected
/// with it when `errorsToo`).
final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    init(of process: Process, errorsToo: Bool = false) {
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = errorsToo ? pipe : FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard !data.isEmpty else { handle.readabilityHandler = nil; return }
            self?.lock.withLock { self?.collected += String(decoding: data, as: UTF8.self) }
        }
    }

    var text: String { lock.withLock { collected } }
}
