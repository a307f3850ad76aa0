import Foundation
import KizunaContent
import Testing

/// The release archive (scripts/release-build.sh) on the example, when one is present:
/// `KIZUNA_RELEASE_ARCHIVE`, else this machine's `dist/kizuna-<os>-<arch>.tar.gz`. scripts/test.sh
/// makes one and sets the variable in CI; elsewhere the test says it did not run. Unpacked into a
/// temporary folder, the archive must hold the agreed layout, match its line of SHA256SUMS, print
/// the version, and build the example for both audiences, finding the theme beside its executable
/// (no --theme), byte for byte as the debug build beside the tests does with --theme.
@Suite(.serialized) struct ReleaseBinaryTests {
    static let now = ["--now", "2026-11-25T12:00:00+09:00"]

    static var platformName: String {
        #if os(Linux)
        let os = "linux"
        #else
        let os = "macos"
        #endif
        #if arch(arm64)
        return "kizuna-\(os)-arm64"
        #else
        return "kizuna-\(os)-x86_64"
        #endif
    }

    static let archive: String? = {
        if let given = ProcessInfo.processInfo.environment["KIZUNA_RELEASE_ARCHIVE"], !given.isEmpty { return given }
        let built = Repo.root + "/dist/" + platformName + ".tar.gz"
        return FileManager.default.fileExists(atPath: built) ? built : nil
    }()

    // Not run without an archive: building one takes minutes (scripts/release-build.sh), so only
    // CI's scripts/test.sh does it before running this suite.
    @Test(.enabled(if: archive != nil, "no release archive: set KIZUNA_RELEASE_ARCHIVE or run scripts/release-build.sh (CI's scripts/test.sh does); the release binary was not tested"))
    func theArchiveBuildsTheExampleAsTheDebugBuildDoes() throws {
        let archive = try #require(Self.archive)
        let name = URL(fileURLWithPath: archive).lastPathComponent
        let folderName = try #require(name.hasSuffix(".tar.gz") ? String(name.dropLast(7)) : nil, "\(name) is not a .tar.gz")

        // Its line of SHA256SUMS, beside it.
        let sumsPath = URL(fileURLWithPath: archive).deletingLastPathComponent().appendingPathComponent("SHA256SUMS").path
        let sums = try String(contentsOfFile: sumsPath, encoding: .utf8)
        let bytes = try #require(FileManager.default.contents(atPath: archive))
        let line = "\(SHA256.hex(bytes))  \(name)"
        #expect(sums.split(separator: "\n").contains { $0 == line }, "SHA256SUMS has no line \(line):\n\(sums)")

        // One folder: the executable, the default theme, README.md; nothing else.
        let work = try TemporaryDirectory()
        let unpacked = work.path + "/unpacked"
        try FileManager.default.createDirectory(atPath: unpacked, withIntermediateDirectories: true)
        let tar = try Self.run("/usr/bin/env", ["tar", "-xzf", archive, "-C", unpacked])
        try #require(tar.status == 0, "tar: \(tar.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: unpacked) == [folderName])
        let folder = unpacked + "/" + folderName
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["README.md", "kizuna", "themes"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/themes") == ["default"])
        let binary = folder + "/kizuna"
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        #expect(snapshot(of: folder + "/themes/default") == snapshot(of: Repo.theme), "the archive's theme is not themes/default")

        // The version the sources say (the debug build's).
        let version = try Self.run(binary, ["--version"])
        let expected = try KizunaCLI().run(["--version"])
        #expect(version.status == 0 && expected.status == 0)
        #expect(version.out == expected.out && !version.out.isEmpty, "\(version.out) ≠ \(expected.out)")

        // The example for both audiences: the release binary without --theme, the debug build with it,
        // each on its own copy of the content, nothing else beside it.
        for (tool, theme) in [("release", [String]()), ("debug", ["--theme", Repo.theme])] {
            let project = work.path + "/\(tool)/project"
            try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repo.content, toPath: project + "/content")
            for audience in ["public", "members"] {
                var arguments = ["build", "--audience", audience, "--output", work.path + "/\(tool)/out/\(audience)", "--quiet"] + theme + Self.now
                if audience == "members" { arguments += ["--allowlist", work.path + "/\(tool)/out/auth/allowlist.txt"] }
                let run = tool == "release" ? try Self.run(binary, arguments, directory: project) : try KizunaCLI().run(arguments, directory: project)
                #expect(run.status == 0, "\(tool) \(audience): \(run.err)")
            }
        }
        let release = snapshot(of: work.path + "/release/out"), debug = snapshot(of: work.path + "/debug/out")
        #expect(release.count > 300, "\(release.count) files")
        #expect(Set(release.keys) == Set(debug.keys), "files only in one: \(Set(release.keys).symmetricDifference(debug.keys).sorted())")
        var compared = 0
        for (path, data) in debug.sorted(by: { $0.key < $1.key }) {
            guard let other = release[path] else { continue }
            compared += 1
            // The two files a build keeps of itself fingerprint the engine (the executable) by
            // design: the marker's first line and the pages listed are compared.
            if path.hasSuffix("/.kizuna-site") {
                #expect(Self.lines(other, 1) == Self.lines(data, 1), "\(path)")
            } else if path.hasSuffix("/.kizuna-pages") {
                #expect(Self.pages(other) == Self.pages(data) && !Self.pages(data).isEmpty, "\(path)")
            } else {
                #expect(other == data, "\(path) differs between the release and the debug build")
            }
        }
        #expect(compared == debug.count)
    }

    static func lines(_ data: Data, _ count: Int) -> [Substring] {
        Array(String(decoding: data, as: UTF8.self).split(separator: "\n").prefix(count))
    }

    static func pages(_ data: Data) -> [Substring] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.drop { $0 != " " } }
    }

    /// A program run to its end, messages in English as KizunaCLI runs them.
    static func run(_ executable: String, _ arguments: [String], directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(["KIZUNA_LANG": "en"]) { $1 }
        let child = try ChildProcess.run(process)
        return (child.status, child.outText, child.errText)
    }
}
