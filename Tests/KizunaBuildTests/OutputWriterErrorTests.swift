import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Every write-stage failure names its path and says what went wrong in words, and leaves no
/// staging folder behind.
@Suite struct OutputWriterErrorTests {
    static let page = OutputFile(path: "index.html", contents: .bytes(Data("<p>x</p>".utf8)))

    func writeError(_ writer: OutputWriter, _ files: [OutputFile]) throws -> String {
        let error = try #require(throws: OutputWriter.WriteError.self) { try writer.writeAsABuild(files) }
        return error.description
    }

    @Test func aParentOfTheOutputThatIsAFileIsNamed() throws {
        let work = try TemporaryDirectory(["somefile": "plain text"])
        for output in [work.path + "/somefile/site", work.path + "/somefile/a/b/site/"] {
            let message = try writeError(OutputWriter(outputDirectory: output), [Self.page])
            let shown = output.hasSuffix("/") ? String(output.dropLast()) : output
            #expect(message == "cannot create the output folder \(shown): \(work.path)/somefile is a file, not a folder")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["somefile"])
        #expect(FileManager.default.contents(atPath: work.path + "/somefile") == Data("plain text".utf8))
    }

    /// Two outputs where one must be a folder: the message speaks of the output, not the staging folder.
    @Test func aFileWhereAFolderMustGoIsNamedInTheOutput() throws {
        let work = try TemporaryDirectory()
        let output = work.path + "/site"
        let files = [OutputFile(path: "news", contents: .bytes(Data("x".utf8))), OutputFile(path: "news/index.html", contents: .bytes(Data("y".utf8)))]
        let message = try writeError(OutputWriter(outputDirectory: output), files)
        #expect(message == "cannot create the folder \(output)/news: \(output)/news is a file, not a folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == [])
    }

    @Test func aFailedCopyNamesBothPathsAndKeepsThePreviousSite() throws {
        let work = try TemporaryDirectory()
        let output = work.path + "/site"
        let writer = OutputWriter(outputDirectory: output)
        try writer.writeAsABuild([Self.page])
        let before = snapshot(of: output)
        let missing = work.path + "/gone.png"
        let message = try writeError(writer, [Self.page, OutputFile(path: "static/logo.png", contents: .copy(from: missing))])
        #expect(message == "cannot copy \(missing) to \(output)/static/logo.png: No such file or directory")
        #expect(snapshot(of: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["site"])
    }

    /// A full disk, for real: /dev/full fails every write with ENOSPC.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func systemErrorsAreGivenInWords() throws {
        let error = try #require(throws: (any Error).self) { try Data("x".utf8).write(to: URL(fileURLWithPath: "/dev/full")) }
        #expect(OutputWriter.reason(error).english == "No space left on device")
        #expect(OutputWriter.reason(error).japanese.hasPrefix("ディスクに空きがありません。"))
        let wrapped = try #require(throws: OutputWriter.WriteError.self) {
            try OutputWriter.attempt(.write("site/news/index.html")) { try Data("x".utf8).write(to: URL(fileURLWithPath: "/dev/full")) }
        }
        #expect(wrapped.description == "cannot write site/news/index.html: No space left on device")
    }

    /// The command prints the writer's sentence, not Foundation's error dump.
    @Test func theCommandReportsAParentThatIsAFile() throws {
        #expect(FileManager.default.isExecutableFile(atPath: KizunaCLI.binary), "build the executable first: swift build --build-tests")
        let work = try TemporaryDirectory(["somefile": "plain text"])
        let result = try KizunaCLI().run(["build", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme,
                                                 "--output", "somefile/site", "--now", "2026-11-25"], directory: work.path)
        #expect(result.status == 1)
        #expect(result.err == "error: cannot create the output folder somefile/site: \(work.path)/somefile is a file, not a folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["somefile"])
    }
}
