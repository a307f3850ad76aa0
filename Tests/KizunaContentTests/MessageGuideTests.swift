import Foundation
import Testing
@testable import KizunaContent

/// The editor guides quote every message as Kizuna prints it: their message chapter, between
/// `<!-- messages: begin -->` and `<!-- messages: end -->`, is the catalogue's examples in the
/// guide's language. Rewrite it with `KIZUNA_RECORD_GOLDEN=1`.
@Suite struct MessageGuideTests {
    static let begin = "<!-- messages: begin (written by MessageGuideTests; KIZUNA_RECORD_GOLDEN=1 rewrites it) -->\n"
    static let end = "<!-- messages: end -->"

    @Test(arguments: [("editors.ja.md", EditorLanguage.ja), ("editors.en.md", .en)])
    func theGuideQuotesEveryMessageAsPrinted(guide: String, language: EditorLanguage) throws {
        let path = Repo.root + "/docs/" + guide
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "\(guide) has no messages chapter")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let expected = MessageCatalogue.guideChapter(language)
        let written = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["KIZUNA_RECORD_GOLDEN"] == "1", written != expected {
            try (text[..<start.upperBound] + expected + text[stop.lowerBound...]).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(written == expected, "\(guide)'s message chapter is out of date: run KIZUNA_RECORD_GOLDEN=1 swift test --filter MessageGuideTests")
    }
}
