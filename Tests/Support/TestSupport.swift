import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Paths of the repository, found from this file so tests run from any working directory.
enum Repo {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var content: String { root + "/content" }
    static var theme: String { root + "/themes/default" }
    static var fixtures: String { root + "/Tests/Fixtures" }
}

/// A temporary folder, filled from a "path → contents" dictionary, removed when released.
final class TemporaryDirectory {
    let path: String

    init(_ files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "kizuna-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try write(files)
    }

    func write(_ files: [String: String]) throws {
        for (relative, text) in files {
            let url = URL(fileURLWithPath: path + "/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Every file under a folder, relative path → bytes.
func snapshot(of directory: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return result }
    for case let relative as String in enumerator {
        var isDirectory: ObjCBool = false
        let path = directory + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = FileManager.default.contents(atPath: path)
        }
    }
    return result
}

let fixedNow = Timestamp(iso: "2026-11-25T12:00:00+09:00", zone: TimeZone(identifier: "Asia/Tokyo")!)!.date

func settings(content: String = Repo.content, output: String, audience: Audience = .public, now: Date = fixedNow, drafts: Bool = false) -> Build.Settings {
    Build.Settings(contentDirectory: content, themeDirectory: Repo.theme, outputDirectory: output,
                   options: BuildOptions(audience: audience, now: now, drafts: drafts))
}

/// "Now" as production makes it: the command resolves `--now` or SOURCE_DATE_EPOCH or the clock
/// (`resolveMoment`, in SiteOptions and PreviewSession), the build settles it in the site's zone.
func settledNow(_ argument: String?, _ environment: [String: String], in zone: TimeZone, clock: () -> Date = Date.init) throws -> Date {
    let moment = try BuildOptions.resolveMoment(argument: argument, environment: environment, clock: clock)
    return BuildOptions(now: moment.date, localNow: moment.local).settled(in: zone).now
}

extension OutputWriter {
    /// `files` written as `Build.run` writes a site: a staging folder (`begin`), each file into it
    /// through the sink outputs write to, then the swap (`commit`); a failure abandons the staging
    /// folder and throws the writer's `WriteError`.
    func writeAsABuild(_ files: [OutputFile]) throws {
        let staged = try begin()
        do {
            for file in files { try staged.write(file) }
            try commit(staged)
        } catch {
            abandon(staged)
            throw error
        }
    }
}

/// A minimal valid site.yaml for inline fixtures.
let minimalSiteYAML = """
title: テスト アルムナイ
base_url: https://alumni.example.com/
min_cell: 5

"""

/// Loads and validates inline content; returns the error lines (`path:line:col: error: msg`) with
/// the temporary folder's path replaced by `<dir>`.
func diagnostics(for files: [String: String]) throws -> [String] {
    let dir = try TemporaryDirectory(files)
    let (content, loadDiagnostics) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
    var all = loadDiagnostics.all
    if case .failure(let failure) = SiteValidator(kinds: ContentKinds.builtIn.items).validate(content) {
        all += failure.diagnostics
    }
    var d = Diagnostics()
    all.forEach { d.append($0) }
    return d.sorted.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") }
}

/// A small deterministic generator (SplitMix64), so failures of randomised tests reproduce.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Runs a Python script with Debian's python3 (where the test setup installs feedparser and
/// icalendar) and reads the JSON object it prints; a failing script fails the test.
func pythonJSON(_ script: String, _ arguments: String...) throws -> [String: Any] {
    try pythonJSON(arguments: ["-c", script] + arguments)
}

/// As `pythonJSON(arguments:)`, the child waited for on a thread of its own: a test that waits
/// minutes for a browser must not hold one of the few threads every async test runs on (on 2
/// cores, axe-core's runs starved `kizuna serve`'s tests until their reads timed out).
func pythonJSONOffThePool(arguments: [String]) async throws -> [String: Any] {
    let child: ChildProcess = try await withCheckedThrowingContinuation { continuation in
        Thread {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = arguments
            do { continuation.resume(returning: try ChildProcess.run(process, limit: 900)) } catch { continuation.resume(throwing: error) }
        }.start()
    }
    #expect(child.status == 0, "\(child.errText)")
    guard let object = try JSONSerialization.jsonObject(with: child.out) as? [String: Any] else {
        throw CocoaError(.coderReadCorrupt)
    }
    return object
}

/// python3 with these arguments (a script file and its own), read as above.
func pythonJSON(arguments: [String]) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = arguments
    let child = try ChildProcess.run(process)
    #expect(child.status == 0, "\(child.errText)")
    guard let object = try JSONSerialization.jsonObject(with: child.out) as? [String: Any] else {
        throw CocoaError(.coderReadCorrupt)
    }
    return object
}

extension Array where Element == OutputFile {
    /// The files made in memory, by path (copied files are left out).
    var bytes: [String: Data] {
        var byPath: [String: Data] = [:]
        for file in self { if case .bytes(let data) = file.contents { byPath[file.path] = data } }
        return byPath
    }

    /// The same as text; `htmlOnly` keeps the pages.
    func texts(htmlOnly: Bool = false) -> [String: String] {
        bytes.filter { !htmlOnly || $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }
}

/// `KIZUNA_RECORD_GOLDEN=1`: golden files are recorded, not compared (CONTRIBUTING.md).
var recordingGoldenFiles: Bool { ProcessInfo.processInfo.environment["KIZUNA_RECORD_GOLDEN"] == "1" }

/// Build errors of an inline site (through the whole pipeline, before anything is written),
/// with the temporary folder's path as `<dir>`.
func buildErrors(_ files: [String: String], audience: Audience = .public, drafts: Bool = false) throws -> [String] {
    let dir = try TemporaryDirectory(files)
    do {
        _ = try Build(settings(content: dir.path, output: dir.path + "-site", audience: audience, drafts: drafts)).renderedFiles()
        return []
    } catch {
        return error.diagnostics.filter { $0.severity == .error }.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") }
    }
}
