import Foundation
import Testing
@testable import KizunaBuild
@testable import KizunaContent

/// The worked example of a company's theme (`examples/themes/acme/`, docs/THEMES.md) keeps what
/// the default theme promises: axe-core finds nothing — WCAG 2.2 AA, best practice, enhanced
/// contrast — on its pages at 390 and 1280 px, light and dark, with Acme's colours and mark.
@Suite(.serialized) struct ExampleThemeAccessibilityTests {
    /// Pages whose colours the theme changes: the header and menu, links, tags, kind tabs,
    /// buttons, badges, charts' labels, the footer; in both languages.
    static let pages = ["/", "/en/", "/news/kansai-lunch-report/", "/news/tags/", "/events/", "/events/alumni-meetup-2026-autumn/",
                        "/opportunities/", "/opportunities/contract/", "/directory/", "/surveys/annual-2026/", "/join/"]

    @Test func axeFindsNothingOnTheAcmeTheme() async throws {
        let out = try TemporaryDirectory()
        var settings = settings(output: out.path, audience: .members)
        settings.themeDirectory = Repo.root + "/examples/themes/acme"
        try Build(settings).run()
        let home = try String(contentsOfFile: out.path + "/index.html", encoding: .utf8)
        #expect(home.contains("acme-mark") && home.contains("/assets/custom.css"), "built with the Acme theme")
        let report = try await AccessibilityTests.check(out.path, Self.pages)
        #expect((report["axe"] as? String)?.hasPrefix("4.") == true)
        #expect(report["runs"] as? Int == Self.pages.count * 4)
        for v in report["violations"] as? [[String: Any]] ?? [] {
            let nodes = (v["nodes"] as? [[String: Any]] ?? []).map { "\($0["target"] ?? ""): \($0["summary"] ?? "")" }
            Issue.record("\(v["page"] ?? "") at \(v["width"] ?? "") px, \(v["scheme"] ?? ""): \(v["id"] ?? "") (\(v["impact"] ?? "")) ×\(v["count"] ?? "")\n\(nodes.joined(separator: "\n"))")
        }
    }
}
