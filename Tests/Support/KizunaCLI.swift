import Foundation

/// The `kizuna` executable built beside the test bundle, run as a user runs it.
struct KizunaCLI {
    static var binary: String {
        var url = Bundle.main.bundleURL
        if url.pathExtension != "xctest" {
            url = URL(fileURLWithPath: CommandLine.arguments.first { $0.hasSuffix(".xctest") } ?? Repo.root + "/.build/debug/x.xctest")
        }
        return url.deletingLastPathComponent().appendingPathComponent("kizuna").path
    }

    /// Messages in English unless a test asks for another language (`KIZUNA_LANG`, `--lang`):
    /// most tests quote English messages; the Japanese ones have tests of their own.
    func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["KIZUNA_LANG": "en"]) { $1 }.merging(environment) { $1 }
        let child = try ChildProcess.run(process)
        return (child.status, child.outText, child.errText)
    }
}
