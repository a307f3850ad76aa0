import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// A build reads site.yaml once (`SiteFile`) and hands that reading to the theme lookup, the
/// input fingerprint and the loader.
@Suite struct SiteFileTests {
    /// An editor saving site.yaml during a build changes neither what this build loads nor the
    /// fingerprint it records, so the next build sees the change and runs (were the fingerprint
    /// read from disk later than the settings, the next build would wrongly call itself unchanged).
    @Test func oneReadingServesTheWholeBuild() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML, "news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n本文\n"])
        let build = Build(settings(content: dir.path, output: dir.path + "-site"))
        let before = build.siteFile()
        let fingerprint = try #require(build.inputFingerprint(before))
        try dir.write(["site.yaml": minimalSiteYAML.replacingOccurrences(of: "テスト アルムナイ", with: "改名後")])

        #expect(build.inputFingerprint(before) == fingerprint)
        #expect(try build.prepare(before).site.derived.site.title == "テスト アルムナイ")
        let after = build.siteFile()
        #expect(after.config?.title == "改名後")
        #expect(build.inputFingerprint(after) != fingerprint)
    }

    /// What the loader reported about site.yaml and the content folder, it still reports.
    @Test func aMissingFolderOrSiteYAMLIsReportedOnce() throws {
        let dir = try TemporaryDirectory(["news/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n本文\n"])
        let missing = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).readSite()
        #expect(missing.config == nil && missing.bytes == nil && !missing.folderMissing)
        #expect(missing.diagnostics.all.map(\.message) == ["missing site settings: every content folder needs a site.yaml (see docs/CONTENT.md)"])
        let (content, diagnostics) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load(missing)
        #expect(!content.siteLoaded && content[NewsKind()].count == 1)
        #expect(diagnostics.all.filter { $0.message.hasPrefix("missing site settings") }.count == 1)

        let nowhere = ContentLoader(contentDirectory: dir.path + "/nope", kinds: ContentKinds.builtIn.items).readSite()
        #expect(nowhere.folderMissing && nowhere.diagnostics.hasErrors)
        #expect(!ContentLoader(contentDirectory: dir.path + "/nope", kinds: ContentKinds.builtIn.items).load(nowhere).content.siteLoaded)
    }
}
