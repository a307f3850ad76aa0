import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The search page on the repository's example portal, in headless Chromium, as an alumna would
/// use it: a word of each kind finds what the portal holds, ranked with the match marked; the
/// public build finds no member and no members-only item the members build finds.
@Suite(.serialized) struct ExampleSearchTests {
    /// The first result's title (the link's text, its matches marked), from the results' HTML.
    static func titles(_ results: String) -> [String] {
        results.components(separatedBy: "<a href=").dropFirst().map { part in
            let text = part.drop { $0 != ">" }.dropFirst()
            return String(text.prefix { $0 != "\u{0}" }.components(separatedBy: "</a>")[0])
        }
    }

    @Test func aWordOfEachKindFindsWhatThePortalHolds() throws {
        let s = try SearchScriptTests.Served(example: true)
        // query → a title the first result must have (matches marked as the page marks them).
        let cases: [(query: String, first: String, kind: String)] = [
            ("座談会", "人事部門OB・OG <mark>座談会</mark>", "three characters"),
            ("業務委託", "<mark>業務委託</mark>", "four characters"),
            ("秋", "<mark>秋</mark>", "one character"),
            ("めんたー", "<mark>メンター</mark>", "katakana typed in hiragana"),
            ("ｻｰﾍﾞｲ", "<mark>サーベイ</mark>", "half-width katakana"),
            ("saas", "<mark>SaaS</mark>営業", "English, lower case"),
            ("HRテック", "<mark>HRテック</mark>事業", "Latin and katakana"),
            ("吉田 直子", "<mark>吉田</mark> <mark>直子</mark>", "a member's name, with a space"),
        ]
        for c in cases {
            let found = try s.search(c.query)
            let first = Self.titles(found.results).first ?? ""
            #expect(first.contains(c.first), "\(c.kind) \(c.query): first is \(first); \(found.status)")
            #expect(found.status.contains("件見つかりました"), "\(c.query): \(found.status)")
        }
    }

    @Test func thePublicBuildFindsNoMemberAndNoMembersOnlyItem() throws {
        let s = try SearchScriptTests.Served(example: true)
        // A listed member, a members-only posting, event and ask: found for members only.
        for (query, title) in [("吉田 直子", "<mark>吉田</mark> <mark>直子</mark>"), ("営業資料作成", "<mark>営業資料作成</mark>の業務委託"),
                               ("忘年会", "2010年代入社の会 <mark>忘年会</mark>"), ("許可申請", "有料職業紹介事業の<mark>許可申請</mark>について相談したい")] {
            let members = try s.search(query, .members)
            #expect(Self.titles(members.results).contains { $0.contains(title) }, "members: \(query): \(members)")
            let public_ = try s.search(query, .public)
            #expect(!public_.results.contains(title) && !public_.results.contains("<mark>"), "public: \(query): \(public_)")
        }
    }
}
