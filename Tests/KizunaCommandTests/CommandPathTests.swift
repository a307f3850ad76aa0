import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A wrong `--content` is reported as what it is, at the folder's path, not as a missing site.yaml.
@Suite struct CommandPathTests {
    @Test func aMissingContentFolderIsNamed() throws {
        let work = try TemporaryDirectory()
        let missing = work.path + "/nope"
        let (content, diagnostics) = ContentLoader(contentDirectory: missing, kinds: ContentKinds.builtIn.items).load()
        #expect(diagnostics.all.map(\.description) == [missing + ": error: content folder does not exist (run from the project root, or pass --content)"])
        #expect(!content.siteLoaded)
    }

    @Test func aFileGivenAsTheContentFolderIsNamed() throws {
        let work = try TemporaryDirectory(["notes.txt": "not a folder"])
        let (_, diagnostics) = ContentLoader(contentDirectory: work.path + "/notes.txt", kinds: ContentKinds.builtIn.items).load()
        #expect(diagnostics.all.map(\.description) == [work.path + "/notes.txt: error: content folder is a file, not a folder (pass the folder that holds site.yaml with --content)"])
    }

    @Test func theBuildFailsWithThatOneContentError() throws {
        let work = try TemporaryDirectory()
        let build = Build(settings(content: work.path + "/nope", output: work.path + "/site"))
        let failure = try #require(throws: BuildFailure.self) { try build.renderedFiles() }
        #expect(failure.diagnostics.map(\.description) == [work.path + "/nope: error: content folder does not exist (run from the project root, or pass --content)"])
        #expect(!FileManager.default.fileExists(atPath: work.path + "/site"))
    }

    /// Through the executable, with a relative path as a user types it.
    @Test func theCommandNamesTheFolderAsTyped() throws {
        let work = try TemporaryDirectory()
        let cli = KizunaCLI()
        #expect(FileManager.default.isExecutableFile(atPath: KizunaCLI.binary), "build the executable first: swift build --build-tests")
        let result = try cli.run(["build", "--content", "nope", "--theme", Repo.theme, "--output", work.path + "/site", "--now", "2024-06-01"],
                                 directory: work.path)
        #expect(result.status == 1)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.first == "nope: error: content folder does not exist (run from the project root, or pass --content)")
        #expect(!result.err.contains("site.yaml"))
    }
}
