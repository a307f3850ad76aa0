import Foundation
import Testing
@testable import KizunaContent

/// `kizuna import profiles` as the engine runs it: real-looking exports (`Tests/Fixtures/import/`,
/// written by `make_exports.py`) into a copy of a small content folder that already holds one
/// profile an editor wrote by hand; the profiles written are compared with golden files
/// (`Tests/Fixtures/import/golden/<case>/`, re-recorded with KIZUNA_RECORD_GOLDEN=1).
@Suite struct ProfileImportTests {
    static let folder = Repo.fixtures + "/import"
    static let mapping = folder + "/mapping.yaml"

    /// A copy of the fixture content folder.
    static func content() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let source = folder + "/content"
        for (relative, data) in snapshot(of: source) {
            let url = URL(fileURLWithPath: directory.path + "/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return directory
    }

    @discardableResult
    static func run(_ export: String, into content: TemporaryDirectory) throws -> ProfileImport {
        let plan = ProfileImport.plan(export: folder + "/" + export, mapping: mapping, contentDirectory: content.path)
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics.errors.map(\.description))")
        if !plan.diagnostics.hasErrors { try plan.write(contentDirectory: content.path) }
        return plan
    }

    /// The alumni folder against `golden/<name>/`.
    static func expectGolden(_ content: TemporaryDirectory, _ name: String) throws {
        let written = snapshot(of: content.path + "/alumni")
        let golden = folder + "/golden/" + name
        if recordingGoldenFiles {
            try? FileManager.default.removeItem(atPath: golden)
            try FileManager.default.createDirectory(atPath: golden, withIntermediateDirectories: true)
            for (file, data) in written { try data.write(to: URL(fileURLWithPath: golden + "/" + file)) }
        }
        let expected = snapshot(of: golden)
        #expect(written.keys.sorted() == expected.keys.sorted())
        for (file, data) in written.sorted(by: { $0.key < $1.key }) {
            #expect(String(decoding: data, as: UTF8.self) == String(decoding: expected[file] ?? Data(), as: UTF8.self), "\(name)/\(file)")
        }
    }

    static func outcomes(_ plan: ProfileImport) -> [String: ProfileImport.Outcome] {
        Dictionary(uniqueKeysWithValues: plan.changes.map { ($0.relative, $0.outcome) })
    }

    /// Google Forms' export (UTF-8 with BOM, CRLF, a multi-line answer with quotes, the same person
    /// twice): three profiles; the hand-written one of 石田 is updated in place, his comments,
    /// `company`, `role` and `extra` kept.
    @Test func bomExportBecomesProfiles() throws {
        let content = try Self.content()
        let plan = try Self.run("signups-bom.csv", into: content)
        let ken = try String(contentsOfFile: content.path + "/alumni/ken-ishida.yaml", encoding: .utf8)
        #expect(ken.contains("# 石田さんのプロフィール（2025年の交流会で本人に聞いて作成）\n"))
        #expect(ken.contains("left: 2015   # 2015年3月末退職の可能性あり、要確認\n"))
        #expect(ken.contains("company: 株式会社ヒューマンリンク\nrole: キャリアアドバイザー\n"))
        #expect(ken.contains("  note: 2025年の交流会で登録   # 事務局メモ\n"))
        #expect(Self.outcomes(plan)["alumni/ken-ishida.yaml"] == .updated(["left", "industry", "interests", "mentor", "consent.directory", "consent.fields", "consent.stats"]))
        #expect(plan.changes.filter { $0.outcome == .created }.map(\.relative)
            == ["alumni/" + ProfileImport.slug(forEmail: "aoi.mori@example.org") + ".yaml", "alumni/" + ProfileImport.slug(forEmail: "mai.kato@example.net") + ".yaml"].sorted())
        try Self.expectGolden(content, "bom")
    }

    /// The newer answer of one address wins (by the timestamp, not the row order), with a warning
    /// naming both rows.
    @Test func duplicatePersonTakesTheNewerAnswer() throws {
        let content = try Self.content()
        let plan = try Self.run("signups-bom.csv", into: content)
        #expect(plan.diagnostics.warnings.map(\.description) == [
            "\(Self.folder)/signups-bom.csv:8:1: warning: the same e-mail address answered on line 8 and on line 6; the answer on line 6 is imported (the newer one) and this one is ignored",
        ])
        let profiles = try load(content)
        let ken = try #require(profiles.first { $0.email == "ken.ishida@example.com" })
        #expect(ken.industry == "人材サービス" && ken.left == 2015 && ken.consent.directory)
    }

    /// Excel's Shift_JIS (code page 932: 髙, ①, ～) with the question's old header 入社年.
    @Test func shiftJISExportWithTheRenamedColumn() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.folder + "/signups-sjis.csv"))
        #expect(String(data: data, encoding: .utf8) == nil)
        let decoded = try #require(CSVTable.decode(data, as: .auto))
        #expect(decoded.encoding == .shiftJIS)
        #expect(decoded.text.hasPrefix("タイムスタンプ,メールアドレス,お名前,入社年,"))
        let content = try Self.content()
        try Self.run("signups-sjis.csv", into: content)
        let takahashi = try #require(try load(content).first { $0.email == "shin.takahashi@example.jp" })
        #expect(takahashi.name == "髙橋 進" && takahashi.joined == 1998)
        #expect(takahashi.bio?.text == "①営業、②企画を経験しました。\n～いまは金融機関で企画職です～\n")
        try Self.expectGolden(content, "sjis")
    }

    /// A later answer that says no removes the consent: not listed, nothing shown, not counted.
    @Test func withdrawnConsentIsRemoved() throws {
        let content = try Self.content()
        try Self.run("signups-bom.csv", into: content)
        let plan = try Self.run("signups-withdrawn.csv", into: content)
        let aoiFile = "alumni/" + ProfileImport.slug(forEmail: "aoi.mori@example.org") + ".yaml"
        #expect(Self.outcomes(plan)[aoiFile] == .updated(["consent.directory", "consent.fields", "consent.stats"]))
        let aoi = try #require(try load(content).first { $0.email == "aoi.mori@example.org" })
        #expect(!aoi.consent.directory && aoi.consent.fields.isEmpty && !aoi.consent.stats && !aoi.isListed)
        try Self.expectGolden(content, "withdrawn")
    }

    /// A second run with the same export changes nothing, byte for byte, and says so.
    @Test func secondRunChangesNothing() throws {
        let content = try Self.content()
        try Self.run("signups-bom.csv", into: content)
        try Self.run("signups-sjis.csv", into: content)
        let before = snapshot(of: content.path)
        for export in ["signups-bom.csv", "signups-sjis.csv"] {
            let plan = try Self.run(export, into: content)
            #expect(plan.changes.allSatisfy { $0.outcome == .unchanged }, "\(export)")
        }
        #expect(snapshot(of: content.path) == before)
    }

    /// What an editor changes afterwards, outside the form's fields and in how the form's fields
    /// are written, survives the next import.
    @Test func editorsEditsAreKept() throws {
        let content = try Self.content()
        try Self.run("signups-bom.csv", into: content)
        let path = content.path + "/alumni/" + ProfileImport.slug(forEmail: "aoi.mori@example.org") + ".yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "interests: [業務委託, 交流会]\n", with: "interests:   # 本人の希望順\n  - 業務委託\n  - 交流会\n")
        text = text.replacingOccurrences(of: "email: aoi.mori@example.org\n", with: "email: aoi.mori@example.org\ncompany: 森ソフトウェア研究所  # 名刺より\nlinks: {website: https://aoi.example.org/}\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try Self.run("signups-bom.csv", into: content)
        #expect(plan.changes.allSatisfy { $0.outcome == .unchanged })
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        // A changed answer rewrites only its own value.
        let export = try TemporaryDirectory(["changed.csv": try String(contentsOfFile: Self.folder + "/signups-withdrawn.csv", encoding: .utf8)])
        let changed = ProfileImport.plan(export: export.path + "/changed.csv", mapping: Self.mapping, contentDirectory: content.path)
        try changed.write(contentDirectory: content.path)
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after.contains("interests:   # 本人の希望順\n  - 業務委託\n  - 交流会\n"))
        #expect(after.contains("company: 森ソフトウェア研究所  # 名刺より\nlinks: {website: https://aoi.example.org/}\n"))
        #expect(after.contains("consent:\n  directory: false\n  fields: []\n  stats: false\n"))
    }

    /// Every bad row at once, located at the cell (line and column of the file as a text editor
    /// shows it), and no change planned.
    @Test func badRowsAreLocatedAtTheirCells() throws {
        let content = try Self.content()
        let plan = ProfileImport.plan(export: Self.folder + "/signups-errors.csv", mapping: Self.mapping, contentDirectory: content.path)
        let file = Self.folder + "/signups-errors.csv"
        let slug = ProfileImport.slug(forEmail: "sora@example.org")
        #expect(plan.diagnostics.sorted.map(\.description) == [
            "\(file):2:46: error: '平成22年' in '入社した年' is not a year ('2008' or '2008年')",
            "\(file):3:21: error: no e-mail address in 'メールアドレス': every answer needs one, it tells who the profile is",
            "\(file):4:59: error: 'IT' in '現在の業界' is not among the values of the column in the mapping ('IT・ソフトウェア・通信', 'その他', '人材サービス' or '金融・保険'); add it there, or set 'keep_other_answers: true'",
            "\(file):4:63: error: 'たぶん' in '外部メンターとして協力できますか' is not among the values of the column in the mapping ('いいえ' or 'はい'); add it there, or set 'keep_other_answers: true'",
            "\(file):5:1: error: '昨日' in 'タイムスタンプ' is not a date and time Kizuna can read (2026/11/03 14:22:05)",
            "\(file):6:1: error: with this answer, \(content.path)/alumni/\(slug).yaml would not load (line 12): a profile listed in the directory needs 'name' in 'consent.fields'",
            "\(file):6:1: error: with this answer, \(content.path)/alumni/\(slug).yaml would not load (line 7): 'left' (2010) is before 'joined' (2012)",
            "\(file):7:1: error: this row has 3 cells but the header has 12; a cell holding a comma or a line break must be in double quotes",
        ])
    }

    @Test func unterminatedQuoteIsLocatedAtItsQuote() throws {
        let content = try Self.content()
        let plan = ProfileImport.plan(export: Self.folder + "/signups-unterminated.csv", mapping: Self.mapping, contentDirectory: content.path)
        #expect(plan.diagnostics.all.map(\.description) == [
            "\(Self.folder)/signups-unterminated.csv:3:35: error: this quoted cell is never closed: the file ends inside it; add the closing '\"' (a '\"' inside a cell is written twice: \"\")",
        ])
        #expect(plan.changes.isEmpty)
    }

    /// The mapping's own mistakes are located in the mapping file: a misspelt field, a header the
    /// export does not have (with the ones it has), a missing required field.
    @Test func mappingMistakesAreLocated() throws {
        let directory = try TemporaryDirectory([
            "map.yaml": "email: メールアドレス\nfields:\n  name: お名前\n  industy: 現在の業界\n  left: [退職年, 辞めた年]\n",
            "export.csv": "メールアドレス,お名前,退職した年\na@example.org,A,2010\n",
        ])
        var d = Diagnostics()
        #expect(ImportMapping.read(directory.path + "/map.yaml", diagnostics: &d) == nil)
        let lines = d.sorted.map { $0.description.replacingOccurrences(of: directory.path, with: "<dir>") }
        #expect(lines.contains("<dir>/map.yaml:3:3: error: the mapping needs 'fields.joined'"))
        #expect(lines.contains { $0.hasPrefix("<dir>/map.yaml:4:3: error: ") && $0.contains("'fields.industy'") && $0.contains("fields.industry") })
        let fixed = try TemporaryDirectory(["map.yaml": "email: メールアドレス\nfields:\n  name: お名前\n  joined: 入社年\n  left: [退職年, 辞めた年]\n"])
        let plan = ProfileImport.plan(export: directory.path + "/export.csv", mapping: fixed.path + "/map.yaml", contentDirectory: fixed.path + "/content")
        #expect(plan.diagnostics.sorted.map { $0.description.replacingOccurrences(of: fixed.path, with: "<map>").replacingOccurrences(of: directory.path, with: "<dir>") } == [
            "<map>/map.yaml:4:11: error: <dir>/export.csv has no column '入社年'; its columns are 'メールアドレス', 'お名前' and '退職した年'",
            "<map>/map.yaml:5:9: error: <dir>/export.csv has no column '退職年' or '辞めた年'; its columns are 'メールアドレス', 'お名前' and '退職した年'",
        ])
    }

    /// A profile whose form field cannot be edited in place (an alias), or that cannot be read at
    /// all, stops the import with a located error; nothing is planned for it.
    @Test func profilesThatCannotBeEditedStopTheImport() throws {
        let content = try Self.content()
        let ken = content.path + "/alumni/ken-ishida.yaml"
        let original = try String(contentsOfFile: ken, encoding: .utf8)
        try original.replacingOccurrences(of: "role: キャリアアドバイザー\n", with: "role: &r キャリアアドバイザー\nindustry: *r\n")
            .write(toFile: ken, atomically: true, encoding: .utf8)
        let plan = ProfileImport.plan(export: Self.folder + "/signups-bom.csv", mapping: Self.mapping, contentDirectory: content.path)
        #expect(plan.diagnostics.errors.map(\.description) == [
            "\(Self.folder)/signups-bom.csv:6:1: error: cannot update \(content.path)/alumni/ken-ishida.yaml in place (a field the form fills is written with an alias, an anchor, a tag or a complex key); write it plainly",
        ])
        try "name: [unclosed\n".write(toFile: ken, atomically: true, encoding: .utf8)
        let broken = ProfileImport.plan(export: Self.folder + "/signups-bom.csv", mapping: Self.mapping, contentDirectory: content.path)
        #expect(broken.diagnostics.errors.map(\.location.path) == [ken])
    }

    /// The mapping docs/CONTENT.md shows is one the importer reads without a problem.
    @Test func theDocumentedMappingReads() throws {
        let doc = try String(contentsOfFile: Repo.root + "/docs/CONTENT.md", encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "**The mapping**").dropFirst().first)
        let lines = section.components(separatedBy: "\n").drop { !$0.hasPrefix("    encoding:") }.prefix { !$0.isEmpty }
        #expect(lines.count > 40)
        let directory = try TemporaryDirectory(["map.yaml": lines.map { String($0.dropFirst(4)) }.joined(separator: "\n") + "\n"])
        var d = Diagnostics()
        let mapping = ImportMapping.read(directory.path + "/map.yaml", diagnostics: &d)
        #expect(d.all.isEmpty, "\(d.all.map(\.description))")
        #expect(mapping?.fields.map(\.key) == ["name", "name_en", "joined", "left", "departments", "industry", "role", "company", "interests", "mentor", "bio", "links.linkedin"])
        #expect(mapping?.consent.map(\.key) == ["directory", "fields", "stats", "contact"])
    }

    /// The export holds every answer: it is refused inside the content folder (static/ is published).
    @Test func exportInsideTheContentFolderIsRefused() throws {
        let content = try Self.content()
        try FileManager.default.createDirectory(atPath: content.path + "/static", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.folder + "/signups-bom.csv", toPath: content.path + "/static/signups.csv")
        let plan = ProfileImport.plan(export: content.path + "/static/signups.csv", mapping: Self.mapping, contentDirectory: content.path)
        #expect(plan.diagnostics.errors.map(\.message).first?.hasPrefix("the export is inside the content folder") == true)
        #expect(plan.changes.isEmpty)
    }

    /// Microsoft Forms' and Google Forms' timestamps, in order.
    @Test func timestampsOfBothForms() {
        #expect(Importer.moment("2026/11/03 14:22:05") == [2026, 11, 3, 14, 22, 5])
        #expect(Importer.moment("11/3/2026 2:22:05 PM") == [2026, 11, 3, 14, 22, 5])
        #expect(Importer.moment("11/3/26 14:22") == [2026, 11, 3, 14, 22, 0])
        #expect(Importer.moment("2026-11-03T14:22:05") == [2026, 11, 3, 14, 22, 5])
        #expect(Importer.moment("昨日") == nil)
        #expect(Importer.year("２００８年") == 2008 && Importer.year("平成20年") == nil)
    }

    /// The file name comes from the address's SHA-256 and never shows the address.
    @Test func slugIsStableAndHidesTheAddress() {
        let slug = ProfileImport.slug(forEmail: "Aoi.Mori@Example.org")
        #expect(slug == ProfileImport.slug(forEmail: "aoi.mori@example.org"))
        #expect(slug == "m-" + SHA256.hex("aoi.mori@example.org").prefix(12))
        #expect(!slug.contains("aoi") && SlugProblem.of(slug) == nil)
    }

    /// The profiles of a content folder as the build loads them, with no error.
    func load(_ content: TemporaryDirectory) throws -> [Profile] {
        let (loaded, diagnostics) = ContentLoader(contentDirectory: content.path, kinds: [ProfileKind()]).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors.map(\.description))")
        return loaded[ProfileKind()]
    }
}
