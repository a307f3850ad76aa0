import Foundation
import Testing
@testable import KizunaContent

/// Setting values in a YAML file's text by the nodes' spans: the rest of the file, comments and
/// styles included, stays as it was.
@Suite struct YAMLTextEditTests {
    typealias Entry = YAMLTextEdit.Entry

    func apply(_ entries: [Entry], _ text: String) throws -> (text: String, changed: [String]) {
        let root = try #require(YAMLParser().parse(text, path: "p.yaml").root)
        return try #require(YAMLTextEdit.apply(entries, to: text, root: root))
    }

    @Test func replacesValuesAndKeepsComments() throws {
        let text = "# head\nname: 森 葵  # 旧姓\njoined: 2010\nbio: |\n  old\n  text\n# between\nleft: 2018\n"
        let result = try apply([Entry("name", .text("森 あおい")), Entry("bio", .text("new\n\nbio")), Entry("left", .number(2019))], text)
        #expect(result.text == "# head\nname: 森 あおい  # 旧姓\njoined: 2010\nbio: |\n  new\n\n  bio\n# between\nleft: 2019\n")
        #expect(result.changed == ["name", "bio", "left"])
    }

    @Test func sameValueInAnotherStyleIsLeftAlone() throws {
        let text = "interests:\n  - a   # first\n  - b\nmentor: true\nname: \"A\"\n"
        let result = try apply([Entry("interests", .list(["a", "b"])), Entry("mentor", .flag(true)), Entry("name", .text("A"))], text)
        #expect(result.text == text && result.changed.isEmpty)
    }

    @Test func addsMissingKeysAndNestedOnes() throws {
        let text = "name: A\nconsent:\n  directory: true   # 2025\nextra:\n  note: x\n"
        let result = try apply([Entry("industry", .text("IT")), Entry("consent", .mapping([Entry("directory", .flag(false)), Entry("stats", .flag(true))]))], text)
        #expect(result.text == "name: A\nconsent:\n  directory: false   # 2025\n  stats: true\nextra:\n  note: x\nindustry: IT\n")
        #expect(result.changed == ["industry", "consent.directory", "consent.stats"])
    }

    /// Keys added to a nested mapping that ends the file come before keys added to the top level.
    @Test func addsToTheLastNestedMappingBeforeTheTopLevel() throws {
        let text = "name: A\nconsent:\n  directory: true\n"
        let result = try apply([Entry("industry", .text("IT")), Entry("consent", .mapping([Entry("stats", .flag(false))]))], text)
        #expect(result.text == "name: A\nconsent:\n  directory: true\n  stats: false\nindustry: IT\n")
        let unterminated = try apply([Entry("industry", .text("IT")), Entry("consent", .mapping([Entry("stats", .flag(false))]))], "name: A\nconsent:\n  directory: true")
        #expect(unterminated.text == "name: A\nconsent:\n  directory: true\n  stats: false\nindustry: IT")
    }

    @Test func flowMappingIsWrittenAgainInFlowStyle() throws {
        let text = "consent: {directory: false, fields: [name]}  # 本人確認済み\n"
        let result = try apply([Entry("consent", .mapping([Entry("directory", .flag(true)), Entry("stats", .flag(false))]))], text)
        #expect(result.text == "consent: {directory: true, fields: [name], stats: false}  # 本人確認済み\n")
    }

    @Test func emptyAnswerRemovesTheKeyAndItsLines() throws {
        let text = "name: A\nbio: |\n  two\n  lines\ncompany: C\n"
        let result = try apply([Entry("bio", .absent), Entry("industry", .absent)], text)
        #expect(result.text == "name: A\ncompany: C\n" && result.changed == ["bio"])
    }

    @Test func textThatLooksLikeAnotherTypeIsQuoted() throws {
        #expect(YAMLTextEdit.scalar("2008", inFlow: false) == "\"2008\"")
        #expect(YAMLTextEdit.scalar("yes", inFlow: false) == "\"yes\"")
        #expect(YAMLTextEdit.scalar("a, b", inFlow: true) == "\"a, b\"")
        #expect(YAMLTextEdit.scalar("#1: x", inFlow: false) == "\"#1: x\"")
        #expect(YAMLTextEdit.scalar("人材サービス", inFlow: true) == "人材サービス")
        let rendered = YAMLTextEdit.render([Entry("name", .text("\"A\" #1")), Entry("interests", .list(["a, b", "true", "c"]))], header: "")
        let root = try #require(YAMLParser().parse(rendered, path: "p.yaml").root)
        #expect(YAMLTextEdit.matchesDeep(root, .mapping([Entry("name", .text("\"A\" #1")), Entry("interests", .list(["a, b", "true", "c"]))])))
    }

    /// A value written as an alias stands for text elsewhere in the file, and an anchored one is
    /// what an alias stands for: neither is edited in place.
    @Test func aliasIsRefused() throws {
        let text = "role: &r 営業\nindustry: *r\n"
        let root = try #require(YAMLParser().parse(text, path: "p.yaml").root)
        #expect(YAMLTextEdit.apply([Entry("industry", .text("IT"))], to: text, root: root) == nil)
        #expect(YAMLTextEdit.apply([Entry("role", .text("IT"))], to: text, root: root) == nil)
        #expect(YAMLTextEdit.apply([Entry("company", .text("C"))], to: text, root: root)?.text == text + "company: C\n")
    }
}
