import Foundation

/// Wall time of each stage of one build, in order, for `kizuna build --timings`: where a slow
/// build spends its time, without a profiler.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Ends the stage running since the previous lap (or since `init`).
    public mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// One line per stage, `  load          0.412 s`, then the total.
    public var table: String {
        let width = max(5, stages.map(\.name.count).max() ?? 0)
        let total = stages.reduce(0) { $0 + $1.seconds }
        return (stages + [("total", total)]).map { stage in
            "  " + stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %7.3f s", stage.seconds)
        }.joined(separator: "\n") + "\n"
    }
}
