import Foundation
import Testing
@testable import KizunaContent

/// The sign-up form's `consent.contact` question (may the network office put other alumni in
/// touch): a yes/no column like `consent.directory`, whose empty answer is no, written into the
/// profile's `consent:` and read back as the build reads it.
@Suite struct ProfileImportContactTests {
    static let mapping = """
        email: メールアドレス
        fields:
          name: お名前
          joined: 入社年
        consent:
          contact: 事務局からの紹介
        """

    /// A content folder holding one hand-written profile that agreed to be contacted, a mapping and
    /// an export.
    static func folder(export: String) throws -> TemporaryDirectory {
        try TemporaryDirectory([
            "map.yaml": mapping + "\n",
            "export.csv": export,
            "content/site.yaml": minimalSiteYAML,
            "content/alumni/ken.yaml": "name: 石田 健\njoined: 2005\nemail: ken@example.org\nconsent:\n  directory: false\n  contact: true\n",
        ])
    }

    @Test func yesNoAndEmptyAnswers() throws {
        let directory = try Self.folder(export: """
            メールアドレス,お名前,入社年,事務局からの紹介
            aoi@example.org,森 葵,2012,はい
            sora@example.org,林 空,2015,
            riku@example.org,岡 陸,2010,yes
            ken@example.org,石田 健,2005,いいえ

            """)
        let content = directory.path + "/content"
        let plan = ProfileImport.plan(export: directory.path + "/export.csv", mapping: directory.path + "/map.yaml", contentDirectory: content)
        #expect(plan.diagnostics.all.isEmpty, "\(plan.diagnostics.all.map(\.description))")
        try plan.write(contentDirectory: content)
        let outcomes = Dictionary(uniqueKeysWithValues: plan.changes.map { ($0.relative, $0.outcome) })
        // A withdrawn answer turns the hand-written `true` into `false`, in place.
        #expect(outcomes["alumni/ken.yaml"] == .updated(["consent.contact"]))
        let ken = try String(contentsOfFile: content + "/alumni/ken.yaml", encoding: .utf8)
        #expect(ken.hasSuffix("consent:\n  directory: false\n  contact: false\n"))
        let aoi = try String(contentsOfFile: content + "/alumni/" + ProfileImport.slug(forEmail: "aoi@example.org") + ".yaml", encoding: .utf8)
        #expect(aoi.hasSuffix("consent:\n  contact: true\n"))

        let (loaded, diagnostics) = ContentLoader(contentDirectory: content, kinds: [ProfileKind()]).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors.map(\.description))")
        let contact = Dictionary(uniqueKeysWithValues: loaded[ProfileKind()].map { ($0.email ?? "", $0.consent.contact) })
        #expect(contact == ["aoi@example.org": true, "sora@example.org": false, "riku@example.org": true, "ken@example.org": false])

        // Imported again, nothing changes.
        let again = ProfileImport.plan(export: directory.path + "/export.csv", mapping: directory.path + "/map.yaml", contentDirectory: content)
        #expect(again.changes.allSatisfy { $0.outcome == .unchanged })
    }

    /// An answer that is neither yes nor no is an error at its cell, as for the other yes/no
    /// columns, and nothing is planned for that person.
    @Test func badAnswerIsLocatedAtItsCell() throws {
        let directory = try Self.folder(export: "メールアドレス,お名前,入社年,事務局からの紹介\naoi@example.org,森 葵,2012,たぶん\n")
        let plan = ProfileImport.plan(export: directory.path + "/export.csv", mapping: directory.path + "/map.yaml", contentDirectory: directory.path + "/content")
        #expect(plan.diagnostics.all.map(\.description) == [
            "\(directory.path)/export.csv:2:26: error: 'たぶん' in '事務局からの紹介' is neither yes nor no; add it to the values of the column: 'たぶん: true'",
        ])
        #expect(plan.changes.isEmpty)
        #expect(plan.diagnostics.errors.first?.text.ja.hasPrefix("`事務局からの紹介` の `たぶん` は、はい・いいえとして読めません。") == true)
    }
}
