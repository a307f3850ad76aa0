import Foundation
import Testing
@testable import KizunaContent

/// The message catalogue: every message exists in both languages (the switches make that
/// so), every case has an example (so the checks below read it), and each language reads as
/// that language, the Japanese by docs/JAPANESE.md.
@Suite struct MessageCatalogueTests {
    static let messagesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/KizunaContent/Messages").standardized

    /// The case names an area's source file declares (`    case a, b(x: Int)`, at the enum's level).
    static func declaredCases(of area: String) throws -> Set<String> {
        let source = try String(contentsOf: messagesFolder.appendingPathComponent("\(area).swift"), encoding: .utf8)
        var names: Set<String> = []
        for line in source.split(separator: "\n") where line.hasPrefix("    case ") {
            var depth = 0, current = ""
            for c in line.dropFirst(9) {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                if depth == 0 && c == "," {
                    names.insert(current.trimmingCharacters(in: .whitespaces)); current = ""
                } else if depth == 0 && c != ")" {
                    current.append(c)
                }
            }
            names.insert(current.trimmingCharacters(in: .whitespaces))
        }
        return names.filter { !$0.isEmpty }
    }

    static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? String(describing: value)
    }

    static func exampleCases<M: CatalogueMessage>(_ area: M.Type) -> Set<String> {
        Set(area.examples.map { caseName($0) })
    }

    @Test(arguments: MessageCatalogue.areas.map { String(describing: $0) })
    func everyCaseHasAnExample(area: String) throws {
        let type = try #require(MessageCatalogue.areas.first { String(describing: $0) == area })
        let declared = try Self.declaredCases(of: area)
        #expect(!declared.isEmpty)
        let examples = Self.exampleCases(type)
        #expect(declared.subtracting(examples).isEmpty, "cases of \(area) without an example: \(declared.subtracting(examples).sorted())")
    }

    @Test func everyAreaOfTheFolderIsInTheCatalogue() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.messagesFolder.path)
        let listed = Set(MessageCatalogue.areas.map { String(describing: $0) })
        for file in files where file.hasSuffix(".swift") {
            let source = try String(contentsOf: Self.messagesFolder.appendingPathComponent(file), encoding: .utf8)
            if source.contains(": Hashable, Sendable, CatalogueMessage") || source.contains("Sendable, CatalogueMessage {") {
                #expect(listed.contains(String(file.dropLast(6))), "\(file) is not in MessageCatalogue.areas")
            }
        }
    }

    /// Removes what messages quote as typed (`'x'`, `` `x` ``, a YAML example `{…}`): those may
    /// be in any language.
    static func prose(_ text: String) -> String {
        text.replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\{[^}]*\\}", with: "", options: .regularExpression)
            .replacingOccurrences(of: "'[^']*'", with: "", options: .regularExpression)
    }

    @Test func everyMessageReadsInBothLanguages() {
        for (area, text) in MessageCatalogue.allExamples {
            #expect(!text.en.isEmpty && !text.ja.isEmpty, "\(area): empty message")
            #expect(text.en != text.ja, "\(area): the same text in both languages: \(text.en)")
            #expect(text.ja.unicodeScalars.contains(where: JapaneseStyle.isJapanese), "\(area): no Japanese in \(text.ja)")
            #expect(!Self.prose(text.en).unicodeScalars.contains(where: JapaneseStyle.isJapanese), "\(area): Japanese in the English \(text.en)")
        }
    }

    @Test func japaneseMessagesFollowTheStyleGuide() {
        let phrases = Set(MessageCatalogue.areas.filter { $0 is any CataloguePhrase.Type }.map { String(describing: $0) })
        for (area, text) in MessageCatalogue.allExamples {
            let findings = JapaneseStyle.findings(in: Self.prose(text.ja))
            #expect(findings.isEmpty, "\(area): \(text.ja): \(findings)")
            // Sentences end with 。 (a message is one or more sentences, §5); a shape or value
            // quoted inside another message is a noun phrase and has none, and so do the
            // phrase areas (`CataloguePhrase`: page names, a progress line).
            if area != "WrittenValue" && !phrases.contains(area) {
                #expect(text.ja.hasSuffix("。") || text.ja.hasSuffix("）"), "\(area): \(text.ja) does not end a sentence")
            }
            #expect(!text.ja.contains("、 ") && !text.ja.contains("。 "), "\(area): space after Japanese punctuation: \(text.ja)")
        }
    }

    @Test func theCatalogueTestsCatchAnEnglishOnlyMessage() {
        // What an untranslated message looks like to the checks above.
        let untranslated = LocalizedText(en: "unknown field 'x'", ja: "unknown field 'x'")
        #expect(untranslated.en == untranslated.ja)
        #expect(!untranslated.ja.unicodeScalars.contains(where: JapaneseStyle.isJapanese))
        #expect(!JapaneseStyle.findings(in: "会場: 本社 · 22階").isEmpty)
        #expect(JapaneseStyle.findings(in: "会場：本社22階、19:00〜21:00").isEmpty)
    }
}
