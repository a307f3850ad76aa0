import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The editor's guides show one full file of every kind (`<!-- file: events/x.yaml -->` and a
/// fenced block): every one of them, added to the example portal, must build without an error
/// or a warning, for both audiences, so the guides cannot drift from the code.
@Suite struct DocsExamplesTests {
    static func examples(in guide: String) throws -> [(path: String, text: String)] {
        let text = try String(contentsOfFile: Repo.root + "/docs/" + guide, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var found: [(String, String)] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<!-- file: "), line.hasSuffix(" -->") {
                let path = String(line.dropFirst("<!-- file: ".count).dropLast(" -->".count))
                var body: [String] = []
                index += 1
                guard index < lines.count, lines[index].hasPrefix("```") else {
                    Issue.record("\(guide): the example \(path) is not followed by a fenced block")
                    continue
                }
                index += 1
                while index < lines.count && lines[index] != "```" {
                    body.append(lines[index])
                    index += 1
                }
                found.append((path, body.joined(separator: "\n") + "\n"))
            }
            index += 1
        }
        return found
    }

    @Test(arguments: ["editors.ja.md", "editors.en.md"])
    func everyFullExampleBuilds(guide: String) throws {
        let examples = try Self.examples(in: guide)
        // One of every kind the guide teaches.
        let folders = Set(examples.map { String($0.path.split(separator: "/").first ?? "") })
        #expect(folders == Set(NewFileKind.allCases.map(\.folder)), "\(guide): \(folders.sorted())")
        #expect(Set(examples.map(\.path)).count == examples.count, "\(guide): an example path is used twice")

        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.content, toPath: work.path + "/content")
        for example in examples {
            #expect(!FileManager.default.fileExists(atPath: work.path + "/content/" + example.path), "\(example.path) exists in content/ already")
        }
        try work.write(Dictionary(uniqueKeysWithValues: examples.map { ("content/" + $0.path, $0.text) }))
        for audience in [Audience.public, .members] {
            let s = settings(content: work.path + "/content", output: work.path + "/site", audience: audience)
            do {
                let (files, warnings) = try Build(s).renderedFiles()
                let mine = warnings.filter { warning in examples.contains { warning.location.path.hasSuffix($0.path) } }
                #expect(mine.isEmpty, "\(guide), \(audience): \(mine)")
                if audience == .members {
                    // Each example is published (a profile: listed, as the guide's example consents).
                    for example in examples {
                        let slug = (example.path.split(separator: "/").last ?? "").split(separator: ".").first.map(String.init) ?? ""
                        #expect(files.contains { $0.path.hasSuffix("/\(slug)/index.html") || $0.path == "\(slug)/index.html" }, "\(example.path) is not published")
                    }
                }
            } catch {
                Issue.record("\(guide), \(audience): \(error.diagnostics.map(\.description))")
            }
        }
    }
}
