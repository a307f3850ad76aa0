import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The directory's filter links and the script's choices say what their count counts
/// (「金融（2名）」, "Finance (2 people)", "(1 person)"): a screen reader then reads a number of
/// people, not a bare number in brackets. Members build of `DirectoryFilterTests`' fixture.
@Suite struct DirectoryCountLabelTests {
    /// The text of every filter link on a page.
    static func linkTexts(_ page: String) -> [String] {
        guard let nav = page.range(of: "<nav class=\"directory-filters\""), let end = page.range(of: "</nav>", range: nav.upperBound..<page.endIndex) else { return [] }
        let html = String(page[nav.upperBound..<end.lowerBound])
        return html.matches(of: /<a href="[^"]*"(?: aria-current="page")?>([^<]*)<\/a>/).map { String($0.output.1) }
    }

    @Test func everyCountSaysItCountsPeople() throws {
        let content = try DirectoryFilterTests.content(), out = try TemporaryDirectory()
        try DirectoryFilterTests.build(content.path, into: out.path + "/site", audience: .members)
        let site = DirectoryFilterTests.files(out.path + "/site")
        let japanese = try #require(site["directory/index.html"]), english = try #require(site["en/directory/index.html"])

        let ja = Self.linkTexts(japanese), en = Self.linkTexts(english)
        #expect(ja.count > 5 && ja.count == en.count)
        for text in ja { #expect(text.wholeMatch(of: /.+（[0-9]+名）/) != nil, "\(text)") }
        for text in en { #expect(text.wholeMatch(of: /.+ \((1 person|([02-9]|[0-9]{2,}) people)\)/) != nil, "\(text)") }
        #expect(en.contains { $0.hasSuffix("(1 person)") }, "a value of one person: \(en)")
        // The script's patterns: Japanese has one form, English a form for one.
        #expect(japanese.contains("data-value-count=\"{label}（{n}名）\">"))
        #expect(english.contains("data-value-count=\"{label} ({n} people)\" data-value-count-one=\"{label} ({n} person)\">"))
        // The form's choices start as the links.
        let options = english.matches(of: /data-label="[^"]*">([^<]*)<\/option>/).map { String($0.output.1) }
        #expect(options.sorted() == en.sorted())
    }
}
