import Dispatch

/// `map` on every core, results in the input's order: the output never depends on which
/// thread finished first. For independent, CPU-bound work per element (parsing one file,
/// rendering one page).
package enum ParallelMap {
    package static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], chunk: Int = 8,
                                                                 _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let slots = Slots(buffer: results)
        let chunks = (elements.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            for i in (index * chunk)..<min(elements.count, (index + 1) * chunk) {
                // Each index is written by exactly one iteration, and read only after all finished.
                slots.buffer[i] = transform(elements[i])
            }
        }
        return results.map { $0! }
    }

    private struct Slots<Value>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Value?>
    }
}
