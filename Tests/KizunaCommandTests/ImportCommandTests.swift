import Foundation
import Testing
@testable import KizunaContent

/// `kizuna import profiles` run as a process: the example portal's sign-ups import cleanly and
/// then pass `kizuna check`; a second run changes nothing; a dry run and a failed run write nothing.
@Suite struct ImportCommandTests {
    let cli = KizunaCLI()
    static let example = Repo.root + "/docs/examples/signup-import"
    static let fixtures = Repo.fixtures + "/import"

    /// A copy of the example portal's content folder.
    func exampleContent() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for (relative, data) in snapshot(of: Repo.content) {
            let url = URL(fileURLWithPath: directory.path + "/content/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return directory
    }

    func importExample(_ content: String, _ extra: [String] = [], language: String = "en") throws -> (status: Int32, out: String, err: String) {
        try cli.run(["import", "profiles", Self.example + "/signups.csv", "--map", Self.example + "/mapping.yaml", "--content", content] + extra,
                    environment: ["NO_COLOR": "1", "KIZUNA_LANG": language])
    }

    @Test func exampleImportsAndChecksCleanly() throws {
        let directory = try exampleContent()
        let content = directory.path + "/content"
        let first = try importExample(content)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.err.isEmpty)
        #expect(first.out.hasSuffix("Created 3, updated 1; 0 unchanged.\n"))
        #expect(first.out.contains("updated \(content)/alumni/hanako-yamada.yaml: consent.stats\n"))
        let check = try cli.run(["check", "--content", content, "--theme", Repo.theme, "--audience", "members", "--now", "2026-11-25T12:00:00+09:00"])
        #expect(check.status == 0, "\(check.err)\(check.out)")
        #expect(!check.err.contains("error"))
        // The new files are named by the addresses' SHA-256, never by the addresses.
        let original = Set(try FileManager.default.contentsOfDirectory(atPath: Repo.content + "/alumni"))
        let added = Set(try FileManager.default.contentsOfDirectory(atPath: content + "/alumni")).subtracting(original)
        #expect(added == Set(["t.kimura.dev@example.net", "misaki.honda@example.org", "ryo.saito@example.com"].map { ProfileImport.slug(forEmail: $0) + ".yaml" }))
        #expect(!added.contains { $0.contains("kimura") || $0.contains("honda") || $0.contains("saito") })

        let before = snapshot(of: content)
        let second = try importExample(content)
        #expect(second.status == 0)
        #expect(second.out == "Nothing to change: the 4 profiles of the export already hold its answers.\n")
        #expect(snapshot(of: content) == before)
    }

    @Test func dryRunWritesNothing() throws {
        let directory = try exampleContent()
        let content = directory.path + "/content"
        let before = snapshot(of: content)
        let result = try importExample(content, ["--dry-run"])
        #expect(result.status == 0)
        #expect(result.out.contains("would update \(content)/alumni/hanako-yamada.yaml: consent.stats\n"))
        #expect(result.out.contains("would create \(content)/alumni/\(ProfileImport.slug(forEmail: "ryo.saito@example.com")).yaml\n"))
        #expect(result.out.hasSuffix("Dry run, nothing written: would create 3, update 1; 0 unchanged.\n"))
        #expect(snapshot(of: content) == before)
    }

    /// Every bad row at once, at `export.csv:line:column`, with the line and a caret; nothing written.
    @Test func badRowsWriteNothing() throws {
        let directory = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML])
        let content = directory.path + "/content"
        let result = try cli.run(["import", "profiles", "signups-errors.csv", "--map", "mapping.yaml", "--content", content],
                                 environment: ["NO_COLOR": "1"], directory: Self.fixtures)
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("signups-errors.csv:2:46: error: '平成22年' in '入社した年' is not a year ('2008' or '2008年')\n"
            + "    2026/11/02 09:14:03,aoi.mori@example.org,森 葵,平成22年,2018,"))
        #expect(result.err.components(separatedBy: ": error: ").count - 1 == 8)
        #expect(result.err.hasSuffix("Nothing was written: correct the export or the mapping, then run the import again.\n"))
        #expect(!FileManager.default.fileExists(atPath: content + "/alumni"))
    }

    /// The Shift_JIS export's problem lines are shown decoded, and Japanese messages read as Japanese.
    @Test func japaneseMessages() throws {
        let directory = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML])
        let content = directory.path + "/content"
        let result = try cli.run(["import", "profiles", "signups-sjis.csv", "--map", "mapping.yaml", "--content", content, "--lang", "ja"],
                                 environment: ["NO_COLOR": "1"], directory: Self.fixtures)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasSuffix("取り込みを終えました：作成2件、書き換え0件、変更なし0件。\n"))
        #expect(result.out.contains("を作りました。\n"))
    }
}
