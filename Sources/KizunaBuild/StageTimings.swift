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

    /// Parts of the last stage worth naming on their own (the search index within render+write),
    /// shown indented under it and not added to the total.
    public private(set) var parts: [String: [(name: String, seconds: Double)]] = [:]

    public mutating func part(of stage: String, _ name: String, seconds: Double) {
        parts[stage, default: []].append((name, seconds))
    }

    /// One line per stage, `  load          0.412 s`, its parts under it, then the total.
    public var table: String {
        let width = max(5, stages.map(\.name.count).max() ?? 0, (parts.values.flatMap { $0 }.map { $0.name.count + 2 }.max() ?? 0))
        let total = stages.reduce(0) { $0 + $1.seconds }
        func line(_ name: String, _ seconds: Double) -> String {
            "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %7.3f s", seconds)
        }
        return (stages.flatMap { stage in [line(stage.name, stage.seconds)] + (parts[stage.name] ?? []).map { line("  " + $0.name, $0.seconds) } }
            + [line("total", total)]).joined(separator: "\n") + "\n"
    }
}
