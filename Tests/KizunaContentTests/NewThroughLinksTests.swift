import Foundation
import Testing
@testable import KizunaContent
import KizunaBuild

/// `kizuna new` writes only inside the content folder: a symbolic link on the way that leaves it
/// is refused with a clear error (issue 16, attack 10), one that stays inside is followed as the
/// loader follows it, and a link in the file's own place is never written through.
@Suite struct NewThroughLinksTests {
    let cli = KizunaCLI()
    let now = fixedNow

    /// A project with a content folder (`content/`) and a folder outside it (`outside/`).
    func project() throws -> TemporaryDirectory {
        let work = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML, "outside/keep.txt": "x"])
        return work
    }

    func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    @Test func aKindFolderLinkedOutsideIsRefused() throws {
        let work = try project()
        try link(work.path + "/content/news", to: work.path + "/outside")
        let run = try cli.run(["new", "news", "x", "--content", "content", "--now", "2026-11-25"], directory: work.path)
        #expect(run.status == 1)
        #expect(run.err.contains("cannot write content/news/x.md: content/news is a symbolic link to \(ContainedFolder.realPath(work.path + "/outside")!), outside the folder it writes in (the content folder"), "\(run.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path + "/outside") == ["keep.txt"])
    }

    /// Relative links too, and a chain whose second link leaves (the first is named).
    @Test func aChainOfLinksThatEndsOutsideIsRefused() throws {
        let work = try project()
        try link(work.path + "/content/events", to: "inner")
        try link(work.path + "/content/inner", to: "../outside")
        #expect(throws: ScaffoldWriter.Failure.self) {
            try ScaffoldWriter.create(.event, slug: "x", contentDirectory: work.path + "/content", now: now)
        }
        do {
            _ = try ScaffoldWriter.create(.event, slug: "x", contentDirectory: work.path + "/content", now: now)
        } catch {
            guard case .leavesContent(_, let linkPath, _) = error else { Issue.record("\(error)"); return }
            // realpath follows the whole chain: the first link on the way is the one named.
            #expect(linkPath.hasSuffix("content/events"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path + "/outside") == ["keep.txt"])
    }

    /// A link that stays inside the content folder is followed: the file lands where the build reads it.
    @Test func aLinkInsideTheContentFolderIsFollowed() throws {
        let work = try project()
        try FileManager.default.createDirectory(atPath: work.path + "/content/archive/news", withIntermediateDirectories: true)
        try link(work.path + "/content/news", to: "archive/news")
        let path = try ScaffoldWriter.create(.news, slug: "x", contentDirectory: work.path + "/content", now: now)
        #expect(path == work.path + "/content/news/x.md")
        #expect(FileManager.default.fileExists(atPath: work.path + "/content/archive/news/x.md"))
        // The loader reads it through the same link.
        let (content, _) = ContentLoader(contentDirectory: work.path + "/content", kinds: ContentKinds.builtIn.items).load()
        #expect(content.failedItems.map(\.fileName) + content[NewsKind()].map(\.slug) == ["x"])
    }

    /// The content folder itself may be a link (the user named it); a missing kind folder is made.
    @Test func theContentFolderMayItselfBeALink() throws {
        let work = try project()
        try link(work.path + "/linked", to: work.path + "/content")
        let path = try ScaffoldWriter.create(.ask, slug: "x", contentDirectory: work.path + "/linked", now: now)
        #expect(path == work.path + "/linked/asks/x.yaml")
        #expect(FileManager.default.fileExists(atPath: work.path + "/content/asks/x.yaml"))
    }

    /// A link in the file's place (even one to nothing) is never written through.
    @Test func aLinkInTheFilesPlaceIsNotWrittenThrough() throws {
        let work = try project()
        try FileManager.default.createDirectory(atPath: work.path + "/content/pages", withIntermediateDirectories: true)
        try link(work.path + "/content/pages/x.md", to: work.path + "/outside/planted.md")
        let run = try cli.run(["new", "page", "x", "--content", "content"], directory: work.path)
        #expect(run.status == 1)
        #expect(run.err.contains("already exists"))
        #expect(!FileManager.default.fileExists(atPath: work.path + "/outside/planted.md"))
    }

    /// A file where a folder should be is an error naming it, not a crash or a write elsewhere.
    @Test func aFileInTheFoldersPlaceIsAnError() throws {
        let work = try project()
        try Data("x".utf8).write(to: URL(fileURLWithPath: work.path + "/content/surveys"))
        #expect(throws: ScaffoldWriter.Failure.self) {
            try ScaffoldWriter.create(.survey, slug: "x", contentDirectory: work.path + "/content", now: now)
        }
    }
}
